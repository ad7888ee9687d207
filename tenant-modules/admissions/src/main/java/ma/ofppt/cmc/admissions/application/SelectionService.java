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

/**
 * Selection of an intake: every wish assessed again, each programme's candidates ranked by its
 * criteria (ties by input, then by the published lottery), seats allocated by applicant-proposing
 * deferred acceptance, then offers made and waitlists written. A simulation computes the same
 * without writing; the run happens once per intake, in one transaction.
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

  /** Everything selection decides, before anything is written. */
  private record Plan(
      String seed,
      Map<UUID, OfferedProgramme> programmes,
      List<Application> applications,
      Map<UUID, Map<UUID, Optional<String>>> refusals,
      Map<UUID, Ranking> rankings,
      Allocation allocation) {}

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
    Map<UUID, Applicant> applicants = admissions.applicantsOf(academicYear);
    List<Application> applications = admissions.applicationsOf(academicYear, SELECTABLE);

    Map<UUID, Map<UUID, Optional<String>>> refusals = new HashMap<>();
    Map<UUID, List<Candidate>> candidates = new LinkedHashMap<>();
    programmes.keySet().forEach(id -> candidates.put(id, new ArrayList<>()));
    List<ApplicantWishes> wishes = new ArrayList<>();
    for (Application application : applications) {
      Applicant applicant = applicants.get(application.applicantId());
      Map<UUID, Optional<String>> byProgramme = new LinkedHashMap<>();
      List<UUID> eligible = new ArrayList<>();
      for (Wish wish : application.wishes()) {
        OfferedProgramme programme = programmes.get(wish.programmeId());
        ProgrammeCriteria weights = criteriaOrDefault(criteria, wish.programmeId(), academicYear);
        Optional<String> refusal =
            programme == null
                ? Optional.of("the programme no longer opens seats in " + academicYear)
                : EligibilityPolicy.refusal(applicant, programme)
                    .or(() -> missingInput(wish, weights, programme));
        byProgramme.put(wish.programmeId(), refusal);
        if (refusal.isEmpty()) {
          eligible.add(wish.programmeId());
          candidates
              .get(wish.programmeId())
              .add(new Candidate(application.id(), inputs(wish, weights)));
        }
      }
      refusals.put(application.id(), byProgramme);
      if (!eligible.isEmpty()) {
        wishes.add(new ApplicantWishes(application.id(), eligible));
      }
    }

    Lottery.Draw draw = new Lottery(seed).draw(applications.stream().map(Application::id).toList());
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
        applications,
        refusals,
        rankings,
        DeferredAcceptance.allocate(wishes, seats));
  }

  private void apply(Plan plan, String academicYear) {
    for (Application application : plan.applications()) {
      Map<UUID, Optional<String>> refusals = plan.refusals().get(application.id());
      application.reassess(wish -> refusals.get(wish.programmeId()));
    }
    // Waitlists first, so that an offer can mark its waitlist entry.
    for (Application application : plan.applications()) {
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
    for (Application application : plan.applications()) {
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
    int eligible =
        (int)
            plan.refusals().values().stream()
                .filter(r -> r.values().stream().anyMatch(Optional::isEmpty))
                .count();
    return new Summary(
        academicYear,
        plan.seed(),
        committed,
        plan.applications().size(),
        eligible,
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
