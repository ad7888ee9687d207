package ma.ofppt.cmc.launcher.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ma.ofppt.cmc.launcher.intake.CityRegion;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator;

/**
 * The whole OFPPT network of the 2025–2026 intake as data for the platform's 12 tenants, decided
 * before the first call: which institutions each region has, where they are, their programmes and
 * seats, their staff and bookable spaces. Pure and seeded: the same seed gives the same plan, and
 * every plan reproduces the national figures exactly (checked when it is built):
 *
 * <ul>
 *   <li>{@value #INSTITUTIONS} institutions, one pole each in its region's tenant; Marrakech-Safi
 *       has its published {@value #PUBLISHED_CITY_INSTITUTIONS} institutions and {@value
 *       #PUBLISHED_CITY_SEATS} seats, the 11 other regions share the rest in proportion to their
 *       population ({@link #POPULATION});
 *   <li>{@value #SEATS} seats in the intakes of 2025-2026, of which {@value #FIRST_YEAR_SEATS}
 *       first-year seats.
 * </ul>
 *
 * See docs/network-dataset.md for every figure and distribution and where it comes from.
 */
public final class NetworkPlan {
  public static final String ACADEMIC_YEAR = "2025-2026";
  public static final int INSTITUTIONS = 510;
  public static final int SEATS = 418_285;
  public static final int FIRST_YEAR_SEATS = 291_177;
  public static final String PUBLISHED_CITY = "marrakech-safi";
  public static final int PUBLISHED_CITY_INSTITUTIONS = 23;
  public static final int PUBLISHED_CITY_SEATS = 33_181;

  /**
   * The key that shares the institutions and seats of the 11 regions without a published figure:
   * each region's legal population in the 2024 census (HCP, RGPH 2024), in the order of the tenant
   * table. Not a figure of the reference facts: an outside, public key, used only as a proportion.
   */
  public static final Map<String, Integer> POPULATION = population();

  /** Trainers per seat and administrative staff per seat, both illustrative (see the docs). */
  static final int SEATS_PER_TRAINER = 40;

  static final int SEATS_PER_ADMINISTRATIVE = 200;
  static final int SEATS_PER_PROGRAMME = 80;
  static final int MIN_PROGRAMMES = 3;
  static final int MAX_PROGRAMMES = 40;
  static final int SEATS_PER_BOOKING = 150;
  static final int MAX_BOOKINGS_PER_RESOURCE = 20;
  static final double INSTITUTION_SIZE_SPREAD = 0.5;
  static final double PROGRAMME_SIZE_SPREAD = 0.35;
  static final int MAIN_SECTOR_AFFINITY = 8;

  /**
   * The training levels, with the share of programmes drawn at each (percent, summing to 100: the
   * three diploma levels make 68 % of the offer as the facts say, the other paths 32 %), the
   * duration the demo catalogue gives them, and the years a trainee spends in them.
   */
  public enum Level {
    SPECIALIZED_TECHNICIAN("TS", 28, 24),
    TECHNICIAN("T", 24, 24),
    QUALIFIED_WORKER("Q", 16, 12),
    QUALIFYING("FQ", 28, 6),
    PROFESSIONAL_BAC("BP", 2, 36),
    MIDDLE_SCHOOL_PATH("PC", 2, 36);

    final String suffix;
    final int share;
    final int durationMonths;

    Level(String suffix, int share, int durationMonths) {
      this.suffix = suffix;
      this.share = share;
      this.durationMonths = durationMonths;
    }

    /** Years of study: a programme of 6 or 12 months is one year, of 24 months two. */
    public int years() {
      return Math.max(1, (durationMonths + 11) / 12);
    }

    public int durationMonths() {
      return durationMonths;
    }
  }

  /**
   * The weight of each sector as an institution's main sector (illustrative, see the docs);
   * maritime fishing only in the regions with a coast.
   */
  static final Map<String, Integer> SECTOR_WEIGHTS =
      weights(
          "industry 18, management-commerce 16, digital-ai 12, tourism-hospitality 9,"
              + " building-public-works 9, health 8, services-to-persons 7, logistics 6,"
              + " agri-food 6, crafts 4, arts-graphic-industries 3, maritime-fishing 2");

  static final Set<String> INLAND = Set.of("fes-meknes", "beni-mellal-khenifra", "draa-tafilalet");

  /** The two sectors whose programmes carry the extra language semester and 35 % soft skills. */
  static final Set<String> LANGUAGE_SEMESTER_SECTORS =
      Set.of("management-commerce", "tourism-hospitality");

  /** The pedagogical platform each institution books, by its main sector. */
  static final Map<String, String> PLATFORM_BY_SECTOR =
      Map.ofEntries(
          Map.entry("management-commerce", "VIRTUAL_COMPANY"),
          Map.entry("digital-ai", "DIGITAL_FACTORY"),
          Map.entry("tourism-hospitality", "PEDAGOGICAL_HOTEL"),
          Map.entry("health", "CARE_UNIT"),
          Map.entry("industry", "LEARNING_FACTORY"),
          Map.entry("services-to-persons", "PEDAGOGICAL_NURSERY"),
          Map.entry("crafts", "LEARNING_FACTORY"),
          Map.entry("arts-graphic-industries", "DIGITAL_FACTORY"),
          Map.entry("building-public-works", "LEARNING_FACTORY"),
          Map.entry("logistics", "VIRTUAL_COMPANY"),
          Map.entry("agri-food", "LEARNING_FACTORY"),
          Map.entry("maritime-fishing", "LEARNING_FACTORY"));

  /** The shared space of each institution, drawn among these, with its capacity. */
  static final List<Space> SHARED_SPACES =
      List.of(
          new Space("MEDIA_LIBRARY", "Médiathèque", "الخزانة الوسائطية", 60),
          new Space("SPORTS_FIELD", "Terrain de sport", "ملعب رياضي", 200),
          new Space("CONFERENCE_CENTRE", "Salle de conférences", "قاعة المحاضرات", 300),
          new Space("LANGUAGE_CENTRE", "Centre de langues", "مركز اللغات", 40),
          new Space("CAREER_CENTRE", "Centre d'orientation", "مركز التوجيه", 25));

  static final int PLATFORM_CAPACITY = 30;

  /**
   * The trainees the data enrols: a sample of 1 in 10 of the first-year seats, apportioned over the
   * cities by their first-year seats (accepting all ~290,000 offers one by one through the API
   * takes longer than the whole build; see docs/network-dataset.md).
   */
  public static final int TRAINEES = Math.round(FIRST_YEAR_SEATS / 10f);

  /** The boarding house lodges 16 % of the trainees (the programme's figure). */
  static final int BOARDING_PERCENT = 16;

  /** Boarding demand: 20 % of the trainees apply for a bed (illustrative, above the 16 %). */
  static final int BOARDING_DEMAND_PERCENT = 20;

  static final int BEDS_PER_ROOM = 4;

  /** The published boarding house: Tamansourt's 448 beds. */
  static final Map<String, Integer> PUBLISHED_BEDS = Map.of(PUBLISHED_CITY, 448);

  /** The published poles of Tamansourt; the other CMCs get the ten heaviest sectors they have. */
  static final List<String> PUBLISHED_POLES =
      List.of(
          "management-commerce",
          "digital-ai",
          "tourism-hospitality",
          "health",
          "industry",
          "services-to-persons",
          "crafts",
          "arts-graphic-industries");

  static final int POLES_PER_CMC = 10;

  /** A kind of space with its names and capacity. */
  record Space(String kind, String nameFr, String nameAr, int capacity) {}

  /** One title of the demo catalogue at one level. */
  record Entry(String sector, String stem, String nameFr, String nameAr, Level level) {}

  /** A programme of an institution with its intake of 2025-2026. */
  public record Programme(
      String code,
      String nameFr,
      String nameAr,
      String sector,
      Level level,
      int totalSeats,
      int firstYearSeats) {

    /** Soft skills: 35 % in the two sectors with the extra semester, else 30 % (the minimum). */
    public int softSkillsShare() {
      return LANGUAGE_SEMESTER_SECTORS.contains(sector) ? 35 : 30;
    }
  }

  /** A bookable space of an institution and how many bookings it receives. */
  public record Resource(
      String code, String kind, String nameFr, String nameAr, int capacity, int bookings) {}

  /** An institution: one pole of its region's tenant. */
  public record Institution(
      String city,
      int number,
      String code,
      String nameFr,
      String nameAr,
      String province,
      String mainSector,
      int seats,
      List<Programme> programmes,
      int trainers,
      int administrative,
      List<Resource> resources) {

    public int firstYearSeats() {
      return programmes.stream().mapToInt(Programme::firstYearSeats).sum();
    }

    public int bookings() {
      return resources.stream().mapToInt(Resource::bookings).sum();
    }
  }

  /**
   * The boarding house of a city's CMC: two wings (women, men) of {@code roomsPerWing} rooms of
   * four beds, and how many trainees apply for a bed.
   */
  public record Boarding(int roomsPerWing, int applications) {
    public int rooms() {
      return 2 * roomsPerWing;
    }

    public int beds() {
      return rooms() * BEDS_PER_ROOM;
    }
  }

  /**
   * One region's tenant: its institutions, the trainees the data enrols there, its CMC's boarding
   * house and its investment books.
   */
  public record City(
      String code,
      List<Institution> institutions,
      int trainees,
      Boarding boarding,
      NetworkFinance.Books finance) {
    public int seats() {
      return institutions.stream().mapToInt(Institution::seats).sum();
    }

    public int firstYearSeats() {
      return institutions.stream().mapToInt(Institution::firstYearSeats).sum();
    }

    public int programmes() {
      return institutions.stream().mapToInt(i -> i.programmes().size()).sum();
    }

    public int staff() {
      return institutions.stream().mapToInt(i -> i.trainers() + i.administrative()).sum();
    }

    public int resources() {
      return institutions.stream().mapToInt(i -> i.resources().size()).sum();
    }

    public int bookings() {
      return institutions.stream().mapToInt(Institution::bookings).sum();
    }
  }

  private final String seed;
  private final List<City> cities;

  private NetworkPlan(String seed, List<City> cities) {
    this.seed = seed;
    this.cities = cities;
  }

  public String seed() {
    return seed;
  }

  public List<City> cities() {
    return cities;
  }

  public int institutions() {
    return cities.stream().mapToInt(c -> c.institutions().size()).sum();
  }

  public int seats() {
    return cities.stream().mapToInt(City::seats).sum();
  }

  public int firstYearSeats() {
    return cities.stream().mapToInt(City::firstYearSeats).sum();
  }

  public int programmes() {
    return cities.stream().mapToInt(City::programmes).sum();
  }

  /**
   * The plan of this seed, its national totals checked.
   *
   * @throws IllegalStateException if a total is not the published one (a bug, never the seed)
   */
  public static NetworkPlan of(String seed) {
    List<Entry> catalogue = catalogue();
    List<String> codes = CityRegion.codes();
    int others = INSTITUTIONS - PUBLISHED_CITY_INSTITUTIONS;
    int otherSeats = SEATS - PUBLISHED_CITY_SEATS;
    double[] key = new double[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      key[i] = codes.get(i).equals(PUBLISHED_CITY) ? 0 : POPULATION.get(codes.get(i));
    }
    int[] institutions = apportion(others, key);
    int[] seats = apportion(otherSeats, key);
    int published = codes.indexOf(PUBLISHED_CITY);
    institutions[published] = PUBLISHED_CITY_INSTITUTIONS;
    seats[published] = PUBLISHED_CITY_SEATS;

    // Institutions and programmes, city by city; first-year seats are set nationally afterwards.
    List<List<Draft>> drafts = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) {
      drafts.add(drafts(seed, codes.get(c), institutions[c], seats[c], catalogue));
    }
    List<Draft.Line> lines = new ArrayList<>();
    drafts.forEach(city -> city.forEach(d -> lines.addAll(d.lines)));
    double[] perYear = new double[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      perYear[i] = (double) lines.get(i).totalSeats / lines.get(i).entry.level().years();
    }
    int[] firstYear = apportion(FIRST_YEAR_SEATS, perYear);
    for (int i = 0; i < lines.size(); i++) {
      if (firstYear[i] > lines.get(i).totalSeats) {
        throw new IllegalStateException(
            "first-year seats above the seats of " + lines.get(i).code + ": the level mix is off");
      }
      lines.get(i).firstYearSeats = firstYear[i];
    }

    List<List<Institution>> institutionsByCity = new ArrayList<>();
    double[] firstYearByCity = new double[codes.size()];
    for (int c = 0; c < codes.size(); c++) {
      List<Institution> list = new ArrayList<>();
      for (Draft d : drafts.get(c)) {
        list.add(d.institution());
        firstYearByCity[c] += d.lines.stream().mapToInt(l -> l.firstYearSeats).sum();
      }
      institutionsByCity.add(List.copyOf(list));
    }
    int[] trainees = apportion(TRAINEES, firstYearByCity);
    Map<String, List<String>> poles = new LinkedHashMap<>();
    for (String code : codes) {
      poles.put(code, cmcPoles(code));
    }
    List<NetworkFinance.Books> books = NetworkFinance.of(seed, codes, poles);
    List<City> cities = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) {
      cities.add(
          new City(
              codes.get(c),
              institutionsByCity.get(c),
              trainees[c],
              boarding(codes.get(c), trainees[c]),
              books.get(c)));
    }
    NetworkPlan plan = new NetworkPlan(seed, List.copyOf(cities));
    plan.check();
    return plan;
  }

  /**
   * The boarding house of a city: Tamansourt's published 448 beds; elsewhere 16 % of the city's
   * trainees in the data, rounded down to whole rooms of four in two equal wings. Applications: 20
   * % of the trainees.
   */
  static Boarding boarding(String city, int trainees) {
    Integer published = PUBLISHED_BEDS.get(city);
    int beds = published != null ? published : trainees * BOARDING_PERCENT / 100;
    return new Boarding(
        beds / (2 * BEDS_PER_ROOM), Math.round(trainees * BOARDING_DEMAND_PERCENT / 100f));
  }

  /** The sector poles of a city's CMC (its equipment is bought pole by pole). */
  static List<String> cmcPoles(String city) {
    if (city.equals(PUBLISHED_CITY)) {
      return PUBLISHED_POLES;
    }
    return SECTOR_WEIGHTS.keySet().stream()
        .filter(s -> !(INLAND.contains(city) && s.equals("maritime-fishing")))
        .sorted((a, b) -> Integer.compare(SECTOR_WEIGHTS.get(b), SECTOR_WEIGHTS.get(a)))
        .limit(POLES_PER_CMC)
        .toList();
  }

  public int trainees() {
    return cities.stream().mapToInt(City::trainees).sum();
  }

  public long budgetCentimes() {
    return cities.stream().mapToLong(c -> c.finance().budgetCentimes()).sum();
  }

  private void check() {
    require("institutions", institutions(), INSTITUTIONS);
    require("seats", seats(), SEATS);
    require("first-year seats", firstYearSeats(), FIRST_YEAR_SEATS);
    City published =
        cities.stream().filter(c -> c.code().equals(PUBLISHED_CITY)).findFirst().orElseThrow();
    require(PUBLISHED_CITY + " institutions", published.institutions().size(), 23);
    require(PUBLISHED_CITY + " seats", published.seats(), PUBLISHED_CITY_SEATS);
    require("trainees", trainees(), TRAINEES);
    if (budgetCentimes() != NetworkFinance.NATIONAL_BUDGET_MAD * 100) {
      throw new IllegalStateException("budget: " + budgetCentimes() + " centimes, not 3.6 bn MAD");
    }
    for (City city : cities) {
      for (Institution i : city.institutions()) {
        require(
            i.code() + " seats",
            i.programmes().stream().mapToInt(Programme::totalSeats).sum(),
            i.seats());
      }
    }
  }

  private static void require(String what, int actual, int expected) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": " + actual + " instead of " + expected);
    }
  }

  /** An institution being planned: its programme lines get their first-year seats later. */
  private static final class Draft {
    static final class Line {
      final String code;
      final Entry entry;
      final int totalSeats;
      int firstYearSeats;

      Line(String code, Entry entry, int totalSeats) {
        this.code = code;
        this.entry = entry;
        this.totalSeats = totalSeats;
      }

      Programme programme() {
        return new Programme(
            code,
            entry.nameFr(),
            entry.nameAr(),
            entry.sector(),
            entry.level(),
            totalSeats,
            firstYearSeats);
      }
    }

    final String city;
    final int number;
    final String province;
    final String mainSector;
    final int seats;
    final List<Line> lines = new ArrayList<>();
    int trainers;
    int administrative;
    final List<Resource> resources = new ArrayList<>();
    String nameFr;
    String nameAr;

    Draft(String city, int number, String province, String mainSector, int seats) {
      this.city = city;
      this.number = number;
      this.province = province;
      this.mainSector = mainSector;
      this.seats = seats;
    }

    Institution institution() {
      return new Institution(
          city,
          number,
          poleCode(number),
          nameFr,
          nameAr,
          province,
          mainSector,
          seats,
          lines.stream().map(Line::programme).toList(),
          trainers,
          administrative,
          List.copyOf(resources));
    }
  }

  /** The pole code of an institution: {@code ETAB-001} and on, unique in its tenant. */
  static String poleCode(int number) {
    return String.format("ETAB-%03d", number);
  }

  private static List<Draft> drafts(
      String seed, String city, int count, int seats, List<Entry> catalogue) {
    Random random = new Random(IntakeGenerator.seedOf(seed, "network", city));
    CityRegion region = CityRegion.of(city).orElseThrow();
    double[] provinceWeights =
        region.provinces().stream().mapToDouble(CityRegion.Province::weight).toArray();
    double[] sectorWeights = new double[SECTOR_WEIGHTS.size()];
    List<String> sectors = List.copyOf(SECTOR_WEIGHTS.keySet());
    for (int s = 0; s < sectors.size(); s++) {
      boolean noCoast = INLAND.contains(city) && sectors.get(s).equals("maritime-fishing");
      sectorWeights[s] = noCoast ? 0 : SECTOR_WEIGHTS.get(sectors.get(s));
    }
    double[] sizes = new double[count];
    for (int i = 0; i < count; i++) {
      sizes[i] = Math.exp(INSTITUTION_SIZE_SPREAD * random.nextGaussian());
    }
    int[] institutionSeats = apportion(seats, sizes);
    Map<String, Integer> perProvince = new LinkedHashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int number = i + 1;
      String province =
          region.provinces().get(IntakeGenerator.pick(random, provinceWeights)).name();
      String sector = sectors.get(IntakeGenerator.pick(random, sectorWeights));
      Draft d = new Draft(city, number, province, sector, institutionSeats[i]);
      int rank = perProvince.merge(province, 1, Integer::sum);
      name(d, rank);
      programmes(d, random, catalogue);
      d.trainers = Math.max(2, Math.round((float) d.seats / SEATS_PER_TRAINER));
      d.administrative = Math.max(1, Math.round((float) d.seats / SEATS_PER_ADMINISTRATIVE));
      int bookings =
          Math.max(
              2,
              Math.min(MAX_BOOKINGS_PER_RESOURCE, Math.round((float) d.seats / SEATS_PER_BOOKING)));
      String platform = PLATFORM_BY_SECTOR.get(sector);
      d.resources.add(
          new Resource(
              poleCode(number) + "-PLAT",
              platform,
              "Plateforme pédagogique " + d.nameFr,
              "المنصة البيداغوجية " + d.nameAr,
              PLATFORM_CAPACITY,
              bookings));
      Space shared = SHARED_SPACES.get(random.nextInt(SHARED_SPACES.size()));
      d.resources.add(
          new Resource(
              poleCode(number) + "-" + shared.kind().replace('_', '-'),
              shared.kind(),
              shared.nameFr() + " " + d.nameFr,
              shared.nameAr() + " " + d.nameAr,
              shared.capacity(),
              bookings));
      drafts.add(d);
    }
    return drafts;
  }

  /** ISTA, or the sector's usual institute, then the province and a rank within it. */
  private static void name(Draft d, int rank) {
    String type;
    String arabic;
    switch (d.mainSector) {
      case "tourism-hospitality" -> {
        type = "ISTAH";
        arabic = "المعهد المتخصص للتكنولوجيا التطبيقية الفندقية والسياحية";
      }
      case "building-public-works" -> {
        type = "IFMBTP";
        arabic = "معهد التكوين في مهن البناء والأشغال العمومية";
      }
      case "agri-food" -> {
        type = "ITA Agroalimentaire";
        arabic = "معهد التكنولوجيا التطبيقية للصناعات الغذائية";
      }
      default -> {
        type = "ISTA";
        arabic = "المعهد المتخصص للتكنولوجيا التطبيقية";
      }
    }
    d.nameFr = type + " " + d.province + (rank > 1 ? " " + rank : "");
    d.nameAr = arabic + " " + d.number;
  }

  /**
   * The institution's programmes: their number from its seats; each one's level drawn by the level
   * shares, then a title of that level not yet taught there, favouring the main sector; seats split
   * by a log-normal weight, at least one each.
   */
  private static void programmes(Draft d, Random random, List<Entry> catalogue) {
    int count =
        Math.max(
            MIN_PROGRAMMES,
            Math.min(MAX_PROGRAMMES, Math.round((float) d.seats / SEATS_PER_PROGRAMME)));
    Level[] levels = Level.values();
    double[] levelWeights = new double[levels.length];
    for (int l = 0; l < levels.length; l++) {
      levelWeights[l] = levels[l].share;
    }
    Set<Entry> taken = new HashSet<>();
    List<Entry> chosen = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      Level level = levels[IntakeGenerator.pick(random, levelWeights)];
      Entry entry = draw(random, catalogue, taken, d, level);
      if (entry == null) {
        entry = draw(random, catalogue, taken, d, null);
      }
      taken.add(entry);
      chosen.add(entry);
    }
    double[] weights = new double[count];
    for (int p = 0; p < count; p++) {
      weights[p] = Math.exp(PROGRAMME_SIZE_SPREAD * random.nextGaussian());
    }
    if (d.seats < count) {
      throw new IllegalStateException(poleCode(d.number) + " has fewer seats than programmes");
    }
    int[] seats = apportion(d.seats - count, weights);
    for (int p = 0; p < count; p++) {
      Entry e = chosen.get(p);
      String code = e.stem() + "-" + e.level().suffix + "-" + String.format("%03d", d.number);
      d.lines.add(new Draft.Line(code, e, seats[p] + 1));
    }
  }

  /** A title not yet taken at this level (any level when null), or null when none is left. */
  private static Entry draw(
      Random random, List<Entry> catalogue, Set<Entry> taken, Draft d, Level level) {
    boolean inland = INLAND.contains(d.city);
    List<Entry> candidates = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Entry e : catalogue) {
      boolean noCoast = inland && e.sector().equals("maritime-fishing");
      if (!taken.contains(e) && !noCoast && (level == null || e.level() == level)) {
        candidates.add(e);
        weights.add(
            (e.sector().equals(d.mainSector) ? MAIN_SECTOR_AFFINITY : 1.0)
                * SECTOR_WEIGHTS.get(e.sector()));
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    return candidates.get(
        IntakeGenerator.pick(random, weights.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /**
   * Splits {@code total} in proportion to the weights by the largest remainder: floors first, then
   * one more to the largest remainders (ties to the earlier); the parts sum to {@code total}.
   */
  static int[] apportion(int total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("the weights must not all be zero");
    }
    int[] parts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
    for (int k = 0; given < total; k++) {
      parts[order[k % order.length]]++;
      given++;
    }
    return parts;
  }

  /** As {@link #apportion(int, double[])}, for totals beyond an int (centimes). */
  static long[] apportionLong(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("the weights must not all be zero");
    }
    long[] parts = new long[weights.length];
    double[] remainders = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      // Exact enough: totals stay below 2^53 centimes.
      double exact = total * (weights[i] / sum);
      parts[i] = (long) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
    for (int k = 0; given < total; k++) {
      parts[order[k % order.length]]++;
      given++;
    }
    // Floating error could give one too many: take it back from the largest part.
    while (given > total) {
      int largest = 0;
      for (int i = 1; i < parts.length; i++) {
        largest = parts[i] > parts[largest] ? i : largest;
      }
      parts[largest]--;
      given--;
    }
    return parts;
  }

  /** The demo catalogue (offer-demo/programmes.tsv of the training offer), one entry per level. */
  static List<Entry> catalogue() {
    String name = "offer-demo/programmes.tsv";
    InputStream in = NetworkPlan.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path (the training-offer jar)");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        for (String level : cells[4].split(",")) {
          entries.add(
              new Entry(cells[0], cells[1], cells[2], cells[3], Level.valueOf(level.strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return List.copyOf(entries);
  }

  private static Map<String, Integer> weights(String text) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String item : text.split(",")) {
      String[] parts = item.strip().split(" ");
      map.put(parts[0], Integer.parseInt(parts[1]));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static Map<String, Integer> population() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("tanger-tetouan-al-hoceima", 4_030_222);
    map.put("oriental", 2_294_665);
    map.put("fes-meknes", 4_467_911);
    map.put("rabat-sale-kenitra", 5_132_639);
    map.put("beni-mellal-khenifra", 2_525_801);
    map.put("casablanca-settat", 7_688_967);
    map.put("marrakech-safi", 4_892_393);
    map.put("draa-tafilalet", 1_655_623);
    map.put("souss-massa", 3_020_431);
    map.put("guelmim-oued-noun", 448_685);
    map.put("laayoune-sakia-el-hamra", 451_028);
    map.put("dakhla-oued-ed-dahab", 219_965);
    return java.util.Collections.unmodifiableMap(map);
  }
}
