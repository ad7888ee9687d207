package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.ApplicationStatus;
import ma.ofppt.cmc.admissions.domain.Offer;
import ma.ofppt.cmc.admissions.domain.OfferStatus;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.SeatPool;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TrainingGroup;
import ma.ofppt.cmc.admissions.domain.WaitlistEntry;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seats, offers and enrolment of an intake. Every seat taken or given back goes through the
 * programme's {@link SeatPool} under its row lock, so seats are never over-filled however many
 * officers act at once. A seat given back (a decline, a deadline missed) goes to the next applicant
 * on the programme's waitlist, automatically.
 */
@ApplicationScoped
public class EnrolmentService {
  @Inject Admissions admissions;
  @Inject Placements placements;
  @Inject OfferedProgrammes offer;
  @Inject AuditTrail audit;
  @Inject AdmissionsFiguresChanged figuresChanged;

  @Inject
  @ConfigProperty(name = "cmc.admissions.offer-days", defaultValue = "7")
  int offerDays;

  @Inject
  @ConfigProperty(name = "cmc.admissions.group-size", defaultValue = "25")
  int groupSize;

  private final Clock clock = Clock.systemUTC();

  /** Creates or resizes the seat pool of every programme offered in the intake. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void preparePools(String academicYear) {
    for (OfferedProgramme programme : offer.offeredIn(academicYear)) {
      Optional<SeatPool> pool = placements.poolForUpdate(programme.id(), academicYear);
      if (pool.isPresent()) {
        pool.get().resize(programme.firstYearSeats());
      } else {
        placements.add(new SeatPool(programme.id(), academicYear, programme.firstYearSeats()));
      }
    }
  }

  /**
   * Offers a seat of the programme to the application, taking it from the pool. An applicant who
   * holds a pending offer for a lower wish moves up: that offer is released, and its seat goes on.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Offer offerSeat(Application application, UUID programmeId) {
    DomainRuleViolation.require(
        application.wishFor(programmeId).map(w -> w.isEligible()).orElse(false),
        "programmeId",
        "the application has no eligible wish for this programme");
    SeatPool pool = lockedPool(programmeId, application.academicYear());
    pool.take();
    Instant now = clock.instant();
    Optional<Offer> current = placements.liveOfferOf(application.id());
    if (current.isPresent()) {
      Offer previous = current.get();
      DomainRuleViolation.require(
          previous.status() == OfferStatus.PENDING,
          "status",
          "the applicant has already accepted a seat");
      previous.decline(now, "moved up to a preferred programme");
      giveBackAndPromote(previous.programmeId(), previous.academicYear());
    }
    Offer made = new Offer(application, programmeId, now, now.plus(Duration.ofDays(offerDays)));
    placements.add(made);
    application.offered();
    placements.waitlistEntry(programmeId, application.id()).ifPresent(WaitlistEntry::offered);
    audit.record(
        "offer.made", "application", application.id(), "seat offered until " + made.expiresAt());
    return made;
  }

  /**
   * Offers of a selection run, a slice of the run's applications at a time: no offer exists yet in
   * the intake, so no applicant can hold another offer. Same rules as {@link #offerSeat}, without a
   * lookup per offer (a run makes tens of thousands): every pool of the intake is locked in one
   * query per call, and the slice's audit entries are written in one statement.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void openOffers(String academicYear, java.util.Map<Application, UUID> admitted) {
    if (admitted.isEmpty()) {
      return;
    }
    // One lock query for all the pools: a lock query per programme made EclipseLink flush the
    // growing run before each one (1,160 flushes for the largest city, docs/benchmarks.md).
    java.util.Map<UUID, SeatPool> pools = new java.util.HashMap<>();
    placements.poolsForUpdate(academicYear).forEach(pool -> pools.put(pool.programmeId(), pool));
    Instant now = clock.instant();
    Instant deadline = now.plus(Duration.ofDays(offerDays));
    List<AuditTrail.Entry> made = new java.util.ArrayList<>(admitted.size());
    for (java.util.Map.Entry<Application, UUID> entry : admitted.entrySet()) {
      Application application = entry.getKey();
      UUID programmeId = entry.getValue();
      DomainRuleViolation.require(
          application.wishFor(programmeId).map(w -> w.isEligible()).orElse(false),
          "programmeId",
          "the application has no eligible wish for this programme");
      SeatPool pool = pools.get(programmeId);
      if (pool == null) {
        throw new ConflictException(
            "seats", "selection has not opened the seats of programme " + programmeId + " yet");
      }
      pool.take();
      placements.add(new Offer(application, programmeId, now, deadline));
      application.offered();
      made.add(new AuditTrail.Entry(application.id(), "seat offered until " + deadline));
    }
    audit.recordAll("offer.made", "application", made);
  }

  /** Offers the programme's next free seat to the first applicant still waiting for it. */
  @Transactional
  public Offer offerNext(UUID programmeId, String academicYear) {
    // Another city's programme, or one not offered in the intake, does not exist for this caller.
    OfferedProgramme programme =
        offer
            .find(programmeId, academicYear)
            .orElseThrow(() -> new NotFoundException("programme", programmeId));
    SeatPool pool = lockedPool(programmeId, academicYear);
    // The training offer may have re-planned the intake's seats since selection.
    pool.resize(programme.firstYearSeats());
    if (pool.free() <= 0) {
      throw new ConflictException("seats", "no first-year seat is free in this programme");
    }
    for (WaitlistEntry entry : placements.waiting(programmeId, academicYear)) {
      Application candidate = admissions.application(entry.applicationId()).orElseThrow();
      if (canMoveTo(candidate, programmeId)) {
        Offer made = offerSeat(candidate, programmeId);
        figuresChanged.admissions();
        return made;
      }
      entry.left();
    }
    throw new ConflictException("waitlist", "nobody is waiting for this programme");
  }

  @Transactional
  public Trainee accept(UUID offerId) {
    Offer accepted = offer(offerId);
    Application application = admissions.application(accepted.applicationId()).orElseThrow();
    accepted.accept(clock.instant());
    application.enrolled();
    placements.waitlistEntriesOf(application.id()).forEach(WaitlistEntry::left);
    Trainee trainee =
        new Trainee(
            application,
            groupWithRoom(accepted.programmeId(), accepted.academicYear()),
            clock.instant(),
            null);
    placements.add(trainee);
    audit.record(
        "offer.accepted", "application", application.id(), "enrolled as trainee " + trainee.id());
    figuresChanged.traineeRecords();
    return trainee;
  }

  @Transactional
  public Offer decline(UUID offerId, String note) {
    Offer declined = offer(offerId);
    declined.decline(
        clock.instant(),
        note == null || note.isBlank() ? "declined by the applicant" : note.strip());
    release(declined, "declined the offer");
    figuresChanged.admissions();
    return declined;
  }

  /** Closes the offers whose deadline has passed and passes their seats on. */
  @Transactional
  public int expireOverdue() {
    Instant now = clock.instant();
    List<Offer> overdue = placements.pendingOffersExpiringBefore(now);
    for (Offer late : overdue) {
      late.expire(now);
      release(late, "did not confirm by the deadline");
    }
    if (!overdue.isEmpty()) {
      figuresChanged.admissions();
    }
    return overdue.size();
  }

  private void release(Offer closed, String reason) {
    Application application = admissions.application(closed.applicationId()).orElseThrow();
    application.declined(reason);
    placements.waitlistEntriesOf(application.id()).forEach(WaitlistEntry::left);
    audit.record(
        "offer." + closed.status().name().toLowerCase(), "application", application.id(), reason);
    giveBackAndPromote(closed.programmeId(), closed.academicYear());
  }

  private void giveBackAndPromote(UUID programmeId, String academicYear) {
    SeatPool pool = lockedPool(programmeId, academicYear);
    pool.giveBack();
    for (WaitlistEntry entry : placements.waiting(programmeId, academicYear)) {
      if (pool.free() <= 0) {
        return;
      }
      Application candidate = admissions.application(entry.applicationId()).orElseThrow();
      if (canMoveTo(candidate, programmeId)) {
        offerSeat(candidate, programmeId);
      } else {
        entry.left();
      }
    }
  }

  /** Waiting applicants take the seat unless they already accepted one or left the intake. */
  private boolean canMoveTo(Application candidate, UUID programmeId) {
    if (candidate.status() == ApplicationStatus.WAITLISTED) {
      return true;
    }
    if (candidate.status() != ApplicationStatus.OFFERED) {
      return false;
    }
    // Holding a pending offer for a lower wish: moving up is what the waitlist was for.
    Offer held = placements.liveOfferOf(candidate.id()).orElseThrow();
    int heldPreference = candidate.wishFor(held.programmeId()).orElseThrow().preference();
    int wantedPreference = candidate.wishFor(programmeId).orElseThrow().preference();
    return held.status() == OfferStatus.PENDING && wantedPreference < heldPreference;
  }

  private SeatPool lockedPool(UUID programmeId, String academicYear) {
    return placements
        .poolForUpdate(programmeId, academicYear)
        .orElseThrow(
            () ->
                new ConflictException(
                    "seats", "selection has not opened the seats of this programme yet"));
  }

  private TrainingGroup groupWithRoom(UUID programmeId, String academicYear) {
    List<TrainingGroup> groups = placements.groupsForUpdate(programmeId, academicYear);
    for (TrainingGroup group : groups) {
      if (group.hasRoom()) {
        return group;
      }
    }
    String code =
        offer.find(programmeId, academicYear).map(OfferedProgramme::code).orElse("G")
            + "-"
            + academicYear.substring(0, 4)
            + "-G"
            + (groups.size() + 1);
    TrainingGroup opened = new TrainingGroup(programmeId, academicYear, code, groupSize);
    placements.add(opened);
    return opened;
  }

  @Transactional
  public Offer offer(UUID id) {
    return placements.offer(id).orElseThrow(() -> new NotFoundException("offer", id));
  }

  @Transactional
  public List<Offer> offers(String academicYear, UUID programmeId, OfferStatus status) {
    return placements.offers(academicYear, programmeId, status);
  }

  @Transactional
  public List<SeatPool> pools(String academicYear) {
    return placements.pools(academicYear);
  }

  /** Used by the trainee service for transfers: a seat of the target programme, under its lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  Trainee enrolElsewhere(
      Application application, Trainee previous, UUID programmeId, String academicYear) {
    lockedPool(programmeId, academicYear).take();
    lockedPool(previous.programmeId(), previous.academicYear()).giveBack();
    TrainingGroup from = placements.group(previous.groupId()).orElseThrow();
    previous.transferOut(
        from, offer.find(programmeId, academicYear).map(OfferedProgramme::code).orElse("?"));
    placements.flush();
    Trainee moved =
        new Trainee(
            application, groupWithRoom(programmeId, academicYear), clock.instant(), previous);
    placements.add(moved);
    return moved;
  }
}
