package ma.ofppt.cmc.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.selection.ApplicantWishes;
import ma.ofppt.cmc.admissions.domain.selection.Candidate;
import ma.ofppt.cmc.admissions.domain.selection.SelectionCriteria;

/**
 * A synthetic but realistic city intake for the selection benchmarks, the same for a given seed: a
 * few popular programmes draw most of the wishes (Zipf-like popularity), first-year seats are
 * groups of 24–36 with two or three groups for the most popular, and marks are on the 0–20 scale
 * with two decimals, as applications carry them.
 */
public final class CityData {
  /** The three weightings programmes use: written test and interview, test only, file only. */
  private static final List<SelectionCriteria> CRITERIA =
      List.of(
          SelectionCriteria.of("gradeAverage", "0.6", "test", "0.3", "interview", "0.1"),
          SelectionCriteria.of("gradeAverage", "0.5", "test", "0.5"),
          SelectionCriteria.of("gradeAverage", "1"));

  private final List<UUID> programmeIds;
  private final int[] seats;
  private final List<SelectionCriteria> criteria;
  private final List<ApplicantWishes> wishes;
  private final List<List<Candidate>> candidates;

  private CityData(
      List<UUID> programmeIds,
      int[] seats,
      List<SelectionCriteria> criteria,
      List<ApplicantWishes> wishes,
      List<List<Candidate>> candidates) {
    this.programmeIds = programmeIds;
    this.seats = seats;
    this.criteria = criteria;
    this.wishes = wishes;
    this.candidates = candidates;
  }

  /**
   * Generates a city.
   *
   * @param wishesPerApplicant distinct programmes per applicant, at most {@code programmes}
   */
  public static CityData generate(
      long seed, int applicants, int programmes, int wishesPerApplicant) {
    if (wishesPerApplicant > programmes) {
      throw new IllegalArgumentException(wishesPerApplicant + " wishes > " + programmes);
    }
    Random random = new Random(seed);
    List<UUID> programmeIds = new ArrayList<>(programmes);
    int[] seats = new int[programmes];
    List<SelectionCriteria> criteria = new ArrayList<>(programmes);
    double[] cumulative = new double[programmes];
    double total = 0;
    for (int p = 0; p < programmes; p++) {
      programmeIds.add(new UUID(random.nextLong(), random.nextLong()));
      // Programme p is the (p+1)-th most popular; the ten most popular open two or three groups.
      int groups = p < 3 ? 3 : p < 10 ? 2 : 1;
      seats[p] = groups * (24 + random.nextInt(13));
      criteria.add(CRITERIA.get(random.nextInt(CRITERIA.size())));
      total += 1.0 / Math.pow(p + 1, 0.8);
      cumulative[p] = total;
    }

    List<ApplicantWishes> wishes = new ArrayList<>(applicants);
    List<List<Candidate>> candidates = new ArrayList<>(programmes);
    for (int p = 0; p < programmes; p++) {
      candidates.add(new ArrayList<>());
    }
    int[] chosen = new int[wishesPerApplicant];
    for (int a = 0; a < applicants; a++) {
      UUID applicantId = new UUID(random.nextLong(), random.nextLong());
      // An applicant's school marks and test result are theirs; the interview is per programme.
      BigDecimal gradeAverage = mark(random, 12.5, 2.5);
      BigDecimal test = mark(random, 11.0, 3.5);
      List<UUID> wished = new ArrayList<>(wishesPerApplicant);
      for (int k = 0; k < wishesPerApplicant; k++) {
        int p;
        do {
          p = pick(cumulative, random.nextDouble() * total);
        } while (contains(chosen, k, p));
        chosen[k] = p;
        wished.add(programmeIds.get(p));
        candidates
            .get(p)
            .add(
                new Candidate(
                    applicantId,
                    Map.of(
                        "gradeAverage", gradeAverage,
                        "test", test,
                        "interview", mark(random, 13.0, 3.0))));
      }
      wishes.add(new ApplicantWishes(applicantId, wished));
    }
    return new CityData(programmeIds, seats, criteria, wishes, candidates);
  }

  public int programmeCount() {
    return programmeIds.size();
  }

  public UUID programmeId(int p) {
    return programmeIds.get(p);
  }

  public int seats(int p) {
    return seats[p];
  }

  public int totalSeats() {
    return Arrays.stream(seats).sum();
  }

  public SelectionCriteria criteria(int p) {
    return criteria.get(p);
  }

  /** The programme's candidates: one per applicant who wished it, in application order. */
  public List<Candidate> candidates(int p) {
    return candidates.get(p);
  }

  public List<ApplicantWishes> wishes() {
    return wishes;
  }

  public List<UUID> applicantIds() {
    List<UUID> ids = new ArrayList<>(wishes.size());
    wishes.forEach(w -> ids.add(w.applicantId()));
    return ids;
  }

  private static int pick(double[] cumulative, double target) {
    int i = Arrays.binarySearch(cumulative, target);
    return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** A mark on the 0–20 scale with two decimals, roughly normal around the mean. */
  private static BigDecimal mark(Random random, double mean, double deviation) {
    double value = Math.max(0, Math.min(20, mean + deviation * random.nextGaussian()));
    return BigDecimal.valueOf(Math.round(value * 100), 2);
  }
}
