package ma.ofppt.cmc.launcher.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ma.ofppt.cmc.launcher.intake.CityRegion;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator;
import ma.ofppt.cmc.launcher.intake.MoroccanNames;

/**
 * The investment books of each city's CMC in the whole-network plan: one funding agreement per
 * funder, a construction line (2023) and an equipment line (2024) split over the four funders,
 * contracts and purchase orders against them, their invoices and the payments that settle them.
 * Amounts are in centimes (exact; written as MAD with two decimals), so every sum is exact:
 *
 * <ul>
 *   <li>the 12 CMCs' lines sum to the programme's initial {@value #NATIONAL_BUDGET_MAD} MAD;
 *   <li>Marrakech-Safi (Tamansourt) has its published 466 M MAD = 330 M construction + 136 M
 *       equipment, Souss-Massa its published 430 M MAD of which 70 M from the Hassan II Fund (the
 *       funder shares of both as the finance demo data gives them);
 *   <li>the other ten share the rest (2,704 M MAD) equally, 330 : 136 between construction and
 *       equipment as in Tamansourt, and 32 / 28 / 25 / 15 % between the Region, the State, OFPPT
 *       and the Hassan II Fund (illustrative).
 * </ul>
 *
 * What is committed, invoiced and paid follows stated rules (see docs/network-dataset.md); the
 * shares of every commitment, invoice and payment are drawn per funder, so no funder's share of a
 * line is ever exceeded.
 */
public final class NetworkFinance {
  public static final long NATIONAL_BUDGET_MAD = 3_600_000_000L;
  static final long MILLION_CENTIMES = 100_000_000L;

  /** The funders in the order of the platform's {@code Funder}. */
  public static final List<String> FUNDERS = List.of("REGION", "STATE", "OFPPT", "HASSAN_II_FUND");

  /** Millions of MAD per funder of the two published CMCs (as the finance demo data). */
  static final Map<String, long[][]> PUBLISHED =
      Map.of(
          "marrakech-safi", new long[][] {{110, 95, 75, 50}, {40, 35, 41, 20}},
          "souss-massa", new long[][] {{100, 85, 65, 50}, {40, 35, 35, 20}});

  static final double[] OTHER_FUNDER_WEIGHTS = {32, 28, 25, 15};
  static final double[] CONSTRUCTION_EQUIPMENT = {330, 136};

  /** The construction lots, one contract each, with their weight in the line. */
  static final List<Lot> LOTS =
      List.of(
          new Lot("ETU", "Études et maîtrise d'œuvre", 5),
          new Lot("GO", "Gros œuvre", 42),
          new Lot("SO", "Second œuvre et finitions", 28),
          new Lot("TEC", "Lots techniques (électricité, CVC, plomberie)", 18),
          new Lot("VRD", "Voirie, réseaux et aménagements extérieurs", 7));

  record Lot(String code, String label, int weight) {}

  /** A funding agreement of one funder for 2021–2026. */
  public record Agreement(String funder, String reference, long centimes) {}

  public record Supplier(String name, String identifier) {}

  /** A payment that settles one invoice in full. */
  public record Payment(String reference, LocalDate paidOn, List<Long> split) {
    public long centimes() {
      return sum(split);
    }
  }

  public record Invoice(String number, LocalDate issuedOn, List<Long> split, Payment payment) {
    public long centimes() {
      return sum(split);
    }
  }

  /** A contract or purchase order, with the supplier it binds (an index in the suppliers). */
  public record Commitment(
      String reference, String kind, int supplier, List<Long> split, List<Invoice> invoices) {
    public long centimes() {
      return sum(split);
    }
  }

  public record Line(
      int fiscalYear,
      String category,
      String subCategory,
      String labelFr,
      String labelAr,
      List<Long> split,
      List<Commitment> commitments) {
    public long centimes() {
      return sum(split);
    }
  }

  /** One city's books as the finance phase records them. */
  public record Books(
      List<Agreement> agreements, List<Supplier> suppliers, List<Line> lines, int evidence) {
    public long budgetCentimes() {
      return lines.stream().mapToLong(Line::centimes).sum();
    }

    public List<Commitment> commitments() {
      return lines.stream().flatMap(l -> l.commitments().stream()).toList();
    }

    public List<Invoice> invoices() {
      return commitments().stream().flatMap(c -> c.invoices().stream()).toList();
    }

    public List<Payment> payments() {
      return invoices().stream().map(Invoice::payment).filter(p -> p != null).toList();
    }

    public long paidCentimes() {
      return payments().stream().mapToLong(Payment::centimes).sum();
    }
  }

  private NetworkFinance() {}

  /**
   * The books of every city, in the order of {@code cities}; {@code poles} gives each city's sector
   * poles (its equipment is bought pole by pole).
   */
  static List<Books> of(String seed, List<String> cities, Map<String, List<String>> poles) {
    int others = (int) cities.stream().filter(c -> !PUBLISHED.containsKey(c)).count();
    long rest = NATIONAL_BUDGET_MAD * 100;
    for (long[][] published : PUBLISHED.values()) {
      rest -= (sum(published[0]) + sum(published[1])) * MILLION_CENTIMES;
    }
    long[] perOther = NetworkPlan.apportionLong(rest, ones(others));
    List<Books> books = new ArrayList<>();
    int k = 0;
    for (String city : cities) {
      long[][] shares;
      if (PUBLISHED.containsKey(city)) {
        long[][] m = PUBLISHED.get(city);
        shares = new long[][] {times(m[0], MILLION_CENTIMES), times(m[1], MILLION_CENTIMES)};
      } else {
        long[] parts = NetworkPlan.apportionLong(perOther[k++], CONSTRUCTION_EQUIPMENT);
        shares =
            new long[][] {
              NetworkPlan.apportionLong(parts[0], OTHER_FUNDER_WEIGHTS),
              NetworkPlan.apportionLong(parts[1], OTHER_FUNDER_WEIGHTS)
            };
      }
      books.add(city(seed, city, shares, poles.get(city)));
    }
    return List.copyOf(books);
  }

  /** A short prefix for the city's references: its tenant code's initials. */
  static String prefix(String city) {
    StringBuilder p = new StringBuilder();
    for (String word : city.split("-")) {
      p.append(Character.toUpperCase(word.charAt(0)));
    }
    return p.toString();
  }

  private static Books city(String seed, String city, long[][] shares, List<String> poles) {
    Random random = new Random(IntakeGenerator.seedOf(seed, "finance", city));
    String prefix = prefix(city);
    List<Agreement> agreements = new ArrayList<>();
    for (int f = 0; f < FUNDERS.size(); f++) {
      agreements.add(
          new Agreement(
              FUNDERS.get(f), prefix + "-CONV-" + FUNDERS.get(f), shares[0][f] + shares[1][f]));
    }
    List<Supplier> suppliers = new ArrayList<>();
    List<Line> lines = new ArrayList<>();

    // Construction: one contract per lot, 92–99 % of the line committed, all of it invoiced in
    // monthly progress statements (décomptes) from March 2023 and each paid 30–60 days later.
    double[] lotWeights = jitter(random, LOTS.stream().mapToDouble(Lot::weight).toArray());
    long[][] lotSplits = commit(random, shares[0], lotWeights);
    List<Commitment> contracts = new ArrayList<>();
    for (int l = 0; l < LOTS.size(); l++) {
      Lot lot = LOTS.get(l);
      suppliers.add(supplier(random, city, suppliers.size(), true));
      String reference = prefix + "-MAR-2023-" + lot.code();
      int statements = 3 + random.nextInt(6);
      contracts.add(
          new Commitment(
              reference,
              "CONTRACT",
              suppliers.size() - 1,
              list(lotSplits[l]),
              invoices(
                  random,
                  reference,
                  lotSplits[l],
                  statements,
                  LocalDate.of(2023, 3, 31),
                  1,
                  false)));
    }
    lines.add(
        new Line(
            2023,
            "CONSTRUCTION",
            "Travaux",
            "Construction du CMC",
            "بناء مدينة المهن والكفاءات",
            list(shares[0]),
            List.copyOf(contracts)));

    // Equipment: one purchase order per sector pole, weighted by the sector's weight; 90–98 %
    // committed; two or three deliveries invoiced from June 2024; the last invoice of about a
    // third of the orders is not paid yet.
    double[] poleWeights = new double[poles.size()];
    for (int p = 0; p < poles.size(); p++) {
      poleWeights[p] = NetworkPlan.SECTOR_WEIGHTS.get(poles.get(p));
    }
    long[][] orderSplits = commit(random, shares[1], jitter(random, poleWeights));
    List<Commitment> orders = new ArrayList<>();
    for (int p = 0; p < poles.size(); p++) {
      suppliers.add(supplier(random, city, suppliers.size(), false));
      String reference =
          prefix
              + "-BC-2024-"
              + String.format(Locale.ROOT, "%02d", p + 1)
              + "-"
              + poles.get(p).toUpperCase(Locale.ROOT);
      orders.add(
          new Commitment(
              reference,
              "PURCHASE_ORDER",
              suppliers.size() - 1,
              list(orderSplits[p]),
              invoices(
                  random,
                  reference,
                  orderSplits[p],
                  2 + random.nextInt(2),
                  LocalDate.of(2024, 6, 28),
                  2,
                  random.nextDouble() < 1.0 / 3)));
    }
    lines.add(
        new Line(
            2024,
            "EQUIPMENT",
            "Équipement pédagogique",
            "Équipement du CMC",
            "تجهيز مدينة المهن والكفاءات",
            list(shares[1]),
            List.copyOf(orders)));
    // Evidence: the signed contract or order of each commitment and the transfer order of each
    // payment.
    int evidence = 0;
    for (Line line : lines) {
      for (Commitment c : line.commitments()) {
        evidence += 1 + (int) c.invoices().stream().filter(i -> i.payment() != null).count();
      }
    }
    return new Books(List.copyOf(agreements), List.copyOf(suppliers), List.copyOf(lines), evidence);
  }

  /**
   * The commitments of a line: per funder, a committed share of the line (drawn once for the line)
   * apportioned over the commitments by the weights; so no funder's share is ever exceeded and each
   * commitment is split across funders as the line is.
   */
  private static long[][] commit(Random random, long[] line, double[] weights) {
    double committed = 0.90 + 0.08 * random.nextDouble();
    long[][] splits = new long[weights.length][FUNDERS.size()];
    for (int f = 0; f < FUNDERS.size(); f++) {
      long[] parts = NetworkPlan.apportionLong(Math.round(line[f] * committed), weights);
      for (int c = 0; c < weights.length; c++) {
        splits[c][f] = parts[c];
      }
    }
    return splits;
  }

  /**
   * The invoices of a commitment: {@code count} of them, together its whole amount (per funder),
   * one every {@code monthsApart} months from {@code first}; each paid in full 30–60 days after its
   * issue, except the last when {@code lastUnpaid}.
   */
  private static List<Invoice> invoices(
      Random random,
      String reference,
      long[] split,
      int count,
      LocalDate first,
      int monthsApart,
      boolean lastUnpaid) {
    double[] weights = jitter(random, ones(count));
    long[][] parts = new long[count][FUNDERS.size()];
    for (int f = 0; f < FUNDERS.size(); f++) {
      long[] perInvoice = NetworkPlan.apportionLong(split[f], weights);
      for (int i = 0; i < count; i++) {
        parts[i][f] = perInvoice[i];
      }
    }
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate issued = first.plusMonths((long) i * monthsApart);
      Payment payment =
          lastUnpaid && i == count - 1
              ? null
              : new Payment(
                  reference + "-P" + (i + 1),
                  issued.plusDays(30 + random.nextInt(31)),
                  list(parts[i]));
      invoices.add(new Invoice(reference + "-F" + (i + 1), issued, list(parts[i]), payment));
    }
    return List.copyOf(invoices);
  }

  /** A supplier: a construction company or an equipment supplier, with a 15-digit ICE. */
  private static Supplier supplier(Random random, String city, int rank, boolean construction) {
    MoroccanNames.Name family =
        MoroccanNames.FAMILY.get(random.nextInt(MoroccanNames.FAMILY.size()));
    String name =
        construction
            ? "Entreprise " + family.french() + " BTP SARL"
            : family.french() + " Équipements SA";
    long ice =
        Math.floorMod(IntakeGenerator.seedOf("ice", city, Integer.toString(rank)), 1_000_000_000L);
    return new Supplier(
        name,
        String.format(
            Locale.ROOT, "%03d%09d%03d", 1 + CityRegion.codes().indexOf(city), ice, rank + 1));
  }

  /** Weights near the given ones: each multiplied by a log-normal factor (σ = 0.15). */
  private static double[] jitter(Random random, double[] weights) {
    double[] out = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[i] * Math.exp(0.15 * random.nextGaussian());
    }
    return out;
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1);
    return w;
  }

  private static long[] times(long[] values, long factor) {
    return Arrays.stream(values).map(v -> v * factor).toArray();
  }

  static long sum(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sum();
  }

  private static long sum(long[] values) {
    return Arrays.stream(values).sum();
  }

  private static List<Long> list(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  /** Centimes as the API takes MAD: a plain decimal with two places ({@code 1234.50}). */
  public static String mad(long centimes) {
    return BigDecimal.valueOf(centimes, 2).toPlainString();
  }
}
