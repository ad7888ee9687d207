package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.ContactChannel;
import ma.ofppt.cmc.careers.domain.SurveyAnswer;
import ma.ofppt.cmc.careers.domain.SurveyState;
import ma.ofppt.cmc.careers.domain.TracerSurvey;
import ma.ofppt.cmc.careers.domain.TracerSurveys;
import ma.ofppt.cmc.careers.domain.TracerWave;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeRecord;

/** Tracer surveys: opening a wave for an intake's graduates, then following each survey. */
@ApplicationScoped
public class TracerService {
  private final Clock clock = Clock.systemUTC();

  @Inject TracerSurveys surveys;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  /** A wave and how many surveys it holds. */
  public record OpenedWave(TracerWave wave, long surveys) {}

  /**
   * Opens the wave of an intake at a horizon: one survey per graduate of the cohort, due on the
   * graduation day plus the horizon. Once per intake and horizon.
   */
  @Transactional
  public OpenedWave open(String academicYear, Integer horizonMonths) {
    TracerWave wave = new TracerWave(academicYear, horizonMonths, LocalDate.now(clock));
    List<TraineeRecord> graduates =
        trainees.traineesOf(wave.academicYear()).stream()
            .filter(t -> t.status().equals("GRADUATED") && t.graduatedOn().isPresent())
            .toList();
    DomainRuleViolation.require(
        !graduates.isEmpty(),
        "academicYear",
        "intake " + wave.academicYear() + " has no graduate yet");
    surveys.addWave(wave);
    for (TraineeRecord graduate : graduates) {
      surveys.add(
          new TracerSurvey(
              wave, graduate.id(), graduate.programmeId(), graduate.graduatedOn().orElseThrow()));
    }
    audit.record(
        "tracer-wave.opened",
        "tracer_wave",
        wave.id(),
        wave.academicYear()
            + ", "
            + wave.horizonMonths()
            + " months: "
            + graduates.size()
            + " graduates");
    outbox.figuresChanged(CareerFigureSource.NAME);
    return new OpenedWave(wave, graduates.size());
  }

  @Transactional
  public OpenedWave wave(UUID id) {
    TracerWave wave = surveys.wave(id).orElseThrow(() -> new NotFoundException("tracer wave", id));
    return new OpenedWave(wave, surveys.surveys(id, null, 0, 1).total());
  }

  @Transactional
  public List<OpenedWave> waves(String academicYear) {
    String year = academicYear == null ? null : TracerWave.requireYear(academicYear);
    return surveys.waves(year).stream()
        .map(w -> new OpenedWave(w, surveys.surveys(w.id(), null, 0, 1).total()))
        .toList();
  }

  @Transactional
  public TracerSurveys.Page surveysOf(UUID waveId, SurveyState state, PageRequest page) {
    wave(waveId);
    TracerSurveys.Page found = surveys.surveys(waveId, state, page.offset(), page.size());
    // Read inside the transaction: outside it the tenant binding is gone and a lazy read sees
    // nothing.
    found.items().forEach(s -> s.attempts().size());
    return found;
  }

  @Transactional
  public TracerSurvey survey(UUID id) {
    TracerSurvey survey =
        surveys.survey(id).orElseThrow(() -> new NotFoundException("tracer survey", id));
    survey.attempts().size();
    return survey;
  }

  @Transactional
  public TracerSurvey recordAttempt(UUID id, LocalDate on, ContactChannel channel, String note) {
    TracerSurvey survey = survey(id);
    survey.recordAttempt(on, channel, note, LocalDate.now(clock));
    audit.record(
        "tracer-survey.contact-attempted",
        "tracer_survey",
        id,
        channel + " on " + on + " (attempt " + survey.attempts().size() + ")");
    outbox.figuresChanged(CareerFigureSource.NAME);
    return survey;
  }

  @Transactional
  public TracerSurvey respond(UUID id, SurveyAnswer answer, LocalDate on) {
    TracerSurvey survey = survey(id);
    survey.respond(answer, on, LocalDate.now(clock));
    audit.record("tracer-survey.responded", "tracer_survey", id, answer.situation() + " on " + on);
    outbox.figuresChanged(CareerFigureSource.NAME);
    return survey;
  }

  @Transactional
  public TracerSurvey markUnreachable(UUID id, LocalDate on) {
    TracerSurvey survey = survey(id);
    survey.markUnreachable(on, LocalDate.now(clock));
    audit.record("tracer-survey.unreachable", "tracer_survey", id, "unreachable on " + on);
    outbox.figuresChanged(CareerFigureSource.NAME);
    return survey;
  }

  @Transactional
  public TracerSurvey refuse(UUID id, LocalDate on) {
    TracerSurvey survey = survey(id);
    survey.refuse(on, LocalDate.now(clock));
    audit.record("tracer-survey.refused", "tracer_survey", id, "refused on " + on);
    outbox.figuresChanged(CareerFigureSource.NAME);
    return survey;
  }
}
