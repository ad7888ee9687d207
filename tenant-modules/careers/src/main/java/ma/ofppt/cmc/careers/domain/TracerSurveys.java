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

  /** Every wave of the city, by intake and horizon. */
  List<TracerWave> allWaves();

  /**
   * The surveys of every wave, counted per wave, programme, state and answer (the figures of all
   * waves in one query).
   */
  List<Tally> tallies();

  /** As {@link #tallies}, of the pending surveys with at least one contact attempt only. */
  List<Tally> pendingContacted();

  record Page(List<TracerSurvey> items, long total) {}

  /** {@code surveys} surveys of a wave and programme alike in state and answer. */
  record Tally(
      UUID waveId,
      UUID programmeId,
      SurveyState state,
      Situation situation,
      Boolean inFieldOfTraining,
      boolean incubatorStartup,
      long surveys) {}
}
