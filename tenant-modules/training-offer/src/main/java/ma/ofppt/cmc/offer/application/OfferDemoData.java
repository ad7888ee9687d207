package ma.ofppt.cmc.offer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.offer.domain.Sector;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * The demo training offer of each city, built through the module's own use cases (so every rule and
 * the audit trail apply). Published figures are reproduced exactly where they exist (see
 * docs/demo-data.md): Tamansourt's 8 poles, 75 programmes and 3,000 seats; Béni Mellal's 10 poles
 * and 2,776 seats; Tamesna's 79 programmes and 4,560 seats; Agadir's 3,420 seats. Other cities get
 * an illustrative offer. Programmes come from {@code offer-demo/programmes.tsv}, in file order.
 */
@ApplicationScoped
public class OfferDemoData implements DemoDataContributor {
  public static final String ACADEMIC_YEAR = "2025-2026";

  /** A city's offer: its poles' sectors, how many programmes and seats in all. */
  public record CityOffer(List<String> poleSectors, int programmes, int seats) {}

  record CatalogueEntry(String stem, String nameFr, String nameAr, TrainingLevel level) {}

  static final Map<String, CityOffer> CITIES = cities();

  private static final Map<TrainingLevel, Integer> DURATION_MONTHS =
      new EnumMap<>(TrainingLevel.class);
  private static final Map<TrainingLevel, Integer> SEAT_WEIGHT = new EnumMap<>(TrainingLevel.class);
  private static final Map<TrainingLevel, String> CODE_SUFFIX = new EnumMap<>(TrainingLevel.class);

  static {
    DURATION_MONTHS.put(TrainingLevel.QUALIFIED_WORKER, 12);
    DURATION_MONTHS.put(TrainingLevel.TECHNICIAN, 24);
    DURATION_MONTHS.put(TrainingLevel.SPECIALIZED_TECHNICIAN, 24);
    DURATION_MONTHS.put(TrainingLevel.QUALIFYING, 6);
    DURATION_MONTHS.put(TrainingLevel.PROFESSIONAL_BAC, 36);
    DURATION_MONTHS.put(TrainingLevel.MIDDLE_SCHOOL_PATH, 36);
    SEAT_WEIGHT.put(TrainingLevel.QUALIFIED_WORKER, 5);
    SEAT_WEIGHT.put(TrainingLevel.TECHNICIAN, 5);
    SEAT_WEIGHT.put(TrainingLevel.SPECIALIZED_TECHNICIAN, 6);
    SEAT_WEIGHT.put(TrainingLevel.QUALIFYING, 3);
    SEAT_WEIGHT.put(TrainingLevel.PROFESSIONAL_BAC, 4);
    SEAT_WEIGHT.put(TrainingLevel.MIDDLE_SCHOOL_PATH, 4);
    CODE_SUFFIX.put(TrainingLevel.QUALIFIED_WORKER, "Q");
    CODE_SUFFIX.put(TrainingLevel.TECHNICIAN, "T");
    CODE_SUFFIX.put(TrainingLevel.SPECIALIZED_TECHNICIAN, "TS");
    CODE_SUFFIX.put(TrainingLevel.QUALIFYING, "FQ");
    CODE_SUFFIX.put(TrainingLevel.PROFESSIONAL_BAC, "BP");
    CODE_SUFFIX.put(TrainingLevel.MIDDLE_SCHOOL_PATH, "PC");
  }

  @Inject OfferService offer;

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void contribute(TenantId city) {
    CityOffer plan = CITIES.get(city.value());
    if (plan == null || !offer.poles().isEmpty()) {
      return;
    }
    Map<String, Sector> sectors = new LinkedHashMap<>();
    offer.sectors().forEach(s -> sectors.put(s.code(), s));
    Map<String, List<CatalogueEntry>> catalogue = catalogue();

    List<Pole> poles = new ArrayList<>();
    for (String sectorCode : plan.poleSectors()) {
      Sector sector = sectors.get(sectorCode);
      poles.add(
          offer.createPole(
              sectorCode.toUpperCase(java.util.Locale.ROOT),
              LocalizedName.of("Pôle " + sector.name().fr(), "قطب " + sector.name().ar()),
              sectorCode));
    }

    List<Planned> planned = plan(plan, poles, catalogue);
    int[] seats =
        apportion(
            plan.seats(),
            planned.stream().mapToInt(p -> SEAT_WEIGHT.get(p.entry().level())).toArray());
    for (int i = 0; i < planned.size(); i++) {
      Planned p = planned.get(i);
      TrainingLevel level = p.entry().level();
      int duration = DURATION_MONTHS.get(level);
      var programme =
          offer.createProgramme(
              p.entry().stem() + "-" + CODE_SUFFIX.get(level),
              new ProgrammeCommand(
                  p.entry().nameFr(),
                  p.entry().nameAr(),
                  p.pole().sectorCode(),
                  p.pole().id(),
                  level,
                  duration,
                  sectors.get(p.pole().sectorCode()).requiresLanguageSemester() ? 35 : 30,
                  true,
                  null,
                  null,
                  null,
                  null));
      int years = Math.max(1, (duration + 11) / 12);
      offer.planIntake(programme.id(), ACADEMIC_YEAR, seats[i], (seats[i] + years - 1) / years);
    }
  }

  record Planned(Pole pole, CatalogueEntry entry) {}

  /**
   * Round-robin over the poles, each taking its sector's next programme, until the count is met.
   */
  static List<Planned> plan(
      CityOffer plan, List<Pole> poles, Map<String, List<CatalogueEntry>> catalogue) {
    List<Planned> planned = new ArrayList<>();
    int[] next = new int[poles.size()];
    boolean progress = true;
    while (planned.size() < plan.programmes() && progress) {
      progress = false;
      for (int i = 0; i < poles.size() && planned.size() < plan.programmes(); i++) {
        List<CatalogueEntry> entries = catalogue.getOrDefault(poles.get(i).sectorCode(), List.of());
        if (next[i] < entries.size()) {
          planned.add(new Planned(poles.get(i), entries.get(next[i]++)));
          progress = true;
        }
      }
    }
    return planned;
  }

  /** Splits {@code total} in proportion to {@code weights}, largest remainders first: exact sum. */
  static int[] apportion(int total, int[] weights) {
    long weightSum = 0;
    for (int w : weights) {
      weightSum += w;
    }
    int[] shares = new int[weights.length];
    long[] remainders = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long exact = (long) total * weights[i];
      shares[i] = (int) (exact / weightSum);
      remainders[i] = exact % weightSum;
      given += shares[i];
    }
    for (int left = total - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < weights.length; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
    return shares;
  }

  static Map<String, List<CatalogueEntry>> catalogue() {
    Map<String, List<CatalogueEntry>> bySector = new LinkedHashMap<>();
    try (InputStream in = OfferDemoData.class.getResourceAsStream("/offer-demo/programmes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("offer-demo/programmes.tsv is missing from the module");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] column = line.split("\t");
        for (String level : column[4].split(",")) {
          bySector
              .computeIfAbsent(column[0], k -> new ArrayList<>())
              .add(
                  new CatalogueEntry(
                      column[1], column[2], column[3], TrainingLevel.valueOf(level.strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bySector;
  }

  private static Map<String, CityOffer> cities() {
    Map<String, CityOffer> cities = new LinkedHashMap<>();
    cities.put(
        "marrakech-safi",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "services-to-persons",
                "crafts",
                "arts-graphic-industries"),
            75,
            3000));
    cities.put(
        "beni-mellal-khenifra",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "services-to-persons",
                "crafts",
                "building-public-works",
                "agri-food",
                "logistics"),
            70,
            2776));
    cities.put(
        "rabat-sale-kenitra",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "services-to-persons",
                "arts-graphic-industries",
                "building-public-works",
                "logistics"),
            79,
            4560));
    cities.put(
        "souss-massa",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "agri-food",
                "maritime-fishing",
                "services-to-persons"),
            64,
            3420));
    cities.put(
        "tanger-tetouan-al-hoceima",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "logistics",
                "services-to-persons"),
            50,
            2500));
    cities.put(
        "oriental",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "agri-food",
                "building-public-works"),
            50,
            2500));
    cities.put(
        "fes-meknes",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "crafts",
                "agri-food"),
            50,
            2500));
    cities.put(
        "casablanca-settat",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "industry",
                "logistics",
                "services-to-persons",
                "arts-graphic-industries"),
            56,
            2800));
    cities.put(
        "draa-tafilalet",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "agri-food",
                "crafts",
                "building-public-works"),
            45,
            2000));
    cities.put(
        "guelmim-oued-noun",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "maritime-fishing",
                "services-to-persons"),
            40,
            1800));
    cities.put(
        "laayoune-sakia-el-hamra",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "maritime-fishing",
                "industry",
                "building-public-works"),
            45,
            2000));
    cities.put(
        "dakhla-oued-ed-dahab",
        new CityOffer(
            List.of(
                "management-commerce",
                "digital-ai",
                "tourism-hospitality",
                "health",
                "maritime-fishing",
                "agri-food"),
            36,
            1500));
    return Map.copyOf(cities);
  }
}
