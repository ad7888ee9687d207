package ma.ofppt.cmc.careers.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of a tracer wave for a group of graduates (a programme, a pole, the city) and the two
 * rates derived from them, defined once in docs/careers-figures.md: the response rate (responses ÷
 * surveyed graduates) and the insertion rate (employed + self-employed + international mobility ÷
 * respondents; further study is not insertion). Counts add up across groups and the rates are
 * recomputed from the sums, never averaged.
 */
public record TracerCounts(
    long graduates,
    long surveyed,
    long contacted,
    long responses,
    long unreachable,
    long refused,
    long pending,
    Map<Situation, Long> situations,
    long employedInField,
    long incubatorStartups) {

  public static final TracerCounts NONE =
      new TracerCounts(0, 0, 0, 0, 0, 0, 0, emptySituations(), 0, 0);

  public TracerCounts {
    EnumMap<Situation, Long> all = emptySituations();
    all.putAll(situations);
    situations = Collections.unmodifiableMap(all);
  }

  /** The graduates of the group as the trainee records count them now (not in any survey). */
  public static TracerCounts graduatesOnly(long graduates) {
    return new TracerCounts(graduates, 0, 0, 0, 0, 0, 0, emptySituations(), 0, 0);
  }

  /** One survey's contribution (its graduate is counted by {@link #graduatesOnly}). */
  public static TracerCounts of(TracerSurvey survey) {
    return alike(
        1,
        survey.contacted() ? 1 : 0,
        survey.state(),
        survey.situation().orElse(null),
        survey.answer().map(SurveyAnswer::inFieldOfTraining).orElse(null),
        survey.answer().map(SurveyAnswer::incubatorStartup).orElse(false));
  }

  /**
   * The contribution of {@code surveys} surveys in the same state with the same answer, {@code
   * contacted} of them contacted: what {@link #of(TracerSurvey)} gives for each, added up, so that
   * counts grouped by the database come out exactly as counts made survey by survey. The answer (in
   * the field, an incubator start-up) counts only for a response, as {@link TracerSurvey#answer()}
   * exists only then.
   */
  public static TracerCounts alike(
      long surveys,
      long contacted,
      SurveyState state,
      Situation situation,
      Boolean inFieldOfTraining,
      boolean incubatorStartup) {
    EnumMap<Situation, Long> situations = emptySituations();
    if (situation != null) {
      situations.put(situation, surveys);
    }
    boolean responded = state == SurveyState.RESPONDED;
    boolean inField =
        responded && situation == Situation.EMPLOYED && Boolean.TRUE.equals(inFieldOfTraining);
    return new TracerCounts(
        0,
        surveys,
        contacted,
        responded ? surveys : 0,
        state == SurveyState.UNREACHABLE ? surveys : 0,
        state == SurveyState.REFUSED ? surveys : 0,
        state == SurveyState.PENDING ? surveys : 0,
        situations,
        inField ? surveys : 0,
        responded && incubatorStartup ? surveys : 0);
  }

  public TracerCounts plus(TracerCounts o) {
    EnumMap<Situation, Long> sum = emptySituations();
    for (Situation s : Situation.values()) {
      sum.put(s, situations.get(s) + o.situations.get(s));
    }
    return new TracerCounts(
        graduates + o.graduates,
        surveyed + o.surveyed,
        contacted + o.contacted,
        responses + o.responses,
        unreachable + o.unreachable,
        refused + o.refused,
        pending + o.pending,
        sum,
        employedInField + o.employedInField,
        incubatorStartups + o.incubatorStartups);
  }

  /** Graduates in insertion: employed, self-employed or working abroad. */
  public long inserted() {
    return situations.entrySet().stream()
        .filter(e -> e.getKey().isInsertion())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** responses ÷ surveyed graduates. */
  public Rate responseRate() {
    return Rate.of(responses, surveyed);
  }

  /** (employed + self-employed + international mobility) ÷ respondents. */
  public Rate insertionRate() {
    return Rate.of(inserted(), responses);
  }

  private static EnumMap<Situation, Long> emptySituations() {
    EnumMap<Situation, Long> map = new EnumMap<>(Situation.class);
    for (Situation s : Situation.values()) {
      map.put(s, 0L);
    }
    return map;
  }
}
