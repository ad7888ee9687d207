package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.ApplicantProfile;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.ApplicationQuery;
import ma.ofppt.cmc.admissions.domain.ApplicationSource;
import ma.ofppt.cmc.admissions.domain.NationalId;
import ma.ofppt.cmc.admissions.domain.PersonName;
import ma.ofppt.cmc.admissions.domain.ScoreInputs;
import ma.ofppt.cmc.admissions.domain.WishRequest;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applications of the current city: submitted by an officer or an import, each in one transaction
 * with its audit trace. An applicant is found by national identifier, so the same person applying
 * again is one applicant; a second application for the same intake is a conflict.
 */
@ApplicationScoped
public class ApplicationService {
  @Inject Admissions admissions;
  @Inject ma.ofppt.cmc.admissions.domain.Placements placements;
  @Inject OfferedProgrammes offer;
  @Inject AuditTrail audit;
  @Inject AdmissionsFiguresChanged figuresChanged;

  @Inject
  @ConfigProperty(name = "cmc.admissions.max-wishes", defaultValue = "5")
  int maxWishes;

  private final Clock clock = Clock.systemUTC();

  /** One applicant's application, as submitted. */
  public record Submission(
      ApplicantDetails applicant,
      String academicYear,
      List<WishDetails> wishes,
      ApplicationSource source) {}

  @Transactional
  public Application submit(Submission submission) {
    return submit(submission, null);
  }

  private Application submit(Submission submission, Map<String, OfferedProgramme> programmes) {
    String year = requireYear(submission.academicYear());
    NationalId id = NationalId.parse("applicant.nationalId", submission.applicant().nationalId());
    LocalDate today = LocalDate.now(clock);
    Applicant applicant =
        inApplicantFields(() -> applicant(id, profile(submission.applicant()), today));
    if (admissions.applicationOf(applicant.id(), year).isPresent()) {
      throw new ConflictException(
          "applicant.nationalId",
          id.value() + " has already applied for " + year + "; change that application");
    }
    Application application =
        new Application(
            applicant,
            year,
            programmes == null
                ? wishes(year, submission.wishes())
                : wishes(year, submission.wishes(), programmes),
            maxWishes,
            submission.source(),
            clock.instant());
    admissions.add(application);
    audit.record(
        "application.submitted",
        "application",
        application.id(),
        id.value() + " for " + year + ": " + application.status());
    figuresChanged.admissions();
    return application;
  }

  /** What a batch of imported rows became; a refused row is named by its index in the batch. */
  public record BatchResult(int imported, int alreadyPresent, List<Refusal> refused) {}

  /** A row the domain refused: the field it named and why. */
  public record Refusal(int index, String field, String reason) {}

  /**
   * Imports a batch in one transaction, as {@link #submit} would row by row but with set-based
   * reads and writes: the batch's applicants are looked up at once, every row is checked by the
   * same aggregates, and the new applicants, applications and audit events are written in one
   * statement per table. A row the domain refuses is reported and the rest of the batch goes on; an
   * applicant who already applied for the intake (before, or earlier in the batch) is counted as
   * already present, not imported twice. If the database refuses the batch (a concurrent import of
   * the same people, say), the whole transaction rolls back and the caller can replay it row by row
   * with {@link #importOne}: nothing is half-imported.
   */
  @Transactional
  public BatchResult importBatch(List<Submission> rows) {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    List<Refusal> refused = new ArrayList<>();
    NationalId[] ids = new NationalId[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      try {
        requireYear(rows.get(i).academicYear());
        ids[i] = NationalId.parse("applicant.nationalId", rows.get(i).applicant().nationalId());
      } catch (DomainRuleViolation e) {
        refused.add(new Refusal(i, e.field(), e.getMessage()));
      }
    }
    Set<String> nationalIds = new HashSet<>();
    for (NationalId id : ids) {
      if (id != null) {
        nationalIds.add(id.value());
      }
    }
    Map<String, UUID> known = admissions.applicantIds(nationalIds);
    Map<String, Set<UUID>> appliedByYear = new HashMap<>();
    Map<String, Map<String, OfferedProgramme>> programmesByYear = new HashMap<>();
    Map<String, Applicant> created = new HashMap<>();
    Set<String> settled = new HashSet<>();
    List<Application> applications = new ArrayList<>();
    List<AuditTrail.Entry> trail = new ArrayList<>();
    int present = 0;
    for (int i = 0; i < rows.size(); i++) {
      NationalId id = ids[i];
      if (id == null) {
        continue;
      }
      Submission row = rows.get(i);
      String year = row.academicYear();
      UUID knownId = known.get(id.value());
      boolean appliedBefore =
          knownId != null
              && appliedByYear
                  .computeIfAbsent(year, y -> admissions.appliedFor(y, known.values()))
                  .contains(knownId);
      if (appliedBefore || !settled.add(year + " " + id.value())) {
        present++;
        continue;
      }
      try {
        // Checked on a fresh aggregate first, so that a refused row changes no stored applicant.
        ApplicantProfile profile = inApplicantFields(() -> profile(row.applicant()));
        Applicant checked = inApplicantFields(() -> new Applicant(id, profile, today));
        List<WishRequest> wishes =
            wishes(
                year, row.wishes(), programmesByYear.computeIfAbsent(year, this::programmesByCode));
        new Application(checked, year, wishes, maxWishes, row.source(), now);
        Applicant applicant = created.get(id.value());
        if (applicant == null && knownId == null) {
          applicant = checked;
          created.put(id.value(), applicant);
        } else {
          if (applicant == null) {
            applicant = admissions.applicant(knownId).orElseThrow();
          }
          applicant.declare(profile, today);
        }
        Application application =
            new Application(applicant, year, wishes, maxWishes, row.source(), now);
        applications.add(application);
        trail.add(
            new AuditTrail.Entry(
                application.id(), id.value() + " for " + year + ": " + application.status()));
      } catch (DomainRuleViolation e) {
        settled.remove(year + " " + id.value());
        refused.add(new Refusal(i, e.field(), e.getMessage()));
      }
    }
    admissions.addAll(List.copyOf(created.values()), applications);
    audit.recordAll("application.submitted", "application", trail);
    if (!applications.isEmpty()) {
      figuresChanged.admissions();
    }
    return new BatchResult(applications.size(), present, refused);
  }

  /** Imports one row in its own transaction; true when imported, false when already present. */
  @Transactional
  public boolean importOne(Submission row) {
    if (alreadyApplied(row)) {
      return false;
    }
    submit(row);
    return true;
  }

  private boolean alreadyApplied(Submission row) {
    NationalId id = NationalId.parse("applicant.nationalId", row.applicant().nationalId());
    return admissions
        .applicantByNationalId(id.value())
        .flatMap(applicant -> admissions.applicationOf(applicant.id(), row.academicYear()))
        .isPresent();
  }

  @Transactional
  public Application changeWishes(
      UUID applicationId, long expectedVersion, List<WishDetails> wishes) {
    Application application = application(applicationId);
    if (application.version() != expectedVersion) {
      throw new OptimisticLockException("stale version " + expectedVersion);
    }
    Applicant applicant = admissions.applicant(application.applicantId()).orElseThrow();
    application.changeWishes(applicant, wishes(application.academicYear(), wishes), maxWishes);
    audit.record(
        "application.wishes-changed", "application", applicationId, application.status().name());
    figuresChanged.admissions();
    return application;
  }

  @Transactional
  public Application withdraw(UUID applicationId, String reason) {
    Application application = application(applicationId);
    application.withdraw(reason);
    audit.record("application.withdrawn", "application", applicationId, reason);
    figuresChanged.admissions();
    return application;
  }

  @Transactional
  public Application application(UUID id) {
    return admissions.application(id).orElseThrow(() -> new NotFoundException("application", id));
  }

  /** The published lottery seed of the intake's selection, once it has run. */
  @Transactional
  public Optional<String> selectionSeed(String academicYear) {
    return admissions
        .selectionRun(academicYear)
        .map(ma.ofppt.cmc.admissions.domain.SelectionRun::seed);
  }

  @Transactional
  public Optional<ma.ofppt.cmc.admissions.domain.Offer> liveOffer(UUID applicationId) {
    return placements.liveOfferOf(applicationId);
  }

  @Transactional
  public Applicant applicant(UUID id) {
    return admissions.applicant(id).orElseThrow(() -> new NotFoundException("applicant", id));
  }

  /** A page of applications, each with its applicant. */
  @Transactional
  public Admissions.Page search(ApplicationQuery query, PageRequest page) {
    return admissions.search(query, page.offset(), page.size());
  }

  /** The programmes of the intake by code, for resolving wishes and showing them. */
  @Transactional
  public Map<UUID, OfferedProgramme> offeredById(String academicYear) {
    return offer.offeredIn(requireYear(academicYear)).stream()
        .collect(Collectors.toMap(OfferedProgramme::id, Function.identity()));
  }

  private List<WishRequest> wishes(String year, List<WishDetails> details) {
    return wishes(year, details, programmesByCode(year));
  }

  /** The intake's programmes by code: read once per request, or once per imported batch. */
  private Map<String, OfferedProgramme> programmesByCode(String year) {
    return offer.offeredIn(year).stream()
        .collect(Collectors.toMap(OfferedProgramme::code, Function.identity()));
  }

  private List<WishRequest> wishes(
      String year, List<WishDetails> details, Map<String, OfferedProgramme> byCode) {
    DomainRuleViolation.require(
        details != null && !details.isEmpty(), "wishes", "at least one wish");
    List<WishRequest> requests = new ArrayList<>();
    for (int i = 0; i < details.size(); i++) {
      WishDetails wish = details.get(i);
      String prefix = "wishes[" + i + "]";
      DomainRuleViolation.require(wish != null, prefix, "required");
      String code =
          wish.programmeCode() == null ? "" : wish.programmeCode().strip().toUpperCase(Locale.ROOT);
      OfferedProgramme programme = byCode.get(code);
      DomainRuleViolation.require(
          programme != null,
          prefix + ".programmeCode",
          "no programme " + code + " opens seats in " + year);
      requests.add(
          new WishRequest(
              programme,
              ScoreInputs.of(
                  prefix, wish.gradeAverage(), wish.testScore(), wish.interviewScore())));
    }
    return requests;
  }

  /** The same person applying again is the same applicant, with the profile they declare now. */
  private Applicant applicant(NationalId id, ApplicantProfile profile, LocalDate today) {
    Optional<Applicant> existing = admissions.applicantByNationalId(id.value());
    if (existing.isPresent()) {
      existing.get().declare(profile, today);
      return existing.get();
    }
    Applicant created = new Applicant(id, profile, today);
    admissions.add(created);
    return created;
  }

  /** Applicant rules name their own fields; in the API they sit under {@code applicant}. */
  private static <T> T inApplicantFields(Supplier<T> work) {
    try {
      return work.get();
    } catch (DomainRuleViolation e) {
      throw new DomainRuleViolation("applicant." + e.field(), e.getMessage());
    }
  }

  private static ApplicantProfile profile(ApplicantDetails d) {
    return new ApplicantProfile(
        PersonName.of(d.firstNameFr(), d.lastNameFr(), d.firstNameAr(), d.lastNameAr()),
        d.birthDate(),
        d.sex(),
        d.province(),
        d.remoteArea(),
        d.disability(),
        d.educationLevel(),
        d.phone(),
        d.email());
  }

  private static String requireYear(String year) {
    DomainRuleViolation.require(
        year != null
            && year.matches("\\d{4}-\\d{4}")
            && Integer.parseInt(year.substring(5)) == Integer.parseInt(year.substring(0, 4)) + 1,
        "academicYear",
        "use the form 2025-2026");
    return year;
  }
}
