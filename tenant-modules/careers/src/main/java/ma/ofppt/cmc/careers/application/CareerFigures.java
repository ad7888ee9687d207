package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.ofppt.cmc.careers.domain.TracerCounts;
import ma.ofppt.cmc.careers.domain.TracerSurvey;
import ma.ofppt.cmc.careers.domain.TracerSurveys;
import ma.ofppt.cmc.careers.domain.TracerWave;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;

/**
 * The tracer figures of a wave, per programme, per pole and for the city (the intake is the
 * wave's): counts only, no personal data, ready for headquarters to sum across cities. Each figure
 * is defined once, in docs/careers-figures.md.
 */
@ApplicationScoped
public class CareerFigures {
  @Inject TracerSurveys surveys;
  @Inject TraineeRecords trainees;
  @Inject OfferedProgrammes offer;

  /** A programme's counts; code and pole are absent when the programme no longer runs. */
  public record ProgrammeCounts(
      UUID programmeId, Optional<String> code, Optional<UUID> poleId, TracerCounts counts) {}

  public record PoleCounts(Optional<UUID> poleId, TracerCounts counts) {}

  public record WaveFigures(
      TracerWave wave,
      TracerCounts city,
      List<PoleCounts> byPole,
      List<ProgrammeCounts> byProgramme) {}

  @Transactional
  public WaveFigures of(UUID waveId) {
    TracerWave wave =
        surveys.wave(waveId).orElseThrow(() -> new NotFoundException("tracer wave", waveId));
    return figures(wave);
  }

  /** The figures of every wave of the intake (6 and 12 months, those opened). */
  @Transactional
  public List<WaveFigures> ofIntake(String academicYear) {
    return surveys.waves(TracerWave.requireYear(academicYear)).stream().map(this::figures).toList();
  }

  private WaveFigures figures(TracerWave wave) {
    Map<UUID, TracerCounts> byProgramme = new HashMap<>();
    trainees.traineesOf(wave.academicYear()).stream()
        .filter(t -> t.status().equals("GRADUATED"))
        .collect(Collectors.groupingBy(t -> t.programmeId(), Collectors.counting()))
        .forEach((p, n) -> byProgramme.merge(p, TracerCounts.graduatesOnly(n), TracerCounts::plus));
    for (TracerSurvey survey : surveys.allSurveys(wave.id())) {
      byProgramme.merge(survey.programmeId(), TracerCounts.of(survey), TracerCounts::plus);
    }
    List<ProgrammeCounts> programmes = new ArrayList<>();
    byProgramme.forEach(
        (id, counts) -> {
          Optional<OfferedProgramme> p = offer.find(id, wave.academicYear());
          programmes.add(
              new ProgrammeCounts(
                  id, p.map(OfferedProgramme::code), p.map(OfferedProgramme::poleId), counts));
        });
    programmes.sort(
        Comparator.comparing((ProgrammeCounts p) -> p.code().orElse("~"))
            .thenComparing(ProgrammeCounts::programmeId));
    TracerCounts city =
        programmes.stream()
            .map(ProgrammeCounts::counts)
            .reduce(TracerCounts.NONE, TracerCounts::plus);
    return new WaveFigures(wave, city, poles(programmes), programmes);
  }

  private static List<PoleCounts> poles(List<ProgrammeCounts> programmes) {
    Function<ProgrammeCounts, String> key = p -> p.poleId().map(UUID::toString).orElse("~");
    Map<String, PoleCounts> groups = new LinkedHashMap<>();
    programmes.stream()
        .sorted(Comparator.comparing(key))
        .forEach(
            p ->
                groups.merge(
                    key.apply(p),
                    new PoleCounts(p.poleId(), p.counts()),
                    (a, b) -> new PoleCounts(a.poleId(), a.counts().plus(b.counts()))));
    return List.copyOf(groups.values());
  }
}
