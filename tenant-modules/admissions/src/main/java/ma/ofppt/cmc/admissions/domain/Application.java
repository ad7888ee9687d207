package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.OptimisticLocking;
import org.eclipse.persistence.annotations.PrivateOwned;

/**
 * An applicant's application for one intake (academic year): up to a city-wide maximum of ranked
 * wishes, each assessed for eligibility when submitted and again before selection. One per
 * applicant and intake. Guards its wishes (at least one, none repeated) and its lifecycle (wishes
 * change only before selection; a withdrawal needs a reason).
 */
@Entity
@Table(name = "application")
@Cacheable(false)
// A change to the wishes is a change to the application: it bumps the application's version, so
// an officer working from an old copy is refused rather than overwriting a colleague's change.
@OptimisticLocking(cascade = true)
public class Application extends TenantScopedEntity {
  public static final int MAX_REASON = 500;

  @Column(name = "applicant_id", nullable = false, updatable = false)
  private UUID applicantId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false)
  private ApplicationSource source;

  // Part of the aggregate: loaded with it (see Programme.intakes for why not lazily).
  @OneToMany(
      mappedBy = "application",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @PrivateOwned
  @OrderBy("preference")
  private List<Wish> wishes = new ArrayList<>();

  protected Application() {}

  public Application(
      Applicant applicant,
      String academicYear,
      List<WishRequest> wishes,
      int maxWishes,
      ApplicationSource source,
      Instant now) {
    super(UUID.randomUUID());
    this.applicantId = applicant.id();
    this.academicYear = academicYear;
    this.source = source;
    // PostgreSQL keeps microseconds: truncate, so the value reads the same before and after
    // storage.
    this.submittedAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    this.status = ApplicationStatus.SUBMITTED;
    setWishes(applicant, wishes, maxWishes);
  }

  /** Replaces the wishes (before selection only) and assesses them again. */
  public void changeWishes(Applicant applicant, List<WishRequest> requests, int maxWishes) {
    DomainRuleViolation.require(
        status.isOpenForChanges(),
        "status",
        "wishes cannot change once selection has started (" + status + ")");
    setWishes(applicant, requests, maxWishes);
  }

  private void setWishes(Applicant applicant, List<WishRequest> requests, int maxWishes) {
    DomainRuleViolation.require(
        requests != null && !requests.isEmpty(), "wishes", "at least one wish");
    DomainRuleViolation.require(
        requests.size() <= maxWishes, "wishes", "at most " + maxWishes + " wishes");
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      WishRequest request = requests.get(i);
      DomainRuleViolation.require(
          request.programme().academicYear().equals(academicYear),
          "wishes[" + i + "].programmeCode",
          "not offered in " + academicYear);
      DomainRuleViolation.require(
          seen.add(request.programme().id()),
          "wishes[" + i + "].programmeCode",
          request.programme().code() + " is already an earlier wish");
    }
    // Preferences are unique in the database; clear and flush order is handled by orphan removal.
    wishes.clear();
    for (int i = 0; i < requests.size(); i++) {
      WishRequest request = requests.get(i);
      wishes.add(
          new Wish(
              this,
              i + 1,
              request.programme().id(),
              request.scores(),
              EligibilityPolicy.refusal(applicant, request.programme())));
    }
    status =
        wishes.stream().anyMatch(Wish::isEligible)
            ? ApplicationStatus.ELIGIBLE
            : ApplicationStatus.INELIGIBLE;
    statusReason = status == ApplicationStatus.INELIGIBLE ? "no wish is eligible" : null;
  }

  public void withdraw(String reason) {
    String why = reason == null ? "" : reason.strip();
    DomainRuleViolation.require(!why.isEmpty(), "reason", "say why the application is withdrawn");
    DomainRuleViolation.require(
        why.length() <= MAX_REASON, "reason", "at most " + MAX_REASON + " characters");
    DomainRuleViolation.require(
        status != ApplicationStatus.WITHDRAWN && status != ApplicationStatus.ENROLLED,
        "status",
        "the application is " + status);
    status = ApplicationStatus.WITHDRAWN;
    statusReason = why;
  }

  /**
   * Assesses every wish again, as selection does (a programme's rules may have changed since the
   * application was made); {@code refusals} gives each wish's refusal, empty when eligible.
   */
  public void reassess(java.util.function.Function<Wish, Optional<String>> refusals) {
    requireIn("a new assessment", ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE);
    wishes.forEach(w -> w.reassess(refusals.apply(w)));
    status =
        wishes.stream().anyMatch(Wish::isEligible)
            ? ApplicationStatus.ELIGIBLE
            : ApplicationStatus.INELIGIBLE;
    statusReason = status == ApplicationStatus.INELIGIBLE ? "no wish is eligible" : null;
  }

  /** Selection considered the application but it won no seat and waits for none. */
  public void notAdmitted() {
    requireIn("selection", ApplicationStatus.ELIGIBLE, ApplicationStatus.RANKED);
    status = ApplicationStatus.RANKED;
  }

  /** Selection put the application on at least one waitlist and offered it nothing yet. */
  public void waitlisted() {
    requireIn(
        "a waitlist",
        ApplicationStatus.ELIGIBLE,
        ApplicationStatus.RANKED,
        ApplicationStatus.WAITLISTED);
    status = ApplicationStatus.WAITLISTED;
  }

  /** A seat is offered (first offer, or a move up to a higher wish). */
  public void offered() {
    requireIn(
        "an offer",
        ApplicationStatus.ELIGIBLE,
        ApplicationStatus.RANKED,
        ApplicationStatus.WAITLISTED,
        ApplicationStatus.OFFERED);
    status = ApplicationStatus.OFFERED;
    statusReason = null;
  }

  /**
   * The offer was declined or not confirmed in time: the applicant leaves this intake's selection.
   */
  public void declined(String reason) {
    requireIn("a decline", ApplicationStatus.OFFERED);
    status = ApplicationStatus.DECLINED;
    statusReason = reason;
  }

  /** The offer was accepted and the applicant is now a trainee. */
  public void enrolled() {
    requireIn("an enrolment", ApplicationStatus.OFFERED);
    status = ApplicationStatus.ENROLLED;
    statusReason = null;
  }

  private void requireIn(String what, ApplicationStatus... allowed) {
    for (ApplicationStatus candidate : allowed) {
      if (status == candidate) {
        return;
      }
    }
    throw new DomainRuleViolation(
        "status", "an application that is " + status + " cannot take " + what);
  }

  /** The wish for a programme, if the application has one. */
  public Optional<Wish> wishFor(UUID programmeId) {
    return wishes.stream().filter(w -> w.programmeId().equals(programmeId)).findFirst();
  }

  public UUID applicantId() {
    return applicantId;
  }

  public String academicYear() {
    return academicYear;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public Instant submittedAt() {
    return submittedAt.toInstant();
  }

  public ApplicationSource source() {
    return source;
  }

  public List<Wish> wishes() {
    return Collections.unmodifiableList(wishes);
  }
}
