package ma.ofppt.cmc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.ofppt.cmc.admissions.domain.selection.Allocation;
import ma.ofppt.cmc.admissions.domain.selection.DeferredAcceptance;
import ma.ofppt.cmc.admissions.domain.selection.Lottery;
import ma.ofppt.cmc.admissions.domain.selection.ProgrammeSeats;
import ma.ofppt.cmc.admissions.domain.selection.Ranking;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The selection of one city's intake, the admissions target being 100,000 applicants × 5 ranked
 * wishes over 80 programmes in at most 2 s: the lottery draw, the 80 rankings, the allocation by
 * deferred acceptance, and all three together (what an allocation run costs). The city is {@link
 * CityData} with a fixed seed, so every run measures the same instance.
 *
 * <p>Each step's inputs are prepared in its own state, so that {@link #drawRankAndAllocate} runs
 * nothing of the selection before it is measured: with {@code -bm ss -wi 0} it gives the cold time
 * of a fresh JVM, which is how an intake's single allocation run actually executes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AllocationBenchmark {
  private static final String SEED = "benchmark-city/2026-2027";

  /** The applications of the city. */
  @State(Scope.Benchmark)
  public static class City {
    @Param("100000")
    int applicants;

    @Param("80")
    int programmes;

    @Param("5")
    int wishes;

    CityData data;

    @Setup
    public void generate() {
      data = CityData.generate(20261122L, applicants, programmes, wishes);
    }
  }

  /** The city with its lottery drawn. */
  @State(Scope.Benchmark)
  public static class Drawn {
    Lottery.Draw draw;

    @Setup
    public void draw(City city) {
      draw = AllocationBenchmark.draw(city.data);
    }
  }

  /** The city with its lottery drawn and every programme ranked. */
  @State(Scope.Benchmark)
  public static class Ranked {
    List<ProgrammeSeats> programmes;

    @Setup
    public void rank(City city) {
      programmes = seats(city.data, rankAll(city.data, draw(city.data)));
    }
  }

  /** SHA-256 of every applicant's id under the intake's seed. */
  @Benchmark
  public Lottery.Draw drawLottery(City city) {
    return draw(city.data);
  }

  /** Every programme's ranking, given the draw: scores, sorting and tie-break records. */
  @Benchmark
  public List<Ranking> rankProgrammes(City city, Drawn drawn) {
    return rankAll(city.data, drawn.draw);
  }

  /** Deferred acceptance, given the rankings: index building, proposals, waitlists. */
  @Benchmark
  public Allocation allocate(City city, Ranked ranked) {
    return DeferredAcceptance.allocate(city.data.wishes(), ranked.programmes);
  }

  /** A whole allocation run from the applications: draw, rank, allocate. */
  @Benchmark
  public Allocation drawRankAndAllocate(City city) {
    return DeferredAcceptance.allocate(
        city.data.wishes(), seats(city.data, rankAll(city.data, draw(city.data))));
  }

  static Lottery.Draw draw(CityData city) {
    return new Lottery(SEED).draw(city.applicantIds());
  }

  static List<Ranking> rankAll(CityData city, Lottery.Draw draw) {
    List<Ranking> rankings = new ArrayList<>(city.programmeCount());
    for (int p = 0; p < city.programmeCount(); p++) {
      rankings.add(Ranking.rank(city.criteria(p), draw, city.candidates(p)));
    }
    return rankings;
  }

  static List<ProgrammeSeats> seats(CityData city, List<Ranking> rankings) {
    List<ProgrammeSeats> list = new ArrayList<>(rankings.size());
    for (int p = 0; p < rankings.size(); p++) {
      list.add(
          new ProgrammeSeats(city.programmeId(p), city.seats(p), rankings.get(p).applicantOrder()));
    }
    return list;
  }
}
