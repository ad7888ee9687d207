package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.ofppt.cmc.careers.domain.Situation;
import ma.ofppt.cmc.careers.domain.SurveyState;
import ma.ofppt.cmc.careers.domain.TracerCounts;
import ma.ofppt.cmc.careers.domain.TracerSurveys;
import ma.ofppt.cmc.careers.domain.TracerSurveys.Tally;
import ma.ofppt.cmc.careers.domain.TracerWave;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeCount;

/**
 * What the city's tracer surveys send to HQ: the counts of {@link CareerFigures} for every intake
 * with an opened wave, per sector, pole and level of the programme as the training offer offers it
 * in the intake (empty when it no longer does, as the city's figures put it under no pole). The
 * graduates of an intake are sent once; the survey counts once per horizon, the horizon in the
 * measure's name ({@code respondents-6m}), because a 6- and a 12-month wave survey the same
 * graduates and must never be added together. Rates are HQ's to derive ({@code inserted-6m ÷
 * respondents-6m}). Five queries for all waves (the waves, the surveys grouped, the pending ones
 * contacted, the pole codes, the graduates counted), then the offer of each intake with a wave
 * (docs/careers-figures.md).
 */
@ApplicationScoped
public class CareerFigureSource implements FigureSource {
  public static final String NAME = "careers";

  /** Every count sent per horizon, and where it comes from. */
  static final Map<String, Function<TracerCounts, Long>> PER_HORIZON = perHorizon();

  @Inject TracerSurveys surveys;
  @Inject TraineeRecords trainees;
  @Inject OfferedProgrammes offer;

  @Override
  public String name() {
    return NAME;
  }

  /** Where a programme's counts go: its sector, pole and level in the intake's offer. */
  private record Group(String sector, String pole, String level) {
    static final Group NONE = new Group("", "", "");
    static final Comparator<Group> ORDER =
        Comparator.comparing(Group::sector).thenComparing(Group::pole).thenComparing(Group::level);
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    List<TracerWave> waves = surveys.allWaves();
    if (waves.isEmpty()) {
      return List.of();
    }
    Map<UUID, TracerWave> wavesById =
        waves.stream().collect(Collectors.toMap(TracerWave::id, w -> w));
    // Per wave and programme, as CareerFigures adds its surveys up one by one.
    Map<UUID, Map<UUID, TracerCounts>> byWave = new HashMap<>();
    for (Tally t : surveys.tallies()) {
      long contacted = t.state() == SurveyState.PENDING ? 0 : t.surveys();
      add(
          byWave,
          t,
          TracerCounts.alike(
              t.surveys(),
              contacted,
              t.state(),
              t.situation(),
              t.inFieldOfTraining(),
              t.incubatorStartup()));
    }
    for (Tally t : surveys.pendingContacted()) {
      add(byWave, t, new TracerCounts(0, 0, t.surveys(), 0, 0, 0, 0, Map.of(), 0, 0));
    }
    Map<UUID, String> poles = offer.poleCodes();
    // Graduates now, per intake and programme, as CareerFigures counts them from the records.
    Map<String, Map<UUID, Long>> graduated = new HashMap<>();
    for (TraineeCount c : trainees.countsOf(intakesOf(waves))) {
      if (c.status().equals("GRADUATED")) {
        graduated
            .computeIfAbsent(c.academicYear(), y -> new HashMap<>())
            .merge(c.programmeId(), c.trainees(), Long::sum);
      }
    }
    List<Figure> figures = new ArrayList<>();
    Map<String, List<TracerWave>> intakes =
        waves.stream()
            .collect(
                Collectors.groupingBy(TracerWave::academicYear, TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<TracerWave>> intake : intakes.entrySet()) {
      String year = intake.getKey();
      Map<UUID, Group> groupOf = new HashMap<>();
      for (OfferedProgramme p : offer.offeredIn(year)) {
        groupOf.put(
            p.id(), new Group(p.sectorCode(), poles.getOrDefault(p.poleId(), ""), p.level()));
      }
      Function<UUID, Group> group = id -> groupOf.getOrDefault(id, Group.NONE);

      Map<Group, Long> graduates = new TreeMap<>(Group.ORDER);
      graduated
          .getOrDefault(year, Map.of())
          .forEach((programme, n) -> graduates.merge(group.apply(programme), n, Long::sum));
      graduates.forEach((g, n) -> figures.add(figure(year, g, "graduates", n)));

      for (TracerWave wave : intake.getValue()) {
        Map<Group, TracerCounts> counts = new TreeMap<>(Group.ORDER);
        byWave
            .getOrDefault(wave.id(), Map.of())
            .forEach((programme, c) -> counts.merge(group.apply(programme), c, TracerCounts::plus));
        String suffix = "-" + wave.horizonMonths() + "m";
        counts.forEach(
            (g, c) ->
                PER_HORIZON.forEach(
                    (measure, count) ->
                        figures.add(figure(year, g, measure + suffix, count.apply(c)))));
      }
    }
    return figures;
  }

  private static Set<String> intakesOf(List<TracerWave> waves) {
    return waves.stream().map(TracerWave::academicYear).collect(Collectors.toSet());
  }

  private static void add(Map<UUID, Map<UUID, TracerCounts>> byWave, Tally t, TracerCounts counts) {
    byWave
        .computeIfAbsent(t.waveId(), w -> new HashMap<>())
        .merge(t.programmeId(), counts, TracerCounts::plus);
  }

  private static Figure figure(String year, Group g, String measure, long value) {
    return Figure.ofIntake(year, measure, value)
        .withSector(g.sector())
        .withPole(g.pole())
        .withLevel(g.level());
  }

  private static Map<String, Function<TracerCounts, Long>> perHorizon() {
    Map<String, Function<TracerCounts, Long>> m = new java.util.LinkedHashMap<>();
    m.put("surveyed", TracerCounts::surveyed);
    m.put("contacted", TracerCounts::contacted);
    m.put("respondents", TracerCounts::responses);
    m.put("unreachable", TracerCounts::unreachable);
    m.put("refused", TracerCounts::refused);
    m.put("inserted", TracerCounts::inserted);
    for (Situation s : Situation.values()) {
      m.put(
          s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
          c -> c.situations().get(s));
    }
    m.put("employed-in-field", TracerCounts::employedInField);
    m.put("incubator-startups", TracerCounts::incubatorStartups);
    return java.util.Collections.unmodifiableMap(m);
  }
}
