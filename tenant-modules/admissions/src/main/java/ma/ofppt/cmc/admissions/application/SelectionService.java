package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.ApplicationStatus;
import ma.ofppt.cmc.admissions.domain.EligibilityPolicy;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.ProgrammeCriteria;
import ma.ofppt.cmc.admissions.domain.SelectionRun;
import ma.ofppt.cmc.admissions.domain.WaitlistEntry;
import ma.ofppt.cmc.admissions.domain.Wish;
import ma.ofppt.cmc.admissions.domain.WishResult;
import ma.ofppt.cmc.admissions.domain.selection.Allocation;
import ma.ofppt.cmc.admissions.domain.selection.ApplicantWishes;
import ma.ofppt.cmc.admissions.domain.selection.Candidate;
import ma.ofppt.cmc.admissions.domain.selection.DeferredAcceptance;
import ma.ofppt.cmc.admissions.domain.selection.Lottery;
import ma.ofppt.cmc.admissions.domain.selection.OrderDecision;
import ma.ofppt.cmc.admissions.domain.selection.ProgrammeSeats;
import ma.ofppt.cmc.admissions.domain.selection.RankedCandidate;
import ma.ofppt.cmc.admissions.domain.selection.Ranking;
import ma.ofppt.cmc.admissions.domain.selection.SelectionCriteria;
import ma.ofppt.cmc.admissions.domain.selection.WishOutcome;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import ma.ofppt.cmc.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Selection of an intake: every wish assessed again, each programme's candidates ranked by its
 * criteria (ties by input, then by the published lottery), seats allocated by applicant-proposing
 * deferred acceptance, then offers made and waitlists written. A simulation computes the same
 * without writing; the run happens once per intake, in one transaction.
 *
 * <p>A city's intake is a hundred thousand applications: both passes (planning, then writing) go
 * through it a slice of applications at a time ({@code cmc.admissions.selection-slice}, 2,000 by
 * default) and forget each slice before the next, so the run's memory is that of its plan (ids,
 * scores, rankings), not that of every application, wish, waitlist place and offer of the city at
 * once (docs/benchmarks.md).
 */
@ApplicationScoped
public class SelectionService {
  private static final List<ApplicationStatus> SELECTABLE =
      List.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE);

  @Inject Admissions admissions;
  @Inject Placements placements;
  @Inject OfferedProgrammes offer;
  @Inject EnrolmentService enrolment;
  @Inject AuditTrail audit;
  @Inject AdmissionsFiguresChanged figuresChanged;
  @Inject Caller caller;

  /** Applications read, then written, per slice (the tests use a tiny slice to cross its edges). */
  @Inject
  @ConfigProperty(name = "cmc.admissions.selection-slice", defaultValue = "2000")
  int slice;

  private final Clock clock = Clock.systemUTC();

  /** What a selection produced, per programme and in all. */
  public record Summary(
      String academicYear,
      String seed,
      boolean committed,
      int applications,
      int eligible,
      int admitted,
      int waitlisted,
      List<ProgrammeResult> programmes) {}

  public record ProgrammeResult(
      UUID programmeId,
      String code,
      int seats,
      int candidates,
      int admitted,
      int waitlisted,
      BigDecimal lastAdmittedScore) {}

  /**
   * Everything selection decides, before anything is written: the applications by id with the
   * version the plan read (a change made meanwhile fails the run), the refused wishes with their
   * reason (a wish not named there is eligible), and how many applications have an eligible wish.
   */
  private record Plan(
      String seed,
      Map<UUID, OfferedProgramme> programmes,
      List<UUID> applicationIds,
      Map<UUID, Long> versions,
      Map<UUID, Map<UUID, String>> refusals,
      int eligible,
      Map<UUID, Ranking> rankings,
      Allocation allocation) {

    Optional<String> refusal(UUID applicationId, UUID programmeId) {
      return Optional.ofNullable(refusals.getOrDefault(applicationId, Map.of()).get(programmeId));
    }
  }

  @Transactional
  public Summary simulate(String academicYear, String seed) {
    Plan plan = plan(academicYear, seed, null);
    return summary(academicYear, plan, false);
  }

  @Transactional
  public Summary run(String academicYear, String seed) {
    if (admissions.selectionRun(academicYear).isPresent()) {
      throw new ConflictException(
          "academicYear",
          "selection of "
              + academicYear
              + " has already run; seats now move through offers and waitlists");
    }
    enrolment.preparePools(academicYear);
    Map<UUID, Integer> free = new HashMap<>();
    placements.pools(academicYear).forEach(p -> free.put(p.programmeId(), p.free()));
    Plan plan = plan(academicYear, seed, free);
    apply(plan, academicYear);
    Summary summary = summary(academicYear, plan, true);
    SelectionRun run =
        new SelectionRun(
            academicYear,
            plan.seed(),
            clock.instant(),
            caller.name(),
            summary.applications(),
            summary.admitted(),
            summary.waitlisted());
    admissions.add(run);
    audit.record(
        "selection.run",
        "selection",
        run.id(),
        academicYear
            + " seed "
            + plan.seed()
            + ": "
            + summary.admitted()
            + " offers, "
            + summary.waitlisted()
            + " waitlisted");
    figuresChanged.admissions();
    return summary;
  }

  private Plan plan(String academicYear, String seedOrNull, Map<UUID, Integer> freeSeats) {
    String seed =
        seedOrNull == null || seedOrNull.isBlank()
            ? UUID.randomUUID().toString()
            : seedOrNull.strip();
    DomainRuleViolation.require(seed.length() <= 200, "seed", "at most 200 characters");
    Map<UUID, OfferedProgramme> programmes =
        offer.offeredIn(academicYear).stream()
            .collect(Collectors.toMap(OfferedProgramme::id, Function.identity()));
    Map<UUID, ProgrammeCriteria> criteria =
        admissions.criteriaOf(academicYear).stream()
            .collect(Collectors.toMap(ProgrammeCriteria::programmeId, Function.identity()));
    List<UUID> applicationIds = admissions.applicationIdsOf(academicYear, SELECTABLE);

    Map<UUID, Long> versions = new HashMap<>();
    Map<UUID, Map<UUID, String>> refusals = new HashMap<>();
    int eligibleApplications = 0;
    Map<UUID, List<Candidate>> candidates = new LinkedHashMap<>();
    programmes.keySet().forEach(id -> candidates.put(id, new ArrayList<>()));
    List<ApplicantWishes> wishes = new ArrayList<>();
    for (List<UUID> slice : slices(applicationIds)) {
      List<Application> applications = admissions.applications(slice);
      Map<UUID, Applicant> applicants =
          admissions.applicants(applications.stream().map(Application::applicantId).toList());
      for (Application application : applications) {
        versions.put(application.id(), application.version());
        Applicant applicant = applicants.get(application.applicantId());
        Map<UUID, String> refused = new HashMap<>();
        List<UUID> eligible = new ArrayList<>();
        for (Wish wish : application.wishes()) {
          OfferedProgramme programme = programmes.get(wish.programmeId());
          ProgrammeCriteria weights = criteriaOrDefault(criteria, wish.programmeId(), academicYear);
          Optional<String> refusal =
              programme == null
                  ? Optional.of("the programme no longer opens seats in " + academicYear)
                  : EligibilityPolicy.refusal(applicant, programme)
                      .or(() -> missingInput(wish, weights, programme));
          if (refusal.isPresent()) {
            refused.put(wish.programmeId(), refusal.get());
          } else {
            eligible.add(wish.programmeId());
            candidates
                .get(wish.programmeId())
                .add(new Candidate(application.id(), inputs(wish, weights)));
          }
        }
        if (!refused.isEmpty()) {
          refusals.put(application.id(), refused);
        }
        if (!eligible.isEmpty()) {
          eligibleApplications++;
          wishes.add(new ApplicantWishes(application.id(), eligible));
        }
      }
      admissions.writeAndForget();
    }

    Lottery.Draw draw = new Lottery(seed).draw(applicationIds);
    Map<UUID, Ranking> rankings = new HashMap<>();
    List<ProgrammeSeats> seats = new ArrayList<>();
    for (Map.Entry<UUID, List<Candidate>> entry : candidates.entrySet()) {
      UUID programmeId = entry.getKey();
      Ranking ranking =
          Ranking.rank(
              selectionCriteria(criteriaOrDefault(criteria, programmeId, academicYear)),
              draw,
              entry.getValue());
      rankings.put(programmeId, ranking);
      int capacity =
          freeSeats == null
              ? programmes.get(programmeId).firstYearSeats()
              : freeSeats.getOrDefault(programmeId, 0);
      seats.add(new ProgrammeSeats(programmeId, capacity, ranking.applicantOrder()));
    }
    return new Plan(
        seed,
        programmes,
        applicationIds,
        versions,
        refusals,
        eligibleApplications,
        rankings,
        DeferredAcceptance.allocate(wishes, seats));
  }

  private List<List<UUID>> slices(List<UUID> ids) {
    if (slice < 1) {
      throw new IllegalStateException("cmc.admissions.selection-slice must be 1 or more: " + slice);
    }
    List<List<UUID>> slices = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += slice) {
      slices.add(ids.subList(from, Math.min(ids.size(), from + slice)));
    }
    return slices;
  }

  private void apply(Plan plan, String academicYear) {
    for (List<UUID> slice : slices(plan.applicationIds())) {
      List<Application> applications = admissions.applications(slice);
      for (Application application : applications) {
        Long planned = plan.versions().get(application.id());
        if (planned == null || planned != application.version()) {
          throw new ConflictException(
              "academicYear",
              "application "
                  + application.id()
                  + " changed while selection ran; nothing was written: run the selection again");
        }
      }
      if (applications.size() != slice.size()) {
        throw new ConflictException(
            "academicYear",
            "an application left the intake while selection ran; nothing was written: run the"
                + " selection again");
      }
      apply(plan, academicYear, applications);
      // Written, and forgotten: the next slice starts from an empty unit of work.
      admissions.writeAndForget();
    }
  }

  private void apply(Plan plan, String academicYear, List<Application> applications) {
    for (Application application : applications) {
      application.reassess(wish -> plan.refusal(application.id(), wish.programmeId()));
    }
    // Waitlists first, so that an offer can mark its waitlist entry.
    for (Application application : applications) {
      Map<UUID, WishOutcome> outcomes = outcomes(plan, application);
      for (Wish wish : application.wishes()) {
        WishOutcome outcome = outcomes.get(wish.programmeId());
        if (outcome == null) {
          wish.recordSelection(null, null, null, null, WishResult.NOT_ADMITTED, null);
          continue;
        }
        RankedCandidate line =
            plan.rankings().get(wish.programmeId()).entryOf(application.id()).orElseThrow();
        int among = plan.rankings().get(wish.programmeId()).size();
        WishResult result =
            switch (outcome.status()) {
              case ADMITTED -> WishResult.ADMITTED;
              case WAITLISTED -> WishResult.WAITLISTED;
              case NOT_CONSIDERED -> WishResult.NOT_CONSIDERED;
            };
        Integer position =
            outcome.status() == WishOutcome.Status.WAITLISTED ? outcome.waitlistPosition() : null;
        wish.recordSelection(
            line.rank(), among, line.score(), describe(line.decidedBy()), result, position);
        if (position != null) {
          placements.add(
              new WaitlistEntry(
                  wish.programmeId(), application.academicYear(), application.id(), position));
        }
      }
    }
    Map<Application, UUID> admitted = new LinkedHashMap<>();
    for (Application application : applications) {
      if (application.status() != ApplicationStatus.ELIGIBLE) {
        continue;
      }
      Optional<UUID> seat = plan.allocation().assignmentOf(application.id());
      if (seat.isPresent()) {
        admitted.put(application, seat.get());
      } else if (application.wishes().stream()
          .anyMatch(w -> w.outcome().orElse(null) == WishResult.WAITLISTED)) {
        application.waitlisted();
      } else {
        application.notAdmitted();
      }
    }
    enrolment.openOffers(academicYear, admitted);
  }

  private static Map<UUID, WishOutcome> outcomes(Plan plan, Application application) {
    if (plan.allocation().applicants().contains(application.id())) {
      return plan.allocation().outcomesOf(application.id()).stream()
          .collect(Collectors.toMap(WishOutcome::programmeId, Function.identity()));
    }
    return Map.of();
  }

  private Summary summary(String academicYear, Plan plan, boolean committed) {
    List<ProgrammeResult> programmes = new ArrayList<>();
    int waitlisted = 0;
    for (OfferedProgramme programme :
        plan.programmes().values().stream()
            .sorted((a, b) -> a.code().compareTo(b.code()))
            .toList()) {
      Ranking ranking = plan.rankings().get(programme.id());
      List<UUID> admitted = plan.allocation().admitted(programme.id());
      BigDecimal last =
          admitted.isEmpty()
              ? null
              : ranking
                  .entryOf(admitted.get(admitted.size() - 1))
                  .map(RankedCandidate::score)
                  .orElse(null);
      int waiting = plan.allocation().waitlist(programme.id()).size();
      waitlisted += waiting;
      programmes.add(
          new ProgrammeResult(
              programme.id(),
              programme.code(),
              plan.allocation().seats(programme.id()),
              ranking.size(),
              admitted.size(),
              waiting,
              last));
    }
    return new Summary(
        academicYear,
        plan.seed(),
        committed,
        plan.applicationIds().size(),
        plan.eligible(),
        plan.allocation().assignedCount(),
        waitlisted,
        programmes);
  }

  /** The weights of a programme (the grade average alone when none were set). */
  private static ProgrammeCriteria criteriaOrDefault(
      Map<UUID, ProgrammeCriteria> criteria, UUID programmeId, String year) {
    ProgrammeCriteria set = criteria.get(programmeId);
    return set != null ? set : new ProgrammeCriteria(programmeId, year);
  }

  static SelectionCriteria selectionCriteria(ProgrammeCriteria weights) {
    List<SelectionCriteria.Criterion> list = new ArrayList<>();
    if (weights.gradeWeight().signum() > 0) {
      list.add(new SelectionCriteria.Criterion(ProgrammeCriteria.GRADE, weights.gradeWeight()));
    }
    if (weights.testWeight().signum() > 0) {
      list.add(new SelectionCriteria.Criterion(ProgrammeCriteria.TEST, weights.testWeight()));
    }
    if (weights.interviewWeight().signum() > 0) {
      list.add(
          new SelectionCriteria.Criterion(ProgrammeCriteria.INTERVIEW, weights.interviewWeight()));
    }
    return new SelectionCriteria(list);
  }

  private static Map<String, BigDecimal> inputs(Wish wish, ProgrammeCriteria weights) {
    Map<String, BigDecimal> inputs = new HashMap<>();
    if (weights.gradeWeight().signum() > 0) {
      inputs.put(ProgrammeCriteria.GRADE, wish.scores().gradeAverage());
    }
    if (weights.testWeight().signum() > 0) {
      inputs.put(ProgrammeCriteria.TEST, wish.scores().testScore());
    }
    if (weights.interviewWeight().signum() > 0) {
      inputs.put(ProgrammeCriteria.INTERVIEW, wish.scores().interviewScore());
    }
    return inputs;
  }

  private static Optional<String> missingInput(
      Wish wish, ProgrammeCriteria weights, OfferedProgramme programme) {
    if (weights.testWeight().signum() > 0 && wish.scores().testScore() == null) {
      return Optional.of("no test score, which " + programme.code() + " ranks by");
    }
    if (weights.interviewWeight().signum() > 0 && wish.scores().interviewScore() == null) {
      return Optional.of("no interview score, which " + programme.code() + " ranks by");
    }
    return Optional.empty();
  }

  private static String describe(OrderDecision decision) {
    return switch (decision.step()) {
      case NONE -> "first";
      case SCORE -> "score";
      case CRITERION -> "tie on score, decided by " + decision.criterion().orElse("?");
      case LOTTERY -> "tie on score and inputs, decided by the lottery";
    };
  }

  @Transactional
  public ProgrammeCriteria setCriteria(
      UUID programmeId,
      String academicYear,
      BigDecimal grade,
      BigDecimal test,
      BigDecimal interview) {
    offer
        .find(programmeId, academicYear)
        .orElseThrow(
            () -> new NotFoundException("programme offered in " + academicYear, programmeId));
    DomainRuleViolation.require(
        admissions.selectionRun(academicYear).isEmpty(),
        "academicYear",
        "selection of " + academicYear + " has already run");
    ProgrammeCriteria criteria =
        admissions
            .criteria(programmeId, academicYear)
            .orElseGet(
                () -> {
                  ProgrammeCriteria created = new ProgrammeCriteria(programmeId, academicYear);
                  admissions.add(created);
                  return created;
                });
    criteria.weigh(grade, test, interview);
    audit.record(
        "selection.criteria-set",
        "programme",
        programmeId,
        academicYear + ": " + grade + "/" + test + "/" + interview);
    return criteria;
  }

  @Transactional
  public Optional<SelectionRun> runOf(String academicYear) {
    return admissions.selectionRun(academicYear);
  }
}
