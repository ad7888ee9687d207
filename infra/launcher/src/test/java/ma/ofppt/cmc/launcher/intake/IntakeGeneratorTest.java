package ma.ofppt.cmc.launcher.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator.Programme;
import org.junit.jupiter.api.Test;

/**
 * The intake files, read back cell by cell: byte-identical for one seed, national ids never shared
 * between cities or years, the demand and first-choice figures the generator promises, and rows
 * that hold what the platform's import expects.
 */
class IntakeGeneratorTest {
  private static final String YEAR = "2025-2026";
  private static final String DAKHLA = "dakhla-oued-ed-dahab";
  private static final LocalDate AGE_DAY = LocalDate.of(2025, 12, 31);

  /** Dakhla's demo offer of 2025-2026 as OfferDemoData builds it: code, level, first-year seats. */
  private static final String DAKHLA_OFFER =
      """
      GESENT-TS SPECIALIZED_TECHNICIAN 26
      DEVDIG-TS SPECIALIZED_TECHNICIAN 26
      CUIS-Q QUALIFIED_WORKER 43
      INFPOL-TS SPECIALIZED_TECHNICIAN 26
      PATPEC-T TECHNICIAN 22
      IAA-TS SPECIALIZED_TECHNICIAN 26
      COMPTA-T TECHNICIAN 22
      INFDIG-TS SPECIALIZED_TECHNICIAN 26
      CUIS-T TECHNICIAN 22
      INFAUX-T TECHNICIAN 22
      MECPEC-Q QUALIFIED_WORKER 43
      QUALAA-TS SPECIALIZED_TECHNICIAN 26
      COMPTA-FQ QUALIFYING 26
      INTART-TS SPECIALIZED_TECHNICIAN 26
      CUIS-PC MIDDLE_SCHOOL_PATH 12
      AIDSOI-Q QUALIFIED_WORKER 43
      MECPEC-T TECHNICIAN 22
      BOULAN-Q QUALIFIED_WORKER 43
      TECVEN-T TECHNICIAN 22
      INTART-FQ QUALIFYING 26
      PATIS-Q QUALIFIED_WORKER 43
      AIDSOI-FQ QUALIFYING 26
      TRPMER-Q QUALIFIED_WORKER 43
      BOULAN-FQ QUALIFYING 26
      TECVEN-BP PROFESSIONAL_BAC 12
      CYBSEC-TS SPECIALIZED_TECHNICIAN 26
      PATIS-FQ QUALIFYING 26
      LABANA-TS SPECIALIZED_TECHNICIAN 26
      TRPMER-T TECHNICIAN 22
      CONLIG-T TECHNICIAN 22
      COMINT-TS SPECIALIZED_TECHNICIAN 26
      CYBSEC-FQ QUALIFYING 26
      SERRES-Q QUALIFIED_WORKER 43
      PREPHA-T TECHNICIAN 22
      MATPEC-FQ QUALIFYING 26
      TECAGR-T TECHNICIAN 22
      """;

  private static final Pattern CIN = Pattern.compile("[A-Z]{2}\\d{6}");
  private static final Pattern MASSAR = Pattern.compile("[A-Z]\\d{9}");
  private static final Pattern DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern PHONE = Pattern.compile("0[67]\\d{8}");
  private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+\\d{2}@example\\.ma");
  private static final Pattern SCORE = Pattern.compile("(\\d{1,2}),(\\d{2})");
  private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin} '-]*");
  private static final Pattern ARABIC_NAME = Pattern.compile("[\\p{IsArabic}][\\p{IsArabic} ]*");

  /** The demo defaults: diploma levels take 15–30, others 14–65, each its usual entry level. */
  static List<Programme> offer(String text) {
    Map<String, Education> entry =
        Map.of(
            "QUALIFIED_WORKER", Education.MIDDLE_SCHOOL,
            "TECHNICIAN", Education.SECONDARY,
            "SPECIALIZED_TECHNICIAN", Education.BACCALAUREATE,
            "QUALIFYING", Education.NONE,
            "PROFESSIONAL_BAC", Education.MIDDLE_SCHOOL,
            "MIDDLE_SCHOOL_PATH", Education.PRIMARY);
    Set<String> diploma = Set.of("QUALIFIED_WORKER", "TECHNICIAN", "SPECIALIZED_TECHNICIAN");
    List<Programme> programmes = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      String[] cell = line.strip().split(" ");
      boolean isDiploma = diploma.contains(cell[1]);
      programmes.add(
          new Programme(
              cell[0],
              cell[1],
              Integer.parseInt(cell[2]),
              isDiploma ? 15 : 14,
              isDiploma ? 30 : 65,
              entry.get(cell[1])));
    }
    return programmes;
  }

  private static byte[] file(String city, String year, List<Programme> offer, String seed)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IntakeGenerator(city, year, offer, seed).write(out);
    return out.toByteArray();
  }

  /** The data rows, split into cells; the header is checked on the way. */
  private static List<String[]> rows(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    assertFalse(text.contains("\""), "no cell needs quoting");
    String[] lines = text.split("\r\n", -1);
    assertEquals("", lines[lines.length - 1], "every line ends with CRLF");
    assertEquals(String.join(";", IntakeGenerator.HEADER), lines[0]);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] cells = lines[i].split(";", -1);
      assertEquals(IntakeGenerator.HEADER.size(), cells.length, lines[i]);
      rows.add(cells);
    }
    return rows;
  }

  private static List<String> wishes(String[] row) {
    List<String> wishes = new ArrayList<>();
    for (int i = 17; i < 22; i++) {
      if (!row[i].isEmpty()) {
        wishes.add(row[i]);
      }
    }
    return wishes;
  }

  @Test
  void theSameSeedAndOfferGiveTheSameBytesWhateverTheOrderOfTheProgrammes() throws IOException {
    List<Programme> offer = offer(DAKHLA_OFFER);
    byte[] first = file(DAKHLA, YEAR, offer, "demo");
    List<Programme> shuffled = new ArrayList<>(offer);
    Collections.reverse(shuffled);
    assertArrayEquals(first, file(DAKHLA, YEAR, shuffled, "demo"));
    assertFalse(
        java.util.Arrays.equals(first, file(DAKHLA, YEAR, offer, "another seed")),
        "another seed, another file");
  }

  @Test
  void twoCitiesOrTwoYearsNeverShareANationalId() throws IOException {
    List<Programme> offer = offer(DAKHLA_OFFER);
    Set<String> dakhla = nationalIds(file(DAKHLA, YEAR, offer, "demo"));
    Set<String> guelmim = nationalIds(file("guelmim-oued-noun", YEAR, offer, "demo"));
    Set<String> nextYear = nationalIds(file(DAKHLA, "2026-2027", offer, "demo"));
    assertTrue(Collections.disjoint(dakhla, guelmim));
    assertTrue(Collections.disjoint(dakhla, nextYear));
    assertTrue(dakhla.stream().allMatch(id -> id.startsWith("V")), "Dakhla's own letter");
  }

  private static Set<String> nationalIds(byte[] file) {
    Set<String> ids = new HashSet<>();
    List<String[]> rows = rows(file);
    for (String[] row : rows) {
      assertTrue(ids.add(row[0]), "unique within the file: " + row[0]);
    }
    return ids;
  }

  @Test
  void demandIsTheNationalRateAndSpecializedTechniciansGetMoreThanSixFirstChoicesPerSeat()
      throws IOException {
    List<Programme> offer = offer(DAKHLA_OFFER);
    Map<String, Programme> byCode = new HashMap<>();
    offer.forEach(p -> byCode.put(p.code(), p));
    int seats = offer.stream().mapToInt(Programme::firstYearSeats).sum();
    int stSeats =
        offer.stream()
            .filter(p -> p.level().equals(IntakeGenerator.SPECIALIZED_TECHNICIAN))
            .mapToInt(Programme::firstYearSeats)
            .sum();
    assertEquals(987, seats, "the sample is Dakhla's offer");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IntakeGenerator.Summary summary = new IntakeGenerator(DAKHLA, YEAR, offer, "demo").write(out);
    List<String[]> rows = rows(out.toByteArray());

    int wishes = 0;
    int stFirstChoices = 0;
    int[] wishCounts = new int[6];
    Map<String, Integer> demand = new HashMap<>();
    for (String[] row : rows) {
      List<String> list = wishes(row);
      wishes += list.size();
      wishCounts[list.size()]++;
      if (byCode.get(list.get(0)).level().equals(IntakeGenerator.SPECIALIZED_TECHNICIAN)) {
        stFirstChoices++;
      }
      list.forEach(code -> demand.merge(code, 1, Integer::sum));
    }
    double rate = (double) wishes / seats;
    assertTrue(Math.abs(rate - IntakeGenerator.DEMAND_RATE) < 0.02 * 3.82, "demand " + rate);
    double stPerSeat = (double) stFirstChoices / stSeats;
    assertTrue(stPerSeat >= 6, "specialized-technician first choices per seat: " + stPerSeat);

    assertEquals(0, wishCounts[0]);
    assertTrue(
        wishCounts[2] + wishCounts[3] > rows.size() / 2,
        "mostly 2 or 3 wishes: " + java.util.Arrays.toString(wishCounts));
    assertTrue(wishCounts[1] > 0 && wishCounts[4] > 0 && wishCounts[5] > 0);

    // Popularity is skewed: the most demanded programmes are far above the median one.
    List<Double> perSeat = new ArrayList<>();
    for (Programme p : offer) {
      perSeat.add((double) demand.getOrDefault(p.code(), 0) / p.firstYearSeats());
    }
    Collections.sort(perSeat);
    double median = perSeat.get(perSeat.size() / 2);
    assertTrue(perSeat.get(perSeat.size() - 1) > 3 * median, "skew: " + perSeat);

    // The summary counts what the file holds.
    assertEquals(rows.size(), summary.applicants());
    assertEquals(wishes, summary.wishes());
    assertEquals(seats, summary.firstYearSeats());
    assertEquals(
        stPerSeat, summary.applicantsPerSeat(IntakeGenerator.SPECIALIZED_TECHNICIAN), 1e-9);
  }

  @Test
  void everyRowHoldsWhatThePlatformImportsAndAFewWishesAreIneligibleOnPurpose() throws IOException {
    List<Programme> offer = offer(DAKHLA_OFFER);
    Map<String, Programme> byCode = new HashMap<>();
    offer.forEach(p -> byCode.put(p.code(), p));
    Map<String, Education> education = new HashMap<>();
    for (Education e : Education.values()) {
      education.put(e.french(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IntakeGenerator.Summary summary = new IntakeGenerator(DAKHLA, YEAR, offer, "demo").write(out);
    List<String[]> rows = rows(out.toByteArray());

    int wishes = 0;
    int ineligible = 0;
    int remote = 0;
    int disability = 0;
    int women = 0;
    int withTest = 0;
    double gradeSum = 0;
    for (String[] row : rows) {
      String line = String.join(";", row);
      var date = DATE.matcher(row[5]);
      assertTrue(date.matches(), line);
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(date.group(3)),
              Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(1)));
      int age = Period.between(birth, AGE_DAY).getYears();
      assertTrue(
          age >= 18 ? CIN.matcher(row[0]).matches() : MASSAR.matcher(row[0]).matches(),
          "a CIN from 18, a Massar code before: " + line);
      assertTrue(LATIN_NAME.matcher(row[1]).matches() && LATIN_NAME.matcher(row[2]).matches());
      assertTrue(ARABIC_NAME.matcher(row[3]).matches() && ARABIC_NAME.matcher(row[4]).matches());
      assertTrue(row[6].equals("F") || row[6].equals("M"), line);
      assertTrue(row[7].equals("Oued Ed-Dahab") || row[7].equals("Aousserd"), line);
      assertTrue(Set.of("oui", "non").containsAll(List.of(row[8], row[9])), line);
      Education level = education.get(row[10]);
      assertTrue(level != null, line);
      assertTrue(PHONE.matcher(row[11]).matches(), line);
      assertTrue(row[12].isEmpty() || EMAIL.matcher(row[12]).matches(), line);
      assertEquals(YEAR, row[13]);
      assertTrue(isScore(row[14]), line);
      assertTrue(row[15].isEmpty() || isScore(row[15]), line);
      assertEquals("", row[16], "no interview score");

      List<String> list = wishes(row);
      assertTrue(list.size() >= 1 && list.size() <= 5, line);
      assertEquals(list.size(), new HashSet<>(list).size(), "distinct wishes: " + line);
      for (int i = 0; i < 5; i++) {
        assertEquals(i >= list.size(), row[17 + i].isEmpty(), "no gap between wishes: " + line);
      }
      boolean hasSt = false;
      for (String code : list) {
        Programme p = byCode.get(code);
        assertTrue(p != null, "an offered programme: " + line);
        hasSt |= p.level().equals(IntakeGenerator.SPECIALIZED_TECHNICIAN);
        boolean eligible =
            age >= p.targetAgeMin()
                && age <= p.targetAgeMax()
                && level.reaches(p.minimumEducation());
        if (!eligible) {
          ineligible++;
        }
      }
      assertEquals(hasSt, !row[15].isEmpty(), "a test score with a specialized wish: " + line);
      Programme first = byCode.get(list.get(0));
      assertTrue(level.reaches(first.minimumEducation()), "schooled for the first wish: " + line);
      wishes += list.size();
      remote += row[8].equals("oui") ? 1 : 0;
      disability += row[9].equals("oui") ? 1 : 0;
      women += row[6].equals("F") ? 1 : 0;
      withTest += row[15].isEmpty() ? 0 : 1;
      gradeSum += Double.parseDouble(row[14].replace(',', '.'));
    }
    double ineligibleShare = (double) ineligible / wishes;
    assertTrue(ineligibleShare > 0.015 && ineligibleShare < 0.05, "ineligible " + ineligibleShare);
    assertEquals(ineligible, summary.ineligibleWishes());
    assertBetween("remote area", (double) remote / rows.size(), 0.12, 0.18);
    assertBetween("disability", (double) disability / rows.size(), 0.01, 0.035);
    assertBetween("women", (double) women / rows.size(), 0.42, 0.50);
    assertBetween("grade average", gradeSum / rows.size(), 12.2, 12.8);
    assertTrue(withTest > rows.size() / 2, "most apply to a specialized-technician programme");
  }

  private static boolean isScore(String cell) {
    var m = SCORE.matcher(cell);
    return m.matches() && Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) <= 2000;
  }

  private static void assertBetween(String what, double value, double low, double high) {
    assertTrue(value >= low && value <= high, what + ": " + value);
  }

  @Test
  void rowsAreStreamedThroughASmallBuffer() throws IOException {
    // 20 times Dakhla's seats: about 75,000 wishes, several megabytes.
    List<Programme> large = new ArrayList<>();
    for (Programme p : offer(DAKHLA_OFFER)) {
      large.add(
          new Programme(
              p.code(),
              p.level(),
              p.firstYearSeats() * 20,
              p.targetAgeMin(),
              p.targetAgeMax(),
              p.minimumEducation()));
    }
    int[] largestWrite = {0};
    long[] total = {0};
    OutputStream sink =
        new OutputStream() {
          @Override
          public void write(int b) {
            total[0]++;
            largestWrite[0] = Math.max(largestWrite[0], 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            total[0] += len;
            largestWrite[0] = Math.max(largestWrite[0], len);
          }
        };
    IntakeGenerator.Summary summary = new IntakeGenerator(DAKHLA, YEAR, large, "demo").write(sink);
    assertEquals(Math.round(3.82 * 987 * 20), summary.wishes());
    assertTrue(total[0] > 5_000_000, "bytes written: " + total[0]);
    assertTrue(largestWrite[0] <= 256 * 1024, "largest single write: " + largestWrite[0]);
  }

  @Test
  void aDemandScaleMultipliesTheWishesAndKeepsNationalIdsUnique() throws IOException {
    List<Programme> offer = offer(DAKHLA_OFFER);
    IntakeGenerator.Summary published =
        new IntakeGenerator(DAKHLA, YEAR, offer, "demo").write(new ByteArrayOutputStream());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IntakeGenerator.Summary tripled =
        new IntakeGenerator(DAKHLA, YEAR, offer, "demo", 3).write(out);
    assertEquals(
        Math.round(3 * IntakeGenerator.DEMAND_RATE * published.firstYearSeats()), tripled.wishes());
    List<String[]> rows = rows(out.toByteArray());
    assertEquals(tripled.applicants(), rows.size());
    assertEquals(
        rows.size(), rows.stream().map(r -> r[0]).distinct().count(), "one row per person");
    assertThrows(
        IllegalArgumentException.class, () -> new IntakeGenerator(DAKHLA, YEAR, offer, "s", 0));
    assertThrows(
        IllegalArgumentException.class, () -> new IntakeGenerator(DAKHLA, YEAR, offer, "s", 101));
  }

  @Test
  void wrongInputsAreRefused() {
    List<Programme> offer = offer(DAKHLA_OFFER);
    assertThrows(
        IllegalArgumentException.class, () -> new IntakeGenerator("atlantis", YEAR, offer, "s"));
    assertThrows(
        IllegalArgumentException.class, () -> new IntakeGenerator(DAKHLA, "2025-2027", offer, "s"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new IntakeGenerator(
                DAKHLA,
                YEAR,
                List.of(new Programme("X-T", "TECHNICIAN", 0, 15, 30, Education.SECONDARY)),
                "s"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Programme("x-t", "TECHNICIAN", 10, 15, 30, Education.SECONDARY));
    List<Programme> twice = new ArrayList<>(offer);
    twice.add(offer.get(0));
    assertThrows(
        IllegalArgumentException.class, () -> new IntakeGenerator(DAKHLA, YEAR, twice, "s"));
  }

  @Test
  void everyCityHasItsOwnLetterAndProvinces() {
    assertEquals(12, IntakeGenerator.cities().size());
    Set<Character> letters = new HashSet<>();
    int provinces = 0;
    for (CityRegion region : CityRegion.ALL) {
      assertTrue(letters.add(region.idLetter()), "letter of " + region.city());
      provinces += region.provinces().size();
    }
    assertEquals(75, provinces, "the 75 provinces and prefectures of the 12 regions");
  }

  @Test
  void wishCountsAreTiltedToTheMeanDemandNeeds() {
    for (double target : new double[] {1.7, 2.0, 2.5, 3.2}) {
      double[] shares = IntakeGenerator.tilted(IntakeGenerator.USUAL_WISH_COUNTS, target);
      double mean = 0;
      double sum = 0;
      for (int k = 0; k < shares.length; k++) {
        mean += (k + 1) * shares[k];
        sum += shares[k];
      }
      assertEquals(1, sum, 1e-9);
      assertEquals(target, mean, 1e-6);
    }
    assertArrayEquals(
        IntakeGenerator.USUAL_WISH_COUNTS,
        IntakeGenerator.tilted(IntakeGenerator.USUAL_WISH_COUNTS, 2.5),
        1e-6);
  }
}
