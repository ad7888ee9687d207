package ma.ofppt.cmc.launcher.intake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import ma.ofppt.cmc.launcher.intake.MoroccanNames.Name;

/**
 * Writes a realistic, seeded intake file for one city: the applications an online-registration
 * platform would export for the city's programmes of one academic year, in the CSV format the
 * platform imports ({@code POST /api/v1/imports}): UTF-8, {@code ;}-separated, French headers
 * ({@link #HEADER}), one applicant per row. Rows are written one by one to the stream; the file is
 * never held in memory. The same city, year, programmes and seed give the same bytes.
 *
 * <p>How the numbers arise (see also docs/demo-data.md, "Demo intakes"):
 *
 * <ul>
 *   <li><b>Demand</b>: the file holds exactly {@code round(3.82 × first-year seats)} wishes, the
 *       national demand rate of the 2025–2026 intake ({@link #DEMAND_RATE}); rows are written until
 *       that many wishes are placed.
 *   <li><b>First choices</b>: the specialized-technician level is the most demanded: its programmes
 *       receive {@value #SPECIALIZED_TECHNICIAN_FIRST_CHOICES_PER_SEAT} first choices per
 *       first-year seat on average ("more than 6 applications per seat" at that level). The other
 *       levels share the remaining first choices, at least {@value #OTHER_FIRST_CHOICES_PER_SEAT}
 *       per seat. Within a level, a programme's share is its seats times a popularity drawn once
 *       per programme from a log-normal law (σ = 0.8), so a few programmes are much more demanded
 *       than the rest.
 *   <li><b>Wishes per applicant</b>: 1 to 5, usually 15/40/30/10/5 %. Each applicant has exactly
 *       one first choice, so the number of applicants is set by the first choices the levels need,
 *       and the wish counts are tilted (exponentially) to the mean that gives the demand rate: with
 *       the demo offer, about 2 wishes each, mostly 2 (see the docs for the arithmetic). Wishes are
 *       distinct; later wishes favour the first choice's level (weight 3 against 1) and the
 *       programmes' seats and popularity.
 *   <li><b>Eligibility</b>: the applicant is drawn for the first choice: an education level that
 *       reaches its minimum, an age (on 31 December of the intake's first year, as the platform
 *       measures it) within its target ages. Later wishes are drawn among the programmes the
 *       applicant is eligible for. On purpose, about 3 % of wishes are not: 3 % of applicants are 1
 *       to 5 years too old for their diploma programme (and choose their other wishes freely), and
 *       4 % of the others' later wishes aim above their schooling or age where such a programme
 *       exists. Ineligible wishes are still valid rows: the platform imports them and marks the
 *       wish ineligible.
 *   <li><b>Applicants</b>: a national id unique in the file, a CIN (two letters, six digits, e.g.
 *       {@code JB123456}) from 18 years of age, else a Massar code (a letter, nine digits, e.g.
 *       {@code J130012345}); its first letter is the city's own, so two cities never share an id,
 *       and the number behind it is a seeded permutation of the row's index offset by the year, so
 *       two intakes of one city with one seed never share one either. First and family names from
 *       common Moroccan names, in French and Arabic pairs; 46 % women; a birth date; a province of
 *       the city's region; remote area 15 %; disability 2 %; a mobile phone (06 or 07); an e-mail
 *       address at {@code example.ma} for 60 % of them, so that no real mailbox is ever written to.
 *   <li><b>Scores</b>: a grade average ~ N(12.5, 2.5) clamped to 0–20, two decimals, written with a
 *       decimal comma as French exports do; a written-test score ~ N(11, 3) for applicants with a
 *       specialized-technician wish (the file has one test column, so the score is the applicant's
 *       and feeds each of their wishes; programmes that do not rank by a test ignore it); no
 *       interview score.
 * </ul>
 */
public final class IntakeGenerator {
  /** Wishes per first-year seat: OFPPT's national demand rate of 382 % in 2025–2026. */
  public static final double DEMAND_RATE = 3.82;

  /** First choices per first-year seat aimed at for the specialized-technician level. */
  public static final double SPECIALIZED_TECHNICIAN_FIRST_CHOICES_PER_SEAT = 6.5;

  /** The fewest first choices per first-year seat the other levels receive together. */
  public static final double OTHER_FIRST_CHOICES_PER_SEAT = 0.3;

  /** The platform's name of the specialized-technician level. */
  public static final String SPECIALIZED_TECHNICIAN = "SPECIALIZED_TECHNICIAN";

  /** The most wishes a row carries, as the platform accepts. */
  public static final int MAX_WISHES = 5;

  /** The columns of the file, as a French online-registration export labels them. */
  public static final List<String> HEADER =
      List.of(
          "CIN",
          "Nom",
          "Prénom",
          "الاسم العائلي",
          "الاسم الشخصي",
          "Date de naissance",
          "Sexe",
          "Province",
          "Zone enclavée",
          "Handicap",
          "Niveau scolaire",
          "Téléphone",
          "Email",
          "Année scolaire",
          "Moyenne",
          "Note test",
          "Note entretien",
          "Vœu 1",
          "Vœu 2",
          "Vœu 3",
          "Vœu 4",
          "Vœu 5");

  static final double POPULARITY_SPREAD = 0.8;
  static final int SAME_LEVEL_AFFINITY = 3;
  static final double TOO_OLD_SHARE = 0.03;
  static final double OUT_OF_REACH_SHARE = 0.04;
  static final double FEMALE_SHARE = 0.46;
  static final double REMOTE_AREA_SHARE = 0.15;
  static final double DISABILITY_SHARE = 0.02;
  static final double EMAIL_SHARE = 0.6;

  /** Share of applicants with 1, 2, 3, 4 and 5 wishes when demand does not say otherwise. */
  static final double[] USUAL_WISH_COUNTS = {0.15, 0.40, 0.30, 0.10, 0.05};

  /**
   * Applicants per city and year at most: the id blocks of two years must not overlap. The
   * whole-network scenario puts 100,122 applicants in Casablanca-Settat (seed network); 101 years
   * (2000 to 2100) of 250,000 still fit in the 26 million CIN numbers of one letter.
   */
  static final int MAX_APPLICANTS = 250_000;

  private static final int ADULT_AGE = 18;
  private static final long CIN_NUMBERS = 26L * 1_000_000L;
  private static final long MASSAR_NUMBERS = 1_000_000_000L;
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final Pattern NOT_ASCII_LETTER = Pattern.compile("[^a-z]");

  /**
   * Education of an applicant drawn for a programme, by the programme's minimum: the shares of
   * NONE, PRIMARY, MIDDLE_SCHOOL, SECONDARY, BACCALAUREATE and HIGHER.
   */
  private static final double[][] EDUCATION_BY_MINIMUM = {
    {0.06, 0.24, 0.35, 0.22, 0.13, 0.00},
    {0.00, 0.75, 0.25, 0.00, 0.00, 0.00},
    {0.00, 0.00, 0.62, 0.30, 0.08, 0.00},
    {0.00, 0.00, 0.00, 0.55, 0.40, 0.05},
    {0.00, 0.00, 0.00, 0.00, 0.85, 0.15},
    {0.00, 0.00, 0.00, 0.00, 0.00, 1.00},
  };

  /** Usual age at each education level, and how far above it ages spread. */
  private static final int[] USUAL_AGE = {16, 14, 15, 16, 18, 20};

  private static final double[] AGE_SPREAD = {6, 1.5, 2, 2, 2.5, 3};

  /** A programme of the city's offer for the intake, as the training offer's API describes it. */
  public record Programme(
      String code,
      String level,
      int firstYearSeats,
      int targetAgeMin,
      int targetAgeMax,
      Education minimumEducation) {
    public Programme {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(minimumEducation, "minimumEducation");
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("not a programme code: " + code);
      }
      if (firstYearSeats < 0 || targetAgeMin < 0 || targetAgeMax < targetAgeMin) {
        throw new IllegalArgumentException(
            code + ": seats " + firstYearSeats + ", ages " + targetAgeMin + "–" + targetAgeMax);
      }
    }

    boolean isSpecializedTechnician() {
      return SPECIALIZED_TECHNICIAN.equals(level);
    }

    /** The platform's rule (EligibilityPolicy): age on the reference day, then education. */
    boolean admits(int age, Education education) {
      return age >= targetAgeMin && age <= targetAgeMax && education.reaches(minimumEducation);
    }
  }

  /**
   * What a file holds, counted while it was written.
   *
   * @param firstYearSeats the seats of the programmes the file asks for
   * @param wishes the wishes of all rows (the platform's {@code applications})
   * @param ineligibleWishes wishes the applicant is not eligible for (age or education)
   * @param seatsByLevel first-year seats per level
   * @param firstChoicesByLevel first wishes per level of the programme they name
   */
  public record Summary(
      String city,
      String academicYear,
      int firstYearSeats,
      int applicants,
      int wishes,
      int ineligibleWishes,
      SortedMap<String, Integer> seatsByLevel,
      SortedMap<String, Integer> firstChoicesByLevel) {

    /** Wishes per 100 first-year seats, as the platform's {@code demandRate}. */
    public double demandRate() {
      return firstYearSeats == 0 ? 0 : 100.0 * wishes / firstYearSeats;
    }

    /**
     * First choices per first-year seat of a level, as the platform's {@code applicantsPerSeat}.
     */
    public double applicantsPerSeat(String level) {
      int seats = seatsByLevel.getOrDefault(level, 0);
      return seats == 0 ? 0 : (double) firstChoicesByLevel.getOrDefault(level, 0) / seats;
    }
  }

  private final String city;
  private final CityRegion region;
  private final String academicYear;
  private final int firstYear;
  private final LocalDate ageDay;
  private final List<Programme> programmes;
  private final String seed;
  private final double demandScale;

  /**
   * @param city one of {@link #cities()}
   * @param academicYear such as {@code 2025-2026}
   * @param programmes the city's programmes for that year; those without first-year seats are left
   *     out, the order does not matter
   * @param seed any text; the same seed gives the same file
   */
  public IntakeGenerator(
      String city, String academicYear, Collection<Programme> programmes, String seed) {
    this(city, academicYear, programmes, seed, 1);
  }

  /**
   * As {@link #IntakeGenerator(String, String, Collection, String)}, with the demand multiplied by
   * {@code demandScale}: 1 is the published demand, 10 ten times as many applicants (for measuring
   * imports of large files; the shape of the file stays the same).
   */
  public IntakeGenerator(
      String city,
      String academicYear,
      Collection<Programme> programmes,
      String seed,
      double demandScale) {
    if (!(demandScale > 0 && demandScale <= 100)) {
      throw new IllegalArgumentException("the demand scale must be above 0 and at most 100");
    }
    this.demandScale = demandScale;
    this.city = Objects.requireNonNull(city, "city");
    this.region =
        CityRegion.of(city)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown city '" + city + "'; one of " + CityRegion.codes()));
    var year = YEAR.matcher(Objects.requireNonNull(academicYear, "academicYear"));
    if (!year.matches()
        || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1
        || Integer.parseInt(year.group(1)) < 2000
        || Integer.parseInt(year.group(1)) > 2100) {
      throw new IllegalArgumentException("not an academic year such as 2025-2026: " + academicYear);
    }
    this.academicYear = academicYear;
    this.firstYear = Integer.parseInt(year.group(1));
    this.ageDay = LocalDate.of(firstYear, 12, 31);
    this.programmes =
        programmes.stream()
            .filter(p -> p.firstYearSeats() > 0)
            .sorted(Comparator.comparing(Programme::code))
            .toList();
    if (this.programmes.isEmpty()) {
      throw new IllegalArgumentException(
          city + " has no programme with first-year seats in " + academicYear);
    }
    Set<String> codes = new HashSet<>();
    for (Programme p : this.programmes) {
      if (!codes.add(p.code())) {
        throw new IllegalArgumentException("programme " + p.code() + " is given twice");
      }
    }
    this.seed = Objects.requireNonNull(seed, "seed");
  }

  /** The codes of the 12 cities a file can be written for. */
  public static List<String> cities() {
    return CityRegion.codes();
  }

  /**
   * Writes the file, header first, one row per applicant, and flushes; the stream stays open.
   *
   * @return what the file holds
   */
  public Summary write(OutputStream out) throws IOException {
    Plan plan = plan();
    Random random = new Random(seedOf(seed, city, academicYear));
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writeRow(writer, HEADER);

    SortedMap<String, Integer> seatsByLevel = new TreeMap<>();
    SortedMap<String, Integer> firstChoicesByLevel = new TreeMap<>();
    for (Programme p : programmes) {
      seatsByLevel.merge(p.level(), p.firstYearSeats(), Integer::sum);
      firstChoicesByLevel.putIfAbsent(p.level(), 0);
    }
    int applicants = 0;
    int wishes = 0;
    int ineligible = 0;
    List<String> cells = new ArrayList<>(HEADER.size());
    while (wishes < plan.wishes()) {
      if (applicants == MAX_APPLICANTS) {
        throw new IllegalStateException(
            "more than " + MAX_APPLICANTS + " applicants in one intake of " + city);
      }
      Applicant applicant =
          applicant(random, plan, applicants, Math.min(plan.wishes() - wishes, MAX_WISHES));
      cells.clear();
      applicant.cells(cells, academicYear);
      writeRow(writer, cells);
      applicants++;
      wishes += applicant.wishes().size();
      firstChoicesByLevel.merge(applicant.wishes().get(0).level(), 1, Integer::sum);
      for (Programme wish : applicant.wishes()) {
        if (!wish.admits(applicant.age(), applicant.education())) {
          ineligible++;
        }
      }
    }
    writer.flush();
    return new Summary(
        city,
        academicYear,
        plan.seats(),
        applicants,
        wishes,
        ineligible,
        Collections.unmodifiableSortedMap(seatsByLevel),
        Collections.unmodifiableSortedMap(firstChoicesByLevel));
  }

  /**
   * The numbers decided before the first row: wishes in all, how first choices split between the
   * specialized-technician level and the others, and the wish counts that make the two agree.
   */
  record Plan(
      int seats,
      int wishes,
      double[] firstChoiceWeights,
      double[] popularity,
      double[] wishCountShares) {}

  Plan plan() {
    int seats = 0;
    int stSeats = 0;
    double[] popularity = new double[programmes.size()];
    double stWeight = 0;
    double otherWeight = 0;
    for (int i = 0; i < programmes.size(); i++) {
      Programme p = programmes.get(i);
      seats += p.firstYearSeats();
      popularity[i] =
          Math.exp(
              POPULARITY_SPREAD
                  * new Random(seedOf(seed, city, academicYear, p.code())).nextGaussian());
      double weight = p.firstYearSeats() * popularity[i];
      if (p.isSpecializedTechnician()) {
        stSeats += p.firstYearSeats();
        stWeight += weight;
      } else {
        otherWeight += weight;
      }
    }
    int wishes = (int) Math.round(DEMAND_RATE * demandScale * seats);
    double stFirstChoices = SPECIALIZED_TECHNICIAN_FIRST_CHOICES_PER_SEAT * demandScale * stSeats;
    double otherFirstChoices = OTHER_FIRST_CHOICES_PER_SEAT * demandScale * (seats - stSeats);
    double applicants =
        Math.min(
            wishes, Math.max(wishes / mean(USUAL_WISH_COUNTS), stFirstChoices + otherFirstChoices));
    double stShare;
    if (stSeats == 0) {
      stShare = 0;
    } else if (stSeats == seats) {
      stShare = 1;
    } else {
      stShare = Math.max(0, Math.min(stFirstChoices, applicants - otherFirstChoices)) / applicants;
    }
    double[] firstChoiceWeights = new double[programmes.size()];
    for (int i = 0; i < programmes.size(); i++) {
      Programme p = programmes.get(i);
      double weight = p.firstYearSeats() * popularity[i];
      firstChoiceWeights[i] =
          p.isSpecializedTechnician()
              ? stShare * weight / stWeight
              : (1 - stShare) * weight / otherWeight;
    }
    return new Plan(
        seats,
        wishes,
        firstChoiceWeights,
        popularity,
        tilted(USUAL_WISH_COUNTS, wishes / applicants));
  }

  /** One row: who applies, and their wishes in order of preference. */
  private record Applicant(
      String nationalId,
      Name first,
      Name last,
      LocalDate birthDate,
      int age,
      boolean female,
      String province,
      boolean remoteArea,
      boolean disability,
      Education education,
      String phone,
      String email,
      int gradeCents,
      Integer testCents,
      List<Programme> wishes) {

    void cells(List<String> cells, String academicYear) {
      cells.add(nationalId);
      cells.add(last.french());
      cells.add(first.french());
      cells.add(last.arabic());
      cells.add(first.arabic());
      cells.add(
          pad(birthDate.getDayOfMonth(), 2)
              + "/"
              + pad(birthDate.getMonthValue(), 2)
              + "/"
              + birthDate.getYear());
      cells.add(female ? "F" : "M");
      cells.add(province);
      cells.add(remoteArea ? "oui" : "non");
      cells.add(disability ? "oui" : "non");
      cells.add(education.french());
      cells.add(phone);
      cells.add(email);
      cells.add(academicYear);
      cells.add(decimalComma(gradeCents));
      cells.add(testCents == null ? "" : decimalComma(testCents));
      cells.add("");
      for (int i = 0; i < MAX_WISHES; i++) {
        cells.add(i < wishes.size() ? wishes.get(i).code() : "");
      }
    }
  }

  private Applicant applicant(Random random, Plan plan, int index, int wishLimit) {
    Programme first = programmes.get(pick(random, plan.firstChoiceWeights()));
    int wishCount = Math.min(wishLimit, 1 + pick(random, plan.wishCountShares()));
    Education education =
        Education.values()[pick(random, EDUCATION_BY_MINIMUM[first.minimumEducation().ordinal()])];
    // Too old on purpose only where the age limit is a diploma's, well below the platform's 70.
    boolean tooOld = random.nextDouble() < TOO_OLD_SHARE && first.targetAgeMax() <= 40;
    int age;
    if (tooOld) {
      age = first.targetAgeMax() + 1 + random.nextInt(5);
    } else {
      int usual =
          USUAL_AGE[education.ordinal()]
              + (int) Math.abs(random.nextGaussian() * AGE_SPREAD[education.ordinal()]);
      age = Math.max(first.targetAgeMin(), Math.min(first.targetAgeMax(), usual));
    }
    LocalDate birthDate = birthDate(random, age);

    List<Programme> wishes = new ArrayList<>(wishCount);
    wishes.add(first);
    while (wishes.size() < wishCount) {
      // Whoever is too old does not know it and chooses freely; others keep within reach, but
      // now and then aim above their schooling or age.
      Reach reach =
          tooOld
              ? Reach.ANY
              : random.nextDouble() < OUT_OF_REACH_SHARE ? Reach.OUT_OF_REACH : Reach.WITHIN_REACH;
      double[] weights = wishWeights(plan, wishes, age, education, reach);
      if (reach == Reach.OUT_OF_REACH && sum(weights) == 0) {
        weights = wishWeights(plan, wishes, age, education, Reach.WITHIN_REACH);
      }
      if (sum(weights) == 0) {
        break;
      }
      wishes.add(programmes.get(pick(random, weights)));
    }

    boolean female = random.nextDouble() < FEMALE_SHARE;
    Name firstName = element(random, female ? MoroccanNames.FEMALE : MoroccanNames.MALE);
    Name lastName = element(random, MoroccanNames.FAMILY);
    String province =
        region
            .provinces()
            .get(
                pick(
                    random,
                    region.provinces().stream().mapToDouble(CityRegion.Province::weight).toArray()))
            .name();
    boolean remoteArea = random.nextDouble() < REMOTE_AREA_SHARE;
    boolean disability = random.nextDouble() < DISABILITY_SHARE;
    String phone =
        "0" + (random.nextDouble() < 0.55 ? "6" : "7") + pad(random.nextInt(100_000_000), 8);
    String email =
        random.nextDouble() < EMAIL_SHARE
            ? ascii(firstName.french())
                + "."
                + ascii(lastName.french())
                + (10 + random.nextInt(90))
                + "@example.ma"
            : "";
    int grade = cents(random, 12.5, 2.5);
    Integer test =
        wishes.stream().anyMatch(Programme::isSpecializedTechnician)
            ? Integer.valueOf(cents(random, 11, 3))
            : null;
    return new Applicant(
        nationalId(index, age),
        firstName,
        lastName,
        birthDate,
        age,
        female,
        province,
        remoteArea,
        disability,
        education,
        phone,
        email,
        grade,
        test,
        List.copyOf(wishes));
  }

  /** Which programmes a later wish is drawn from. */
  private enum Reach {
    WITHIN_REACH,
    OUT_OF_REACH,
    ANY
  }

  /**
   * The weight of each programme for the next wish: its seats times its popularity, more for the
   * first choice's level; zero for a programme already chosen or outside the reach asked for.
   */
  private double[] wishWeights(
      Plan plan, List<Programme> chosen, int age, Education education, Reach reach) {
    String level = chosen.get(0).level();
    double[] weights = new double[programmes.size()];
    for (int i = 0; i < programmes.size(); i++) {
      Programme p = programmes.get(i);
      boolean open =
          switch (reach) {
            case WITHIN_REACH -> p.admits(age, education);
            case OUT_OF_REACH -> !p.admits(age, education);
            case ANY -> true;
          };
      weights[i] =
          open && !chosen.contains(p)
              ? p.firstYearSeats()
                  * plan.popularity()[i]
                  * (p.level().equals(level) ? SAME_LEVEL_AFFINITY : 1)
              : 0;
    }
    return weights;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /** A day on which the applicant is exactly {@code age} on the reference day (31 December). */
  private LocalDate birthDate(Random random, int age) {
    LocalDate latest = ageDay.minusYears(age);
    LocalDate earliest = ageDay.minusYears(age + 1L).plusDays(1);
    LocalDate day =
        earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, latest) + 1));
    if (Period.between(day, ageDay).getYears() != age) {
      throw new IllegalStateException("birth date " + day + " does not give age " + age);
    }
    return day;
  }

  /**
   * The row's national id: the city's letter, then a number that a seeded permutation draws from
   * the row's index, offset by the year so that two intakes never share one. A CIN for adults
   * (second letter and six digits), a Massar code for minors (nine digits).
   */
  private String nationalId(int index, int age) {
    long position = (long) (firstYear - 2000) * MAX_APPLICANTS + index;
    if (age < ADULT_AGE) {
      long number = permute(position, MASSAR_NUMBERS, "massar");
      return region.idLetter() + pad(number, 9);
    }
    long number = permute(position, CIN_NUMBERS, "cin");
    return "" + region.idLetter() + (char) ('A' + number / 1_000_000) + pad(number % 1_000_000, 6);
  }

  /** {@code (a × position + b) mod size}, with {@code a} prime to {@code size}: a bijection. */
  private long permute(long position, long size, String purpose) {
    long key = seedOf(seed, city, purpose);
    long a = Math.floorMod(key, size - 1) + 1;
    while (gcd(a, size) != 1) {
      a = a % (size - 1) + 1;
    }
    long b = Math.floorMod(key >>> 17, size);
    // a is below 2^30 and position below 2^25: the product fits in a long.
    return Math.floorMod(a * position + b, size);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static int cents(Random random, double mean, double deviation) {
    double value = mean + deviation * random.nextGaussian();
    return (int) Math.round(Math.max(0, Math.min(20, value)) * 100);
  }

  private static String decimalComma(int cents) {
    return cents / 100 + "," + pad(cents % 100, 2);
  }

  private static String ascii(String name) {
    String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return NOT_ASCII_LETTER.matcher(plain).replaceAll("");
  }

  private static String pad(long number, int width) {
    String digits = Long.toString(number);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static <T> T element(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** An index drawn in proportion to the weights (which must not all be zero). */
  public static int pick(Random random, double[] weights) {
    double r = random.nextDouble() * sum(weights);
    int last = -1;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        last = i;
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
    }
    return last;
  }

  private static double mean(double[] shares) {
    double mean = 0;
    for (int i = 0; i < shares.length; i++) {
      mean += (i + 1) * shares[i];
    }
    return mean;
  }

  /**
   * The shares {@code base[k] × θ^k}, normalised, with θ chosen so that their mean is {@code
   * target} (clamped to 1–{@code base.length}): the usual shape, shifted towards fewer or more.
   */
  static double[] tilted(double[] base, double target) {
    double goal = Math.max(1, Math.min(base.length, target));
    double low = -20;
    double high = 20;
    double[] shares = base.clone();
    for (int step = 0; step < 200; step++) {
      double t = (low + high) / 2;
      double sum = 0;
      for (int k = 0; k < base.length; k++) {
        shares[k] = base[k] * Math.exp(t * k);
        sum += shares[k];
      }
      for (int k = 0; k < base.length; k++) {
        shares[k] /= sum;
      }
      if (mean(shares) < goal) {
        low = t;
      } else {
        high = t;
      }
    }
    return shares;
  }

  /** A 64-bit seed from texts, through SHA-256: stable across JVMs and platforms. */
  public static long seedOf(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return ByteBuffer.wrap(sha.digest()).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Cells joined by {@code ;}, quoted where a cell holds a separator, a quote or a line break. */
  private static void writeRow(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(';');
      }
      String cell = cells.get(i);
      if (cell.indexOf(';') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        writer.write('"');
        writer.write(cell.replace("\"", "\"\""));
        writer.write('"');
      } else {
        writer.write(cell);
      }
    }
    writer.write("\r\n");
  }
}
