package ma.ofppt.cmc.launcher.network;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import ma.ofppt.cmc.launcher.intake.GenerateIntakes;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator;
import ma.ofppt.cmc.launcher.intake.Json;
import ma.ofppt.cmc.launcher.intake.MoroccanNames;
import ma.ofppt.cmc.launcher.intake.PlatformClient;

/**
 * The whole-network dataset: builds {@link NetworkPlan} on a running platform in demo mode (demo
 * tokens on), through its API only, phase by phase, printing what each phase created and how long
 * it took:
 *
 * <ol>
 *   <li>{@code offer}: one pole per institution, its programmes and their 2025-2026 intakes ({@code
 *       POST /api/v1/poles}, {@code POST /api/v1/programmes}, {@code PUT
 *       /api/v1/programmes/{id}/intakes/2025-2026});
 *   <li>{@code admissions}: the applications at the national demand rate, one CSV per city through
 *       the admissions import ({@link GenerateIntakes} {@code --import}, unchanged);
 *   <li>{@code trainees}: each city's selection run (timed, one city at a time), then the plan's
 *       sample of its offers accepted ({@code POST /api/v1/selection/{year}/run}, {@code POST
 *       /api/v1/offers/{id}/acceptance});
 *   <li>{@code staff}: trainers and administrative staff of each institution ({@code POST
 *       /api/v1/staff});
 *   <li>{@code facilities}: two bookable spaces per institution and their bookings in October 2025
 *       ({@code POST /api/v1/facilities/resources}, {@code POST /api/v1/facilities/bookings});
 *   <li>{@code boarding}: each CMC's boarding house, applications from its trainees, one allocation
 *       run per city (timed, one city at a time);
 *   <li>{@code finance}: each CMC's agreements, suppliers, budget lines, commitments (approved by
 *       the director), invoices, payments and their documents ({@link NetworkFinance}).
 * </ol>
 *
 * A city whose phase is already done (its poles, trainees, staff, resources, boarding house or
 * books are there) is skipped, so the command can be run again on the same database; a city found
 * half-built is an error. Run it from the repository root:
 *
 * <pre>
 * java -cp infra/launcher/target/cmc-launcher-runnable.jar \
 *     ma.ofppt.cmc.launcher.network.GenerateNetwork --url http://localhost:8080
 * </pre>
 *
 * Exit status: 0 when every phase went through, 1 when one did not, 2 on a wrong option.
 */
public final class GenerateNetwork {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -cp infra/launcher/target/cmc-launcher-runnable.jar"
              + " ma.ofppt.cmc.launcher.network.GenerateNetwork [options]",
          "  --url URL        the platform, with demo tokens on (default http://localhost:8080)",
          "  --seed TEXT      the same seed builds the same data (default network)",
          "  --out DIR        where the intake files are written (default .cmc/network)",
          "  --threads N      cities built at the same time (default 3)",
          "  --phases LIST    offer,admissions,trainees,staff,facilities,boarding,finance"
              + " (default all, in that order)",
          "  --plan           print the plan's figures and stop (no platform needed)",
          "  --help           this text");

  static final List<String> PHASES =
      List.of("offer", "admissions", "trainees", "staff", "facilities", "boarding", "finance");
  private static final LocalDate FIRST_BOOKING_DAY = LocalDate.of(2025, 10, 6);
  private static final List<LocalTime> SLOTS =
      List.of(LocalTime.of(8, 0), LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(16, 0));
  private static final Duration SLOT = Duration.ofHours(2);
  private static final LocalDate FIRST_HIRING_DAY = LocalDate.of(2000, 9, 1);
  private static final LocalDate LAST_HIRING_DAY = LocalDate.of(2025, 9, 1);
  private static final LocalDate FIXED_TERM_END = LocalDate.of(2026, 8, 31);

  /** The command line, parsed. */
  record Options(
      URI url, String seed, Path out, int threads, List<String> phases, boolean planOnly) {

    static Options parse(String... args) {
      URI url = URI.create("http://localhost:8080");
      String seed = "network";
      Path out = Path.of(".cmc", "network");
      int threads = 3;
      List<String> phases = PHASES;
      boolean planOnly = false;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--plan" -> planOnly = true;
          case "--url", "--seed", "--out", "--threads", "--phases" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
              case "--url" -> url = URI.create(value);
              case "--seed" -> seed = value;
              case "--out" -> out = Path.of(value);
              case "--threads" -> threads = threads(value);
              default -> phases = phases(value);
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      }
      return new Options(url, seed, out, threads, phases, planOnly);
    }

    private static int threads(String value) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= 12) {
          return n;
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--threads takes a number, not " + value, e);
      }
      throw new IllegalArgumentException("--threads takes a number from 1 to 12");
    }

    private static List<String> phases(String value) {
      List<String> list = new ArrayList<>();
      for (String phase : value.split(",")) {
        if (!PHASES.contains(phase.strip())) {
          throw new IllegalArgumentException("unknown phase '" + phase + "'; of " + PHASES);
        }
        list.add(phase.strip());
      }
      return PHASES.stream().filter(list::contains).toList();
    }
  }

  private final Options options;
  private final PrintStream out;
  private final PlatformClient platform;
  private final NetworkPlan plan;
  private final AtomicLong calls = new AtomicLong();

  GenerateNetwork(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.platform = new PlatformClient(options.url());
    this.plan = NetworkPlan.of(options.seed());
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    boolean done = new GenerateNetwork(options, System.out).run();
    System.exit(done ? 0 : 1);
  }

  /** Prints the plan, then builds each phase; whether all went through. */
  boolean run() {
    printPlan();
    if (options.planOnly()) {
      return true;
    }
    Instant begin = Instant.now();
    for (String phase : options.phases()) {
      Instant started = Instant.now();
      long before = calls.get();
      boolean done =
          switch (phase) {
            case "offer" -> eachCity(phase, this::offer);
            case "admissions" -> admissions();
            case "trainees" -> trainees();
            case "staff" -> eachCity(phase, this::staff);
            case "facilities" -> eachCity(phase, this::facilities);
            case "boarding" -> boarding();
            default -> eachCity(phase, this::finance);
          };
      out.printf(
          Locale.ROOT,
          "[network] phase %s %s in %.1f s (%d API calls)%n",
          phase,
          done ? "done" : "FAILED",
          seconds(started),
          calls.get() - before);
      if (!done) {
        return false;
      }
    }
    out.printf(Locale.ROOT, "[network] all phases done in %.1f s%n", seconds(begin));
    return true;
  }

  private void printPlan() {
    out.printf(
        Locale.ROOT,
        "[network] plan (seed %s): %d institutions, %d seats, %d first-year seats, %d programmes"
            + " in %s%n",
        plan.seed(),
        plan.institutions(),
        plan.seats(),
        plan.firstYearSeats(),
        plan.programmes(),
        NetworkPlan.ACADEMIC_YEAR);
    for (NetworkPlan.City city : plan.cities()) {
      out.printf(
          Locale.ROOT,
          "[network]   %-26s %3d institutions %6d seats %6d first-year %5d programmes %5d staff"
              + " %4d spaces %5d bookings %5d trainees %4d beds %5d boarding applications"
              + " %,15.2f MAD budget%n",
          city.code(),
          city.institutions().size(),
          city.seats(),
          city.firstYearSeats(),
          city.programmes(),
          city.staff(),
          city.resources(),
          city.bookings(),
          city.trainees(),
          city.boarding().beds(),
          city.boarding().applications(),
          city.finance().budgetCentimes() / 100.0);
    }
    out.printf(
        Locale.ROOT,
        "[network] trainees %d (1 in 10 first-year seats); budget %s MAD in %d commitments, %d"
            + " invoices, %d payments%n",
        plan.trainees(),
        NetworkFinance.mad(plan.budgetCentimes()),
        plan.cities().stream().mapToInt(c -> c.finance().commitments().size()).sum(),
        plan.cities().stream().mapToInt(c -> c.finance().invoices().size()).sum(),
        plan.cities().stream().mapToInt(c -> c.finance().payments().size()).sum());
  }

  private interface CityPhase {
    void build(NetworkPlan.City city);
  }

  /** Runs one phase for the 12 cities on the thread pool; whether every city went through. */
  private boolean eachCity(String phase, CityPhase work) {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      List<NetworkPlan.City> order = bySize();
      for (NetworkPlan.City city : order) {
        futures.add(pool.submit(() -> work.build(city)));
      }
      boolean done = true;
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          done = false;
          out.printf(
              Locale.ROOT,
              "[network] %s %s: FAILED: %s%n",
              phase,
              order.get(i).code(),
              e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted during the phase " + phase, e);
        }
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- offer

  private void offer(NetworkPlan.City city) {
    Instant started = Instant.now();
    String director = platform.demoToken(city.code(), "city-director");
    int present = list("/api/v1/poles", director).size();
    if (present == city.institutions().size()) {
      out.printf(Locale.ROOT, "[network] offer %s: already there, skipped%n", city.code());
      return;
    }
    if (present != 0) {
      throw new IllegalStateException(
          city.code() + " has " + present + " poles, neither none nor the plan's; start afresh");
    }
    String year = NetworkPlan.ACADEMIC_YEAR;
    for (NetworkPlan.Institution institution : city.institutions()) {
      String pole =
          id(
              post(
                  "/api/v1/poles",
                  director,
                  "{\"code\":"
                      + Json.quote(institution.code())
                      + ",\"name\":"
                      + name(institution.nameFr(), institution.nameAr())
                      + ",\"sectorCode\":"
                      + Json.quote(institution.mainSector())
                      + "}"));
      for (NetworkPlan.Programme p : institution.programmes()) {
        String programme =
            id(
                post(
                    "/api/v1/programmes",
                    director,
                    "{\"code\":"
                        + Json.quote(p.code())
                        + ",\"name\":"
                        + name(p.nameFr(), p.nameAr())
                        + ",\"sectorCode\":"
                        + Json.quote(p.sector())
                        + ",\"poleId\":"
                        + Json.quote(pole)
                        + ",\"level\":"
                        + Json.quote(p.level().name())
                        + ",\"durationMonths\":"
                        + p.level().durationMonths()
                        + ",\"softSkillsShare\":"
                        + p.softSkillsShare()
                        + ",\"newCurriculum\":true}"));
        call(
            "PUT",
            "/api/v1/programmes/" + programme + "/intakes/" + year,
            director,
            "{\"totalSeats\":" + p.totalSeats() + ",\"firstYearSeats\":" + p.firstYearSeats() + "}",
            200);
      }
    }
    // What the platform now says of the city's offer must be the plan.
    Map<String, Object> totals =
        object(
            object(platform.getJson("/api/v1/offer/summary?academicYear=" + year, director))
                .get("totals"));
    String expected = city.programmes() + "/" + city.seats() + "/" + city.firstYearSeats();
    String actual =
        totals.get("programmes")
            + "/"
            + totals.get("totalSeats")
            + "/"
            + totals.get("firstYearSeats");
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          city.code() + ": the offer summary says " + actual + " instead of " + expected);
    }
    out.printf(
        Locale.ROOT,
        "[network] offer %s: %d poles; programmes/seats/first-year seats %s (the platform's"
            + " summary agrees) in %.1f s%n",
        city.code(),
        city.institutions().size(),
        actual,
        seconds(started));
  }

  // ---- admissions

  /**
   * The applications of each city through the import, by the intake command itself; then the
   * national totals of what was imported.
   */
  private boolean admissions() {
    List<GenerateIntakes.CityResult> results =
        GenerateIntakes.run(
            out,
            "--url",
            options.url().toString(),
            "--year",
            NetworkPlan.ACADEMIC_YEAR,
            "--out",
            options.out().toString(),
            "--seed",
            options.seed(),
            "--import");
    long applicants = 0;
    long wishes = 0;
    long seats = 0;
    long imported = 0;
    for (GenerateIntakes.CityResult r : results) {
      if (r.summary() != null) {
        applicants += r.summary().applicants();
        wishes += r.summary().wishes();
        seats += r.summary().firstYearSeats();
      }
      if (r.job() != null) {
        imported += r.job().imported() + r.job().alreadyPresent();
      }
    }
    out.printf(
        Locale.ROOT,
        "[network] admissions: %d applicants with %d wishes for %d first-year seats (demand"
            + " rate %.2f %%; 3.82 × %d = %d), %d rows imported or already present%n",
        applicants,
        wishes,
        seats,
        seats == 0 ? 0 : 100.0 * wishes / seats,
        NetworkPlan.FIRST_YEAR_SEATS,
        Math.round(IntakeGenerator.DEMAND_RATE * NetworkPlan.FIRST_YEAR_SEATS),
        imported);
    return results.stream().allMatch(GenerateIntakes.CityResult::succeeded);
  }

  // ---- trainees

  /**
   * The selection of each city, one city at a time so that each time is the allocation alone (it is
   * a benchmark figure), then the acceptance of the plan's trainees, cities on the pool.
   */
  private boolean trainees() {
    String year = NetworkPlan.ACADEMIC_YEAR;
    List<NetworkPlan.City> todo = new ArrayList<>();
    for (NetworkPlan.City city : bySize()) {
      String director = platform.demoToken(city.code(), "city-director");
      boolean ran = exists("/api/v1/selection/" + year + "/run", director);
      long enrolled =
          total(object(get("/api/v1/trainees?academicYear=" + year + "&size=1", director)));
      if (ran && enrolled == city.trainees()) {
        out.printf(Locale.ROOT, "[network] trainees %s: already there, skipped%n", city.code());
      } else if (!ran && enrolled == 0) {
        todo.add(city);
      } else {
        out.printf(
            Locale.ROOT,
            "[network] trainees %s: FAILED: selection %s, %d trainees instead of %d; start"
                + " afresh%n",
            city.code(),
            ran ? "ran" : "not run",
            enrolled,
            city.trainees());
        return false;
      }
    }
    double total = 0;
    long applications = 0;
    long offers = 0;
    for (NetworkPlan.City city : todo) {
      String director = platform.demoToken(city.code(), "city-director");
      Instant started = Instant.now();
      Map<String, Object> summary =
          post(
              "/api/v1/selection/" + year + "/run",
              director,
              "{\"seed\":" + Json.quote(selectionSeed(city)) + "}");
      double took = seconds(started);
      total += took;
      applications += number(summary, "applications");
      offers += number(summary, "admitted");
      out.printf(
          Locale.ROOT,
          "[network] selection %s: %d applications, %d eligible, %d offers, %d waitlisted in"
              + " %.1f s%n",
          city.code(),
          number(summary, "applications"),
          number(summary, "eligible"),
          number(summary, "admitted"),
          number(summary, "waitlisted"),
          took);
    }
    if (!todo.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "[network] selection: %d cities, %d applications, %d offers in %.1f s in all%n",
          todo.size(),
          applications,
          offers,
          total);
    }
    return eachCity(
        "trainees",
        city -> {
          if (todo.contains(city)) {
            accept(city);
          }
        });
  }

  /** The lottery seed of a city's selection, published with its results. */
  static String selectionSeed(NetworkPlan.City city) {
    return "network-" + city.code() + "-" + NetworkPlan.ACADEMIC_YEAR;
  }

  /**
   * Accepts the plan's number of the city's offers: the offers ordered by a hash of the seed and
   * the applicant's national id (so the same applicants, whatever ids the platform gave), the first
   * ones accepted, one call each.
   */
  private void accept(NetworkPlan.City city) {
    Instant started = Instant.now();
    String year = NetworkPlan.ACADEMIC_YEAR;
    String officer = platform.demoToken(city.code(), "admissions-officer");
    Map<String, String> nationalIds = new HashMap<>();
    for (Map<String, Object> application :
        pages("/api/v1/applications?academicYear=" + year + "&status=OFFERED", officer)) {
      nationalIds.put(
          (String) application.get("id"),
          (String) object(application.get("applicant")).get("nationalId"));
    }
    List<String[]> pending = new ArrayList<>();
    for (Object item : list("/api/v1/offers?academicYear=" + year + "&status=PENDING", officer)) {
      Map<String, Object> offer = object(item);
      String nationalId = nationalIds.get((String) offer.get("applicationId"));
      if (nationalId == null) {
        throw new IllegalStateException(
            city.code() + ": offer " + offer.get("id") + " of an application not OFFERED");
      }
      pending.add(new String[] {(String) offer.get("id"), nationalId});
    }
    if (pending.size() < city.trainees()) {
      throw new IllegalStateException(
          city.code() + ": " + pending.size() + " offers for " + city.trainees() + " trainees");
    }
    pending.sort(
        Comparator.<String[]>comparingLong(
                o -> IntakeGenerator.seedOf(plan.seed(), "trainee", city.code(), o[1]))
            .thenComparing(o -> o[1]));
    Instant accepting = Instant.now();
    for (int i = 0; i < city.trainees(); i++) {
      call("POST", "/api/v1/offers/" + pending.get(i)[0] + "/acceptance", officer, "{}", 200);
    }
    double acceptance = seconds(accepting);
    out.printf(
        Locale.ROOT,
        "[network] trainees %s: %d of %d offers accepted in %.1f s (%.0f a second), %.1f s in"
            + " all%n",
        city.code(),
        city.trainees(),
        pending.size(),
        acceptance,
        city.trainees() / Math.max(acceptance, 0.001),
        seconds(started));
  }

  // ---- staff

  private void staff(NetworkPlan.City city) {
    Instant started = Instant.now();
    String director = platform.demoToken(city.code(), "city-director");
    long present = total(object(platform.getJson("/api/v1/staff?size=1", director)));
    if (present == city.staff()) {
      out.printf(Locale.ROOT, "[network] staff %s: already there, skipped%n", city.code());
      return;
    }
    if (present != 0) {
      throw new IllegalStateException(
          city.code() + " has " + present + " staff, neither none nor the plan's; start afresh");
    }
    Map<String, String> poles = poleIds(director);
    for (NetworkPlan.Institution institution : city.institutions()) {
      String pole = poles.get(institution.code());
      for (String body : staffRequests(plan.seed(), institution, pole)) {
        post("/api/v1/staff", director, body);
      }
    }
    out.printf(
        Locale.ROOT,
        "[network] staff %s: %d members in %.1f s%n",
        city.code(),
        city.staff(),
        seconds(started));
  }

  /**
   * The staff of one institution as the requests that record them: trainers first ({@code
   * E017-T001}…), then administrative staff ({@code E017-A001}…). Contracts: 70 % permanent, 20 %
   * fixed-term to 31 August 2026, 10 % part-time vacation; trainers' ceiling 26 hours a week, 10
   * for vacation; hired between September 2000 and September 2025; 46 % women.
   */
  static List<String> staffRequests(String seed, NetworkPlan.Institution institution, String pole) {
    Random random =
        new Random(IntakeGenerator.seedOf(seed, "staff", institution.city(), institution.code()));
    List<String> bodies = new ArrayList<>();
    int members = institution.trainers() + institution.administrative();
    for (int k = 0; k < members; k++) {
      boolean trainer = k < institution.trainers();
      int rank = trainer ? k + 1 : k - institution.trainers() + 1;
      String number =
          String.format(
              Locale.ROOT, "E%03d-%s%03d", institution.number(), trainer ? "T" : "A", rank);
      boolean female = random.nextDouble() < 0.46;
      List<MoroccanNames.Name> first = female ? MoroccanNames.FEMALE : MoroccanNames.MALE;
      MoroccanNames.Name given = first.get(random.nextInt(first.size()));
      MoroccanNames.Name family =
          MoroccanNames.FAMILY.get(random.nextInt(MoroccanNames.FAMILY.size()));
      double contract = random.nextDouble();
      String type =
          contract < 0.7 ? "PERMANENT" : contract < 0.9 ? "FIXED_TERM" : "PART_TIME_VACATION";
      LocalDate hired =
          LAST_HIRING_DAY.minusDays(
              random.nextInt((int) (LAST_HIRING_DAY.toEpochDay() - FIRST_HIRING_DAY.toEpochDay())));
      StringBuilder body =
          new StringBuilder()
              .append("{\"employeeNumber\":")
              .append(Json.quote(number))
              .append(",\"name\":")
              .append(
                  name(
                      given.french() + " " + family.french(),
                      given.arabic() + " " + family.arabic()))
              .append(",\"kind\":")
              .append(Json.quote(trainer ? "TRAINER" : "ADMINISTRATIVE"))
              .append(",\"contractType\":")
              .append(Json.quote(type));
      if ("FIXED_TERM".equals(type)) {
        body.append(",\"contractEnd\":").append(Json.quote(FIXED_TERM_END.toString()));
      }
      String qualification;
      if (trainer) {
        NetworkPlan.Programme taught =
            institution.programmes().get(random.nextInt(institution.programmes().size()));
        qualification = "Habilitation : " + taught.nameFr();
        body.append(",\"weeklyCeilingHours\":").append("PART_TIME_VACATION".equals(type) ? 10 : 26);
      } else {
        qualification = "Gestion administrative";
      }
      body.append(",\"qualifications\":[")
          .append(Json.quote(qualification))
          .append("],\"poleId\":")
          .append(Json.quote(pole))
          .append(",\"hiredOn\":")
          .append(Json.quote(hired.toString()))
          .append('}');
      bodies.add(body.toString());
    }
    return bodies;
  }

  // ---- facilities

  private void facilities(NetworkPlan.City city) {
    Instant started = Instant.now();
    String manager = platform.demoToken(city.code(), "campus-manager");
    int present = list("/api/v1/facilities/resources", manager).size();
    if (present == city.resources()) {
      out.printf(Locale.ROOT, "[network] facilities %s: already there, skipped%n", city.code());
      return;
    }
    if (present != 0) {
      throw new IllegalStateException(
          city.code()
              + " has "
              + present
              + " resources, neither none nor the plan's; start afresh");
    }
    Map<String, String> poles = poleIds(manager);
    for (NetworkPlan.Institution institution : city.institutions()) {
      Random random =
          new Random(
              IntakeGenerator.seedOf(plan.seed(), "bookings", city.code(), institution.code()));
      for (NetworkPlan.Resource resource : institution.resources()) {
        String id =
            id(
                post(
                    "/api/v1/facilities/resources",
                    manager,
                    "{\"code\":"
                        + Json.quote(resource.code())
                        + ",\"name\":"
                        + name(resource.nameFr(), resource.nameAr())
                        + ",\"kind\":"
                        + Json.quote(resource.kind())
                        + ",\"capacity\":"
                        + resource.capacity()
                        + ",\"poleId\":"
                        + Json.quote(poles.get(institution.code()))
                        + ",\"openingHours\":"
                        + OPENING_HOURS
                        + "}"));
        for (String body : bookingRequests(random, institution, resource, id)) {
          post("/api/v1/facilities/bookings", manager, body);
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "[network] facilities %s: %d spaces, %d bookings in %.1f s%n",
        city.code(),
        city.resources(),
        city.bookings(),
        seconds(started));
  }

  /** Monday to Friday 08:00–18:00, Saturday 08:00–13:00. */
  private static final String OPENING_HOURS = openingHours();

  private static String openingHours() {
    StringBuilder json = new StringBuilder("[");
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"day\":\"")
          .append(day)
          .append("\",\"opens\":\"08:00\",\"closes\":\"")
          .append(day == DayOfWeek.SATURDAY ? "13:00" : "18:00")
          .append("\"}");
    }
    return json.append(']').toString();
  }

  /**
   * The bookings of one space: two-hour slots, four a weekday (08, 10, 14 and 16 h) from Monday 6
   * October 2025 on, one after the other so that none overlaps; 80 % by a trainer of the
   * institution, 20 % by a partner company; 8 to 30 attendees within the capacity.
   */
  static List<String> bookingRequests(
      Random random,
      NetworkPlan.Institution institution,
      NetworkPlan.Resource resource,
      String id) {
    List<String> bodies = new ArrayList<>();
    LocalDate day = FIRST_BOOKING_DAY;
    for (int j = 0; j < resource.bookings(); j++) {
      if (j > 0 && j % SLOTS.size() == 0) {
        day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
      }
      LocalDateTime start = day.atTime(SLOTS.get(j % SLOTS.size()));
      boolean byTrainer = random.nextDouble() < 0.8;
      String reference =
          byTrainer
              ? String.format(
                  Locale.ROOT,
                  "E%03d-T%03d",
                  institution.number(),
                  1 + random.nextInt(institution.trainers()))
              : "Partenaire entreprise " + (1 + random.nextInt(40));
      NetworkPlan.Programme programme =
          institution.programmes().get(random.nextInt(institution.programmes().size()));
      int attendees = Math.min(resource.capacity(), 8 + random.nextInt(23));
      bodies.add(
          "{\"resourceId\":"
              + Json.quote(id)
              + ",\"start\":"
              + Json.quote(start.toString() + ":00")
              + ",\"end\":"
              + Json.quote(start.plus(SLOT).toString() + ":00")
              + ",\"bookerKind\":"
              + Json.quote(byTrainer ? "TRAINER" : "PARTNER")
              + ",\"bookerReference\":"
              + Json.quote(reference)
              + ",\"attendees\":"
              + attendees
              + ",\"purpose\":"
              + Json.quote("Séance pratique " + programme.code())
              + "}");
    }
    return bodies;
  }

  // ---- boarding

  private final Set<String> housesBuilt = ConcurrentHashMap.newKeySet();

  /**
   * Each city's boarding house and applications on the pool, then one allocation run per city, one
   * city at a time (timed: a benchmark figure).
   */
  private boolean boarding() {
    housesBuilt.clear();
    if (!eachCity("boarding", this::boardingHouse)) {
      return false;
    }
    String year = NetworkPlan.ACADEMIC_YEAR;
    double total = 0;
    long ranked = 0;
    for (NetworkPlan.City city : bySize()) {
      if (!housesBuilt.contains(city.code())) {
        continue;
      }
      String manager = platform.demoToken(city.code(), "campus-manager");
      Instant started = Instant.now();
      Map<String, Object> run =
          call("POST", "/api/v1/boarding/allocation/" + year + "/runs", manager, "{}", 200);
      double took = seconds(started);
      total += took;
      ranked += number(run, "ranked");
      out.printf(
          Locale.ROOT,
          "[network] boarding allocation %s: %d applications ranked, %d assigned, %d waitlisted"
              + " (%d beds) in %.1f s%n",
          city.code(),
          number(run, "ranked"),
          number(run, "assigned"),
          number(run, "waitlisted"),
          city.boarding().beds(),
          took);
    }
    if (!housesBuilt.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "[network] boarding allocation: %d cities, %d applications in %.1f s in all%n",
          housesBuilt.size(),
          ranked,
          total);
    }
    return true;
  }

  /** The period beds are given for: the usual one, or the latest the platform takes when over. */
  static LocalDate boardingEnd(LocalDate today) {
    LocalDate usual = LocalDate.of(2026, 7, 1);
    return today.isBefore(usual) ? usual : LocalDate.of(2026, 12, 31);
  }

  private void boardingHouse(NetworkPlan.City city) {
    Instant started = Instant.now();
    String year = NetworkPlan.ACADEMIC_YEAR;
    NetworkPlan.Boarding house = city.boarding();
    String manager = platform.demoToken(city.code(), "campus-manager");
    String director = platform.demoToken(city.code(), "city-director");
    int wings = list("/api/v1/boarding/wings", manager).size();
    long rooms = total(object(get("/api/v1/boarding/rooms?size=1", manager)));
    long applications =
        total(
            object(get("/api/v1/boarding/applications?academicYear=" + year + "&size=1", manager)));
    if (wings == 2 && rooms == house.rooms() && applications == house.applications()) {
      out.printf(Locale.ROOT, "[network] boarding %s: already there, skipped%n", city.code());
      return;
    }
    if (wings != 0 || rooms != 0 || applications != 0) {
      throw new IllegalStateException(
          city.code()
              + " has "
              + wings
              + " wings, "
              + rooms
              + " rooms, "
              + applications
              + " applications, neither none nor the plan's; start afresh");
    }
    for (String sex : List.of("F", "M")) {
      String wing =
          id(
              post(
                  "/api/v1/boarding/wings",
                  manager,
                  "{\"code\":\""
                      + sex
                      + "\",\"name\":"
                      + ("F".equals(sex)
                          ? name("Aile des filles", "جناح الفتيات")
                          : name("Aile des garçons", "جناح الفتيان"))
                      + ",\"sex\":\""
                      + sex
                      + "\"}"));
      for (int r = 1; r <= house.roomsPerWing(); r++) {
        post(
            "/api/v1/boarding/rooms",
            manager,
            "{\"code\":\""
                + String.format(Locale.ROOT, "%s%04d", sex, r)
                + "\",\"wingId\":"
                + Json.quote(wing)
                + ",\"beds\":"
                + NetworkPlan.BEDS_PER_ROOM
                + "}");
      }
    }
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca"));
    call(
        "PUT",
        "/api/v1/boarding/policies/" + year,
        director,
        "{\"remoteAreaPoints\":40,\"pointsPer10Km\":2,\"socialNeedPoints\":30,"
            + "\"disabilityPoints\":50,\"startsOn\":\"2025-09-01\",\"endsOn\":\""
            + boardingEnd(today)
            + "\"}",
        200);
    for (String body : boardingRequests(city, trainees(city, director))) {
      post("/api/v1/boarding/applications", manager, body);
    }
    housesBuilt.add(city.code());
    out.printf(
        Locale.ROOT,
        "[network] boarding %s: 2 wings, %d rooms, %d beds, %d applications in %.1f s%n",
        city.code(),
        house.rooms(),
        house.beds(),
        house.applications(),
        seconds(started));
  }

  /** A trainee as the boarding phase needs one: ids, and the applicant's identity and area. */
  record EnrolledTrainee(String traineeId, String nationalId, boolean remoteArea) {}

  private List<EnrolledTrainee> trainees(NetworkPlan.City city, String director) {
    String year = NetworkPlan.ACADEMIC_YEAR;
    Map<String, Map<String, Object>> applicants = new HashMap<>();
    for (Map<String, Object> application :
        pages("/api/v1/applications?academicYear=" + year + "&status=ENROLLED", director)) {
      applicants.put((String) application.get("id"), object(application.get("applicant")));
    }
    List<EnrolledTrainee> trainees = new ArrayList<>();
    for (Map<String, Object> trainee :
        pages("/api/v1/trainees?academicYear=" + year + "&status=ACTIVE", director)) {
      Map<String, Object> applicant = applicants.get((String) trainee.get("applicationId"));
      if (applicant == null) {
        throw new IllegalStateException(
            city.code() + ": trainee " + trainee.get("id") + " of an application not ENROLLED");
      }
      trainees.add(
          new EnrolledTrainee(
              (String) trainee.get("id"),
              (String) applicant.get("nationalId"),
              Boolean.TRUE.equals(applicant.get("remoteArea"))));
    }
    return trainees;
  }

  /**
   * The boarding applications of a city: the trainees from remote areas first, then the others,
   * each group in the order of a hash of the seed and the national id, up to the plan's number;
   * declared distance 60–599 km from a remote area, 10–119 km otherwise; social need for 35 % and
   * 20 % of them.
   */
  List<String> boardingRequests(NetworkPlan.City city, List<EnrolledTrainee> trainees) {
    int wanted = city.boarding().applications();
    if (trainees.size() < wanted) {
      throw new IllegalStateException(
          city.code() + ": " + trainees.size() + " trainees for " + wanted + " applications");
    }
    List<EnrolledTrainee> order = new ArrayList<>(trainees);
    order.sort(
        Comparator.comparing((EnrolledTrainee t) -> !t.remoteArea())
            .thenComparingLong(
                t -> IntakeGenerator.seedOf(plan.seed(), "boarding", city.code(), t.nationalId()))
            .thenComparing(EnrolledTrainee::nationalId));
    List<String> bodies = new ArrayList<>();
    for (EnrolledTrainee t : order.subList(0, wanted)) {
      Random random =
          new Random(IntakeGenerator.seedOf(plan.seed(), "distance", city.code(), t.nationalId()));
      int km = t.remoteArea() ? 60 + random.nextInt(540) : 10 + random.nextInt(110);
      boolean social = random.nextDouble() < (t.remoteArea() ? 0.35 : 0.20);
      bodies.add(
          "{\"traineeId\":"
              + Json.quote(t.traineeId())
              + ",\"academicYear\":"
              + Json.quote(NetworkPlan.ACADEMIC_YEAR)
              + ",\"distanceKm\":"
              + km
              + ",\"socialNeed\":"
              + social
              + "}");
    }
    return bodies;
  }

  // ---- finance

  private void finance(NetworkPlan.City city) {
    Instant started = Instant.now();
    NetworkFinance.Books books = city.finance();
    String officer = platform.demoToken(city.code(), "finance-officer");
    String director = platform.demoToken(city.code(), "city-director");
    long agreements = total(object(get("/api/v1/finance/agreements?size=1", officer)));
    long payments = total(object(get("/api/v1/finance/payments?size=1", officer)));
    if (agreements == books.agreements().size() && payments == books.payments().size()) {
      out.printf(Locale.ROOT, "[network] finance %s: already there, skipped%n", city.code());
      return;
    }
    if (agreements != 0 || payments != 0) {
      throw new IllegalStateException(
          city.code()
              + " has "
              + agreements
              + " agreements and "
              + payments
              + " payments, neither none nor the plan's; start afresh");
    }
    for (NetworkFinance.Agreement a : books.agreements()) {
      post(
          "/api/v1/finance/agreements",
          officer,
          "{\"funder\":"
              + Json.quote(a.funder())
              + ",\"reference\":"
              + Json.quote(a.reference())
              + ",\"committedAmount\":"
              + NetworkFinance.mad(a.centimes())
              + ",\"periodStart\":\"2021-01-01\",\"periodEnd\":\"2026-12-31\","
              + "\"signedOn\":\"2021-03-15\"}");
    }
    List<String> suppliers = new ArrayList<>();
    for (NetworkFinance.Supplier s : books.suppliers()) {
      suppliers.add(
          id(
              post(
                  "/api/v1/finance/suppliers",
                  officer,
                  "{\"name\":"
                      + Json.quote(s.name())
                      + ",\"identifier\":"
                      + Json.quote(s.identifier())
                      + "}")));
    }
    int approvals = 0;
    for (NetworkFinance.Line line : books.lines()) {
      String lineId =
          id(
              post(
                  "/api/v1/finance/budget-lines",
                  officer,
                  "{\"fiscalYear\":"
                      + line.fiscalYear()
                      + ",\"category\":"
                      + Json.quote(line.category())
                      + ",\"subCategory\":"
                      + Json.quote(line.subCategory())
                      + ",\"label\":"
                      + name(line.labelFr(), line.labelAr())
                      + ",\"amount\":"
                      + NetworkFinance.mad(line.centimes())
                      + ",\"split\":"
                      + split(line.split())
                      + "}"));
      for (NetworkFinance.Commitment c : line.commitments()) {
        Map<String, Object> made =
            post(
                "/api/v1/finance/commitments",
                officer,
                "{\"budgetLineId\":"
                    + Json.quote(lineId)
                    + ",\"supplierId\":"
                    + Json.quote(suppliers.get(c.supplier()))
                    + ",\"kind\":"
                    + Json.quote(c.kind())
                    + ",\"reference\":"
                    + Json.quote(c.reference())
                    + ",\"amount\":"
                    + NetworkFinance.mad(c.centimes())
                    + ",\"split\":"
                    + split(c.split())
                    + "}");
        String commitment = id(made);
        if ("PENDING_APPROVAL".equals(made.get("status"))) {
          call(
              "POST", "/api/v1/finance/commitments/" + commitment + "/approval", director, "", 200);
          approvals++;
        }
        evidence("/api/v1/finance/commitments/" + commitment, c.reference(), officer);
        for (NetworkFinance.Invoice invoice : c.invoices()) {
          String invoiceId =
              id(
                  post(
                      "/api/v1/finance/commitments/" + commitment + "/invoices",
                      officer,
                      "{\"number\":"
                          + Json.quote(invoice.number())
                          + ",\"issuedOn\":"
                          + Json.quote(invoice.issuedOn().toString())
                          + ",\"amount\":"
                          + NetworkFinance.mad(invoice.centimes())
                          + ",\"split\":"
                          + split(invoice.split())
                          + "}"));
          NetworkFinance.Payment p = invoice.payment();
          if (p != null) {
            String payment =
                id(
                    post(
                        "/api/v1/finance/payments",
                        officer,
                        "{\"commitmentId\":"
                            + Json.quote(commitment)
                            + ",\"invoiceId\":"
                            + Json.quote(invoiceId)
                            + ",\"reference\":"
                            + Json.quote(p.reference())
                            + ",\"paidOn\":"
                            + Json.quote(p.paidOn().toString())
                            + ",\"amount\":"
                            + NetworkFinance.mad(p.centimes())
                            + ",\"split\":"
                            + split(p.split())
                            + "}"));
            evidence("/api/v1/finance/payments/" + payment, p.reference(), officer);
          }
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "[network] finance %s: %d agreements, %d suppliers, %d budget lines (%s MAD), %d"
            + " commitments (%d approved by the director), %d invoices, %d payments (%s MAD), %d"
            + " documents in %.1f s%n",
        city.code(),
        books.agreements().size(),
        books.suppliers().size(),
        books.lines().size(),
        NetworkFinance.mad(books.budgetCentimes()),
        books.commitments().size(),
        approvals,
        books.invoices().size(),
        books.payments().size(),
        NetworkFinance.mad(books.paidCentimes()),
        books.evidence(),
        seconds(started));
  }

  /** Attaches a one-page PDF naming the reference (the signed contract, the transfer order). */
  private void evidence(String subject, String reference, String token) {
    calls.incrementAndGet();
    platform.sendBytes(
        "POST",
        subject + "/evidence?fileName=" + reference + ".pdf",
        token,
        "application/pdf",
        pdf(reference),
        201);
  }

  static byte[] pdf(String text) {
    String body =
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "% "
            + text
            + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static String split(List<Long> centimes) {
    StringBuilder json = new StringBuilder("{");
    for (int f = 0; f < NetworkFinance.FUNDERS.size(); f++) {
      json.append(f > 0 ? "," : "")
          .append('"')
          .append(NetworkFinance.FUNDERS.get(f))
          .append("\":")
          .append(NetworkFinance.mad(centimes.get(f)));
    }
    return json.append('}').toString();
  }

  // ---- calls

  private Map<String, String> poleIds(String token) {
    Map<String, String> ids = new java.util.HashMap<>();
    for (Object item : list("/api/v1/poles", token)) {
      Map<String, Object> pole = object(item);
      ids.put((String) pole.get("code"), (String) pole.get("id"));
    }
    return ids;
  }

  /** The cities, the largest first, so that the pool does not end on one of them alone. */
  private List<NetworkPlan.City> bySize() {
    List<NetworkPlan.City> order = new ArrayList<>(plan.cities());
    order.sort((a, b) -> Integer.compare(b.seats(), a.seats()));
    return order;
  }

  private Object get(String path, String token) {
    calls.incrementAndGet();
    return platform.getJson(path, token);
  }

  /** Whether a GET finds something: 200, or 404. */
  private boolean exists(String path, String token) {
    try {
      get(path, token);
      return true;
    } catch (PlatformClient.PlatformException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** Every item of a paged list, 500 at a time. */
  private List<Map<String, Object>> pages(String path, String token) {
    List<Map<String, Object>> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      Map<String, Object> result =
          object(get(path + separator + "page=" + page + "&size=500", token));
      if (!(result.get("items") instanceof List<?> list)) {
        throw new IllegalStateException(path + " did not answer a page");
      }
      list.forEach(item -> items.add(object(item)));
      if (list.size() < 500 || items.size() >= total(result)) {
        return items;
      }
    }
  }

  private static long number(Map<String, Object> object, String field) {
    if (object.get(field) instanceof BigDecimal value) {
      return value.longValueExact();
    }
    throw new IllegalStateException("no " + field + " in " + object);
  }

  private Map<String, Object> post(String path, String token, String json) {
    return call("POST", path, token, json, 201);
  }

  private Map<String, Object> call(
      String method, String path, String token, String json, int status) {
    calls.incrementAndGet();
    return platform.sendJson(method, path, token, json, status);
  }

  private List<Object> list(String path, String token) {
    calls.incrementAndGet();
    if (platform.getJson(path, token) instanceof List<?> items) {
      return List.copyOf(items);
    }
    throw new IllegalStateException(path + " did not answer a list");
  }

  private static String name(String fr, String ar) {
    return "{\"fr\":" + Json.quote(fr) + ",\"ar\":" + Json.quote(ar) + "}";
  }

  private static String id(Map<String, Object> created) {
    if (created.get("id") instanceof String id) {
      return id;
    }
    throw new IllegalStateException("no id in " + created);
  }

  private static long total(Map<String, Object> page) {
    if (page.get("total") instanceof BigDecimal total) {
      return total.longValueExact();
    }
    throw new IllegalStateException("no total in " + page);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalStateException("a JSON object was expected, not " + value);
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
