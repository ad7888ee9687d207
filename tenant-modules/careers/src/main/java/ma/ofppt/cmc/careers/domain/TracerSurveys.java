package ma.ofppt.cmc.careers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of the city's tracer waves and surveys. */
public interface TracerSurveys {
  /**
   * Stores a new wave at once (not at commit), so that a second wave of the same intake and horizon
   * is refused here, as a conflict on {@code horizonMonths}, even when it races this one.
   */
  void addWave(TracerWave wave);

  Optional<TracerWave> wave(UUID id);

  List<TracerWave> waves(String academicYear);

  void add(TracerSurvey survey);

  Optional<TracerSurvey> survey(UUID id);

  /** The wave's surveys, in state order when {@code state} is null, and how many match. */
  Page surveys(UUID waveId, SurveyState state, int offset, int limit);

  /** Every survey of the wave, with its attempts, for the figures. */
  List<TracerSurvey> allSurveys(UUID waveId);

  record Page(List<TracerSurvey> items, long total) {}
}
