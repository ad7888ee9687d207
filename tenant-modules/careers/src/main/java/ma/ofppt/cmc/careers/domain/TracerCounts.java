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
    EnumMap<Situation, Long> situations = emptySituations();
    survey.situation().ifPresent(s -> situations.put(s, 1L));
    boolean inField =
        survey
            .answer()
            .map(
                a ->
                    a.situation() == Situation.EMPLOYED
                        && Boolean.TRUE.equals(a.inFieldOfTraining()))
            .orElse(false);
    boolean startup = survey.answer().map(SurveyAnswer::incubatorStartup).orElse(false);
    return new TracerCounts(
        0,
        1,
        survey.contacted() ? 1 : 0,
        survey.state() == SurveyState.RESPONDED ? 1 : 0,
        survey.state() == SurveyState.UNREACHABLE ? 1 : 0,
        survey.state() == SurveyState.REFUSED ? 1 : 0,
        survey.state() == SurveyState.PENDING ? 1 : 0,
        situations,
        inField ? 1 : 0,
        startup ? 1 : 0);
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
