package ma.ofppt.cmc.launcher.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator;
import ma.ofppt.cmc.launcher.intake.Json;
import ma.ofppt.cmc.launcher.intake.PlatformClient;

/**
 * The API under load, as the cities use it: closed-loop clients (each sends its next request when
 * the last one is answered), each request for a city drawn at random among the 12, a mix of the
 * main reads and one write, at several concurrency levels. Every answer is checked for another
 * city's data: each programme, pole and wish it names must be one of the requesting city's (read
 * from the API before the load starts); any other is counted as foreign, and must be 0.
 *
 * <pre>
 * java -cp infra/launcher/target/cmc-launcher-runnable.jar ma.ofppt.cmc.launcher.load.ApiLoad \
 *     --url http://localhost:8080 --clients 1,16,64 --seconds 30
 * </pre>
 *
 * The platform must run in demo mode (tokens from /api/dev/tokens) with the 12 cities' intakes
 * imported (GenerateIntakes --import), so that the lists have pages to read.
 */
public final class ApiLoad {
  enum Operation {
    LIST_PROGRAMMES(35),
    LIST_APPLICATIONS(30),
    OFFER_SUMMARY(15),
    ADMISSION_FIGURES(10),
    SUBMIT_APPLICATION(10);

    final int weight;

    Operation(int weight) {
      this.weight = weight;
    }
  }

  /** What a city owns, as its own API told us before the load. */
  record City(
      String code,
      String token,
      Set<String> programmeIds,
      Set<String> poleIds,
      List<IntakeGenerator.Programme> offered) {}

  private final URI base;
  private final String year;
  private final HttpClient http;
  private final List<City> cities = new ArrayList<>();
  private final AtomicLong foreign = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 1_000_000);

  ApiLoad(URI base, String year, int connections) {
    this.base = base;
    this.year = year;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, connections)))
            .build();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    URI base = URI.create(options.getOrDefault("--url", "http://localhost:8080"));
    String year = options.getOrDefault("--year", "2025-2026");
    int seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "10"));
    int[] levels =
        Arrays.stream(options.getOrDefault("--clients", "1,16,64").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    ApiLoad load = new ApiLoad(base, year, Arrays.stream(levels).max().orElse(1));
    load.prepare();
    System.out.printf(
        Locale.ROOT,
        "%s, %d cities, academic year %s, %d s per level after %d s of warm-up%n",
        base,
        load.cities.size(),
        year,
        seconds,
        warmup);
    load.run(Math.max(4, levels[levels.length - 1]), warmup, false);
    System.out.println(
        "| clients | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | foreign |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    List<String> details = new ArrayList<>();
    List<String> lags = new ArrayList<>();
    for (int clients : levels) {
      HqWatch watch = load.new HqWatch();
      Thread watcher = new Thread(watch, "hq-freshness");
      watcher.start();
      Result result = load.run(clients, seconds, true);
      watch.stop(watcher);
      lags.add(watch.row(clients));
      System.out.println(result.row(clients, "all"));
      for (Operation operation : Operation.values()) {
        details.add(result.row(clients, operation));
      }
    }
    System.out.println();
    System.out.println(
        "| clients | operation | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | foreign |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    details.forEach(System.out::println);
    System.out.println();
    System.out.println(
        "| clients | snapshots applied at HQ | lag p50 s | lag p95 s | lag p99 s | lag max s |");
    System.out.println("|---|---|---|---|---|---|");
    lags.forEach(System.out::println);
    load.rollUp();
    System.out.printf(
        Locale.ROOT, "%nforeign-tenant items in all answers: %d%n", load.foreign.get());
    System.exit(load.foreign.get() == 0 ? 0 : 3);
  }

  private void prepare() {
    PlatformClient client = new PlatformClient(base);
    for (String code : IntakeGenerator.cities()) {
      String token = client.demoToken(code, "admissions-officer");
      String director = client.demoToken(code, "city-director");
      Set<String> programmes = new HashSet<>();
      for (int page = 0; ; page++) {
        Map<String, Object> result =
            object(get("/api/v1/programmes?size=200&page=" + page, director));
        for (Object item : list(result.get("items"))) {
          programmes.add((String) object(item).get("id"));
        }
        if ((long) (page + 1) * 200 >= ((Number) result.get("total")).longValue()) {
          break;
        }
      }
      Set<String> poles = new HashSet<>();
      for (Object pole : list(Json.parse(get("/api/v1/poles", director)))) {
        poles.add((String) object(pole).get("id"));
      }
      cities.add(new City(code, director, programmes, poles, client.programmes(token, year)));
    }
  }

  /** One level: {@code clients} closed-loop clients for {@code seconds}. */
  private Result run(int clients, int seconds, boolean record) throws InterruptedException {
    Result result = new Result();
    long foreignBefore = foreign.get();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(31L * c + clients);
      Runnable client =
          () -> {
            try {
              while (System.nanoTime() < end) {
                City city = cities.get(random.nextInt(cities.size()));
                Operation operation = pick(random);
                long t0 = System.nanoTime();
                boolean ok = call(city, operation, random);
                long elapsed = System.nanoTime() - t0;
                if (record) {
                  result.add(operation, elapsed, ok);
                }
              }
            } finally {
              done.countDown();
            }
          };
      new Thread(client, "load-" + c).start();
    }
    done.await();
    result.seconds = (System.nanoTime() - started) / 1e9;
    result.foreign = foreign.get() - foreignBefore;
    return result;
  }

  private static Operation pick(Random random) {
    int r = random.nextInt(100);
    for (Operation operation : Operation.values()) {
      r -= operation.weight;
      if (r < 0) {
        return operation;
      }
    }
    return Operation.LIST_PROGRAMMES;
  }

  /** Sends one request and checks its answer; false when it failed (not a 2xx, or unreadable). */
  private boolean call(City city, Operation operation, Random random) {
    try {
      switch (operation) {
        case LIST_PROGRAMMES -> {
          Map<String, Object> page =
              object(get("/api/v1/programmes?size=20&page=" + random.nextInt(3), city.token()));
          for (Object item : list(page.get("items"))) {
            check(city.programmeIds(), object(item).get("id"));
          }
        }
        case LIST_APPLICATIONS -> {
          Map<String, Object> page =
              object(
                  get(
                      "/api/v1/applications?size=20&academicYear="
                          + year
                          + "&page="
                          + random.nextInt(20),
                      city.token()));
          for (Object item : list(page.get("items"))) {
            wishes(city, object(item));
          }
        }
        case OFFER_SUMMARY -> {
          Map<String, Object> summary =
              object(get("/api/v1/offer/summary?academicYear=" + year, city.token()));
          for (Object pole : list(summary.get("poles"))) {
            check(city.poleIds(), object(pole).get("poleId"));
          }
        }
        case ADMISSION_FIGURES -> {
          Map<String, Object> figures =
              object(get("/api/v1/admissions/" + year + "/figures", city.token()));
          for (Object row : list(figures.get("byProgramme"))) {
            check(city.programmeIds(), object(row).get("programmeId"));
            check(city.poleIds(), object(row).get("poleId"));
          }
        }
        case SUBMIT_APPLICATION -> wishes(city, object(submit(city, random)));
      }
      return true;
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      if (failures.get() <= 5) {
        System.err.println("failed " + operation + " in " + city.code() + ": " + e.getMessage());
      }
      return false;
    }
  }

  private void wishes(City city, Map<String, Object> application) {
    for (Object wish : list(application.get("wishes"))) {
      check(city.programmeIds(), object(wish).get("programmeId"));
    }
  }

  private void check(Set<String> own, Object id) {
    if (id == null || !own.contains(id)) {
      foreign.incrementAndGet();
    }
  }

  private String submit(City city, Random random) {
    IntakeGenerator.Programme programme = city.offered().get(random.nextInt(city.offered().size()));
    int age = programme.targetAgeMin() + 1;
    String birth = (Integer.parseInt(year.substring(0, 4)) - age) + "-03-15";
    String cin = String.format(Locale.ROOT, "LD%06d", sequence.incrementAndGet() % 1_000_000);
    String body =
        "{\"academicYear\":\""
            + year
            + "\",\"applicant\":{\"nationalId\":\""
            + cin
            + "\","
            + "\"name\":{\"first\":{\"fr\":\"Salma\",\"ar\":\"سلمى\"},\"last\":{\"fr\":\"Charge\",\"ar\":\"تحميل\"}},"
            + "\"birthDate\":\""
            + birth
            + "\",\"sex\":\"F\",\"province\":\"Al Haouz\",\"remoteArea\":false,"
            + "\"disability\":false,\"educationLevel\":\""
            + programme.minimumEducation().name()
            + "\","
            + "\"phone\":\"0612345678\"},\"wishes\":[{\"programmeCode\":"
            + Json.quote(programme.code())
            + ",\"gradeAverage\":"
            + String.format(Locale.ROOT, "%d.%02d", 10 + random.nextInt(10), random.nextInt(100))
            + "}]}";
    return send(
        HttpRequest.newBuilder(base.resolve("/api/v1/applications"))
            .header("Authorization", "Bearer " + city.token())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** HQ's token (demo mode): HQ analysts name no city. */
  private String hqToken() {
    return (String)
        object(
                send(
                    HttpRequest.newBuilder(base.resolve("/api/dev/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"roles\":[\"hq-analyst\"]}", StandardCharsets.UTF_8))))
            .get("token");
  }

  /**
   * The national roll-up as HQ asks for it, timed: the national total, the default table (city ×
   * period) and the finest table (city × pole × level × source), five times each after one untimed
   * call.
   */
  private void rollUp() {
    String hq = hqToken();
    System.out.println();
    System.out.println("| national roll-up | rows | p50 ms | max ms |");
    System.out.println("|---|---|---|---|");
    for (String query : List.of("?groupBy=none", "", "?groupBy=city,pole,level,source")) {
      int rows = list(object(get("/api/v1/national/figures" + query, hq)).get("rows")).size();
      long[] times = new long[5];
      for (int i = 0; i < times.length; i++) {
        long t0 = System.nanoTime();
        get("/api/v1/national/figures" + query, hq);
        times[i] = System.nanoTime() - t0;
      }
      Arrays.sort(times);
      System.out.printf(
          Locale.ROOT,
          "| `/api/v1/national/figures%s` | %d | %.1f | %.1f |%n",
          query,
          rows,
          times[2] / 1e6,
          times[4] / 1e6);
    }
  }

  /**
   * Consolidation lag under load: HQ's freshness polled every 500 ms while a level runs; each
   * snapshot HQ applied in that time (a new {@code appliedAt} of a city's source) contributes the
   * lag HQ reports for it (from the oldest change it carries to its application at HQ).
   */
  private final class HqWatch implements Runnable {
    private final String hq = hqToken();
    private final Map<String, Double> lags = new HashMap<>();
    private volatile boolean running = true;
    private volatile RuntimeException failure;
    private Set<String> before;

    @Override
    public void run() {
      try {
        watch();
      } catch (RuntimeException e) {
        failure = e; // reported by stop(): a lag table without its snapshots would mislead
      }
    }

    private void watch() {
      before = new HashSet<>(applied().keySet());
      while (running) {
        applied()
            .forEach(
                (key, lag) -> {
                  if (!before.contains(key)) {
                    lags.put(key, lag);
                  }
                });
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /** Every snapshot HQ shows now, by city, source and time applied, with its lag. */
    private Map<String, Double> applied() {
      Map<String, Double> now = new HashMap<>();
      for (Object city : list(Json.parse(get("/api/v1/national/freshness", hq)))) {
        Object ref = object(object(city).get("city")).get("code");
        for (Object source : list(object(city).get("sources"))) {
          Map<String, Object> s = object(source);
          if (s.get("appliedAt") != null && s.get("lagSeconds") != null) {
            now.put(
                ref + "/" + s.get("source") + "/" + s.get("appliedAt"),
                ((Number) s.get("lagSeconds")).doubleValue());
          }
        }
      }
      return now;
    }

    void stop(Thread watcher) throws InterruptedException {
      running = false;
      watcher.join();
      if (failure != null) {
        throw new IllegalStateException("HQ's freshness could not be followed", failure);
      }
    }

    String row(int clients) {
      double[] sorted = lags.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return String.format(Locale.ROOT, "| %d | 0 | – | – | – | – |", clients);
      }
      return String.format(
          Locale.ROOT,
          "| %d | %d | %.2f | %.2f | %.2f | %.2f |",
          clients,
          sorted.length,
          at(sorted, 0.50),
          at(sorted, 0.95),
          at(sorted, 0.99),
          sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double p) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  private String get(String path, String token) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  private String send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "HTTP "
                + response.statusCode()
                + ": "
                + response.body().substring(0, Math.min(200, response.body().length())));
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return value instanceof String text
        ? (Map<String, Object>) Json.parse(text)
        : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  /** Latencies of one level, per operation, and their errors. */
  private static final class Result {
    private final Map<Operation, long[]> latencies = new EnumMap<>(Operation.class);
    private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
    private final Map<Operation, Integer> errors = new EnumMap<>(Operation.class);
    private double seconds;
    private long foreign;

    synchronized void add(Operation operation, long nanos, boolean ok) {
      long[] values = latencies.computeIfAbsent(operation, o -> new long[1024]);
      int count = counts.getOrDefault(operation, 0);
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
        latencies.put(operation, values);
      }
      values[count] = nanos;
      counts.put(operation, count + 1);
      if (!ok) {
        errors.merge(operation, 1, Integer::sum);
      }
    }

    String row(int clients, Operation operation) {
      long[] values =
          Arrays.copyOf(
              latencies.getOrDefault(operation, new long[0]), counts.getOrDefault(operation, 0));
      return "| "
          + clients
          + " | "
          + operation.name().toLowerCase(Locale.ROOT)
          + " "
          + stats(values, errors.getOrDefault(operation, 0));
    }

    String row(int clients, String label) {
      long[] all =
          latencies.entrySet().stream()
              .flatMapToLong(e -> Arrays.stream(e.getValue(), 0, counts.get(e.getKey())))
              .toArray();
      int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
      return "| " + clients + " " + stats(all, errorCount) + " " + foreign + " |";
    }

    private String stats(long[] values, int errorCount) {
      Arrays.sort(values);
      return String.format(
          Locale.ROOT,
          "| %.0f | %.1f | %.1f | %.1f | %.1f | %d |",
          values.length / seconds,
          percentile(values, 0.50),
          percentile(values, 0.95),
          percentile(values, 0.99),
          values.length == 0 ? 0 : values[values.length - 1] / 1e6,
          errorCount);
    }

    private static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
