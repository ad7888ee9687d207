package ma.ofppt.cmc.careers.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.careers.application.CareerFigures;
import ma.ofppt.cmc.careers.application.TracerService;
import ma.ofppt.cmc.careers.domain.ContactAttempt;
import ma.ofppt.cmc.careers.domain.Rate;
import ma.ofppt.cmc.careers.domain.SurveyAnswer;
import ma.ofppt.cmc.careers.domain.TracerCounts;
import ma.ofppt.cmc.careers.domain.TracerSurvey;

/** What the API shows of tracer waves, surveys and their figures. */
public final class TracerViews {
  private TracerViews() {}

  public record WaveView(
      UUID id, String academicYear, int horizonMonths, String openedOn, long surveys) {
    static WaveView of(TracerService.OpenedWave w) {
      return new WaveView(
          w.wave().id(),
          w.wave().academicYear(),
          w.wave().horizonMonths(),
          w.wave().openedOn().toString(),
          w.surveys());
    }
  }

  public record AttemptView(String attemptedOn, String channel, String note) {
    static AttemptView of(ContactAttempt a) {
      return new AttemptView(a.attemptedOn().toString(), a.channel().name(), a.note().orElse(null));
    }
  }

  public record AnswerView(
      String situation,
      String sectorCode,
      String contractType,
      Boolean inFieldOfTraining,
      boolean incubatorStartup,
      String country,
      String mobilityProgramme) {
    static AnswerView of(SurveyAnswer a) {
      return new AnswerView(
          a.situation().name(),
          a.sectorCode(),
          a.contractType() == null ? null : a.contractType().name(),
          a.inFieldOfTraining(),
          a.incubatorStartup(),
          a.country(),
          a.mobilityProgramme());
    }
  }

  public record SurveyView(
      UUID id,
      UUID waveId,
      UUID traineeId,
      UUID programmeId,
      String graduatedOn,
      String dueOn,
      String state,
      String closedOn,
      int contactAttempts,
      List<AttemptView> attempts,
      AnswerView answer,
      long version) {
    static SurveyView of(TracerSurvey s) {
      return new SurveyView(
          s.id(),
          s.waveId(),
          s.traineeId(),
          s.programmeId(),
          s.graduatedOn().toString(),
          s.dueOn().toString(),
          s.state().name(),
          s.closedOn().map(Object::toString).orElse(null),
          s.attempts().size(),
          s.attempts().stream().map(AttemptView::of).toList(),
          s.answer().map(AnswerView::of).orElse(null),
          s.version());
    }
  }

  public record RateView(BigDecimal value, long numerator, long base, boolean smallBase) {
    static RateView of(Rate r) {
      return new RateView(r.value(), r.numerator(), r.base(), r.smallBase());
    }
  }

  public record CountsView(
      long graduates,
      long surveyed,
      long contacted,
      long responses,
      long unreachable,
      long refused,
      long pending,
      Map<String, Long> situations,
      long inserted,
      long employedInField,
      long incubatorStartups,
      RateView responseRate,
      RateView insertionRate) {
    static CountsView of(TracerCounts c) {
      Map<String, Long> situations = new LinkedHashMap<>();
      c.situations().forEach((s, n) -> situations.put(s.name(), n));
      return new CountsView(
          c.graduates(),
          c.surveyed(),
          c.contacted(),
          c.responses(),
          c.unreachable(),
          c.refused(),
          c.pending(),
          situations,
          c.inserted(),
          c.employedInField(),
          c.incubatorStartups(),
          RateView.of(c.responseRate()),
          RateView.of(c.insertionRate()));
    }
  }

  public record ProgrammeFiguresView(
      UUID programmeId, String code, UUID poleId, CountsView figures) {}

  public record PoleFiguresView(UUID poleId, CountsView figures) {}

  public record WaveFiguresView(
      UUID waveId,
      String academicYear,
      int horizonMonths,
      CountsView city,
      List<PoleFiguresView> byPole,
      List<ProgrammeFiguresView> byProgramme) {
    static WaveFiguresView of(CareerFigures.WaveFigures f) {
      return new WaveFiguresView(
          f.wave().id(),
          f.wave().academicYear(),
          f.wave().horizonMonths(),
          CountsView.of(f.city()),
          f.byPole().stream()
              .map(p -> new PoleFiguresView(p.poleId().orElse(null), CountsView.of(p.counts())))
              .toList(),
          f.byProgramme().stream()
              .map(
                  p ->
                      new ProgrammeFiguresView(
                          p.programmeId(),
                          p.code().orElse(null),
                          p.poleId().orElse(null),
                          CountsView.of(p.counts())))
              .toList());
    }
  }
}
