package ma.ofppt.cmc.launcher.intake;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The demo-intakes command: for each city, reads its programmes of an intake from a running
 * platform in demo mode, writes a realistic application file at the city's capacities ({@link
 * IntakeGenerator}) and, with {@code --import}, uploads it and follows the import to its end,
 * printing the counts and the intake's figures. Run it from the repository root:
 *
 * <pre>
 * java -cp infra/launcher/target/cmc-launcher-runnable.jar \
 *     ma.ofppt.cmc.launcher.intake.GenerateIntakes --import
 * </pre>
 *
 * Exit status: 0 when every city went through, 1 when one did not, 2 on a wrong option.
 */
public final class GenerateIntakes {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -cp infra/launcher/target/cmc-launcher-runnable.jar"
              + " ma.ofppt.cmc.launcher.intake.GenerateIntakes [options]",
          "  --url URL         the platform, running in demo mode (default http://localhost:8080)",
          "  --city CODE       one city, may be repeated (default: the 12 cities)",
          "  --year YYYY-YYYY  the intake (default 2025-2026)",
          "  --out DIR         where the files are written (default .cmc/intakes)",
          "  --seed TEXT       the same seed writes the same files (default demo)",
          "  --import          upload each file and follow its import to the end",
          "  --scale FACTOR    multiply the published demand, for measuring large imports"
              + " (default 1)",
          "  --timeout SECONDS how long to follow one import (default 1800)",
          "  --help            this text");

  private static final String ROLE = "admissions-officer";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PROGRESS = Duration.ofSeconds(5);

  /** The command line, parsed. */
  record Options(
      URI url,
      List<String> cities,
      String academicYear,
      Path out,
      String seed,
      boolean importing,
      Duration timeout,
      double scale,
      boolean help) {

    static Options parse(String... args) {
      URI url = URI.create("http://localhost:8080");
      Set<String> cities = new LinkedHashSet<>();
      String year = "2025-2026";
      Path out = Path.of(".cmc", "intakes");
      String seed = "demo";
      boolean importing = false;
      Duration timeout = Duration.ofMinutes(30);
      double scale = 1;
      boolean help = false;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--import" -> importing = true;
          case "--help", "-h" -> help = true;
          case "--url", "--city", "--year", "--out", "--seed", "--timeout", "--scale" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
              case "--url" -> url = URI.create(value);
              case "--city" -> {
                if (!IntakeGenerator.cities().contains(value)) {
                  throw new IllegalArgumentException(
                      "unknown city '" + value + "'; one of " + IntakeGenerator.cities());
                }
                cities.add(value);
              }
              case "--year" -> year = value;
              case "--out" -> out = Path.of(value);
              case "--seed" -> seed = value;
              case "--scale" -> scale = scale(value);
              default -> timeout = Duration.ofSeconds(seconds(value));
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      if (!year.matches("\\d{4}-\\d{4}")) {
        throw new IllegalArgumentException("--year takes an academic year such as 2025-2026");
      }
      return new Options(
          url,
          cities.isEmpty() ? IntakeGenerator.cities() : List.copyOf(cities),
          year,
          out,
          seed,
          importing,
          timeout,
          scale,
          help);
    }

    private static double scale(String value) {
      try {
        double scale = Double.parseDouble(value);
        if (scale > 0 && scale <= 100) {
          return scale;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--scale takes a number, not " + value, e);
      }
      throw new IllegalArgumentException("--scale takes a number above 0 and at most 100");
    }

    private static long seconds(String value) {
      try {
        long seconds = Long.parseLong(value);
        if (seconds > 0) {
          return seconds;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--timeout takes a number of seconds, not " + value, e);
      }
      throw new IllegalArgumentException("--timeout takes a number of seconds above 0");
    }
  }

  /**
   * What became of one city: its file and what it holds, and when imported, the job as it ended and
   * how long it took; or why the city did not go through.
   */
  public record CityResult(
      String city,
      Path file,
      IntakeGenerator.Summary summary,
      PlatformClient.ImportJob job,
      Duration importTime,
      String failure) {

    /** Whether the file was written and, if asked, imported without a rejected row. */
    public boolean succeeded() {
      return failure == null;
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PlatformClient platform;

  private GenerateIntakes(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.platform = new PlatformClient(options.url());
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(USAGE);
      return;
    }
    List<CityResult> results = new GenerateIntakes(options, System.out).run();
    System.exit(results.stream().allMatch(CityResult::succeeded) ? 0 : 1);
  }

  /**
   * Runs the command with these arguments, printing its progress to {@code out}; one result per
   * city, in order.
   *
   * @throws IllegalArgumentException on a wrong option
   */
  public static List<CityResult> run(PrintStream out, String... args) {
    return new GenerateIntakes(Options.parse(args), out).run();
  }

  private List<CityResult> run() {
    List<CityResult> results = new ArrayList<>();
    for (String city : options.cities()) {
      CityResult result;
      try {
        result = city(city);
      } catch (PlatformClient.PlatformException
          | UncheckedIOException
          | IllegalArgumentException
          | IllegalStateException e) {
        result = new CityResult(city, null, null, null, null, e.getMessage());
      } catch (IOException e) {
        result = new CityResult(city, null, null, null, null, e.toString());
      }
      if (!result.succeeded()) {
        out.printf(Locale.ROOT, "[intake] %s: FAILED: %s%n", city, result.failure());
      }
      results.add(result);
    }
    long failed = results.stream().filter(r -> !r.succeeded()).count();
    out.printf(
        Locale.ROOT,
        "[intake] %d of %d cities done%s%n",
        results.size() - failed,
        results.size(),
        failed == 0 ? "" : ", " + failed + " failed");
    return results;
  }

  private CityResult city(String city) throws IOException {
    String year = options.academicYear();
    String token = platform.demoToken(city, ROLE);
    List<IntakeGenerator.Programme> programmes = platform.programmes(token, year);
    IntakeGenerator generator =
        new IntakeGenerator(city, year, programmes, options.seed(), options.scale());
    Path file = options.out().resolve(city + "-" + year + ".csv");
    IntakeGenerator.Summary summary = write(generator, file);
    out.printf(
        Locale.ROOT,
        "[intake] %s %s: %d programmes, %d first-year seats; wrote %s: %d applicants, %d wishes"
            + " (demand rate %.1f %%), %.2f first choices per specialized-technician seat,"
            + " %.1f %% of wishes ineligible%n",
        city,
        year,
        programmes.size(),
        summary.firstYearSeats(),
        file,
        summary.applicants(),
        summary.wishes(),
        summary.demandRate(),
        summary.applicantsPerSeat(IntakeGenerator.SPECIALIZED_TECHNICIAN),
        100.0 * summary.ineligibleWishes() / summary.wishes());
    if (!options.importing()) {
      return new CityResult(city, file, summary, null, null, null);
    }

    Instant started = Instant.now();
    PlatformClient.ImportJob job = follow(token, platform.startImport(token, year, file), city);
    Duration took = Duration.between(started, Instant.now());
    out.printf(
        Locale.ROOT,
        "[intake] %s: import %s %s in %.1f s: %d rows read, %d imported, %d already present,"
            + " %d rejected%n",
        city,
        job.id(),
        job.status(),
        took.toMillis() / 1000.0,
        job.rowsRead(),
        job.imported(),
        job.alreadyPresent(),
        job.rejected());
    if (job.isFinished() && job.finishedAt() != null) {
      // The server's own clock, from the job's creation to its end: no upload, no polling delay.
      Duration onServer =
          Duration.between(Instant.parse(job.createdAt()), Instant.parse(job.finishedAt()));
      out.printf(
          Locale.ROOT,
          "[intake] %s: on the server %.2f s, %.0f rows/s%n",
          city,
          onServer.toMillis() / 1000.0,
          job.rowsRead() * 1000.0 / Math.max(1, onServer.toMillis()));
    }
    String failure = null;
    if (!job.isFinished()) {
      failure =
          "the import is still "
              + job.status()
              + " after "
              + options.timeout().toSeconds()
              + " s; follow it with GET /api/v1/imports/"
              + job.id()
              + " or raise --timeout";
    } else if (!"COMPLETED".equals(job.status())) {
      failure = "the import did not complete: " + job.failure();
    } else if (job.rejected() > 0) {
      failure = job.rejected() + " rows rejected";
      for (String error : platform.importErrors(token, job.id(), 10)) {
        out.printf(Locale.ROOT, "[intake]   %s%n", error);
      }
    } else {
      PlatformClient.Figures figures = platform.figures(token, year);
      out.printf(
          Locale.ROOT,
          "[intake] %s: figures of %s: %d applications for %d first-year seats, demand rate %s %%,"
              + " %s first choices per specialized-technician seat%n",
          city,
          year,
          figures.applications(),
          figures.firstYearSeats(),
          figures.demandRate(),
          figures.applicantsPerSeatByLevel().get(IntakeGenerator.SPECIALIZED_TECHNICIAN));
    }
    return new CityResult(city, file, summary, job, took, failure);
  }

  /** Writes next to the target and moves into place, so a file is never seen half-written. */
  private static IntakeGenerator.Summary write(IntakeGenerator generator, Path file)
      throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path partial = directory.resolve(file.getFileName() + ".part");
    IntakeGenerator.Summary summary;
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
      summary = generator.write(stream);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return summary;
  }

  /**
   * Polls the job until it ends or the timeout passes, printing progress now and then; the job as
   * last seen.
   */
  private PlatformClient.ImportJob follow(String token, PlatformClient.ImportJob job, String city) {
    Instant deadline = Instant.now().plus(options.timeout());
    Instant nextReport = Instant.now().plus(PROGRESS);
    while (!job.isFinished() && Instant.now().isBefore(deadline)) {
      LockSupport.parkNanos(POLL.toNanos());
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted while following import " + job.id());
      }
      job = platform.importJob(token, job.id());
      if (Instant.now().isAfter(nextReport)) {
        out.printf(
            Locale.ROOT, "[intake] %s: %s, %d rows read%n", city, job.status(), job.rowsRead());
        nextReport = Instant.now().plus(PROGRESS);
      }
    }
    return job;
  }
}
