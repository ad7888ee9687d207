package ma.ofppt.cmc.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import ma.ofppt.cmc.staff.domain.ContractType;
import ma.ofppt.cmc.staff.domain.StaffDetails;
import ma.ofppt.cmc.staff.domain.StaffKind;
import ma.ofppt.cmc.staff.domain.StaffQuery;

/**
 * The demo staff of each city: per pole of the demo offer, four trainers (two permanent, one on a
 * fixed-term contract, one part-time / vacation) and one administrative staff member. No figure is
 * published for the CMCs' staff, so all of it is plausible rather than real (docs/demo-data.md).
 * Built through {@link StaffService}, so every rule and the audit trail apply; a city that already
 * has staff is left as it is.
 */
@ApplicationScoped
public class StaffDemoData implements DemoDataContributor {
  static final String OFFER_YEAR = "2025-2026";
  static final LocalDate HIRED_ON = LocalDate.of(2025, 9, 1);

  /** One demo position in a pole: kind, contract, weekly ceiling (trainers). */
  record Position(StaffKind kind, ContractType contract, Integer ceiling, String suffix) {}

  static final List<Position> POSITIONS =
      List.of(
          new Position(StaffKind.TRAINER, ContractType.PERMANENT, 26, "T1"),
          new Position(StaffKind.TRAINER, ContractType.PERMANENT, 26, "T2"),
          new Position(StaffKind.TRAINER, ContractType.FIXED_TERM, 24, "T3"),
          new Position(StaffKind.TRAINER, ContractType.PART_TIME_VACATION, 10, "T4"),
          new Position(StaffKind.ADMINISTRATIVE, ContractType.PERMANENT, null, "A1"));

  private static final String[][] FIRST_NAMES = {
    {"Youssef", "يوسف"}, {"Fatima Zahra", "فاطمة الزهراء"}, {"Mehdi", "المهدي"}, {"Salma", "سلمى"},
    {"Omar", "عمر"}, {"Khadija", "خديجة"}, {"Hamza", "حمزة"}, {"Imane", "إيمان"},
    {"Anas", "أنس"}, {"Nadia", "نادية"}, {"Karim", "كريم"}, {"Hind", "هند"}
  };
  private static final String[][] LAST_NAMES = {
    {"El Amrani", "العمراني"},
    {"Benjelloun", "بنجلون"},
    {"Alaoui", "العلوي"},
    {"Tazi", "التازي"},
    {"Berrada", "برادة"},
    {"El Idrissi", "الإدريسي"},
    {"Chraibi", "الشرايبي"},
    {"Bennani", "بناني"},
    {"Ouazzani", "الوزاني"},
    {"Lahlou", "لحلو"},
    {"Fassi", "الفاسي"}
  };

  @Inject StaffService staff;
  @Inject OfferedProgrammes offer;

  @Override
  public int order() {
    return 130;
  }

  @Override
  public void contribute(TenantId city) {
    if (staff
            .members(
                new StaffQuery(null, null, null), ma.ofppt.cmc.platform.domain.PageRequest.of(0, 1))
            .total()
        > 0) {
      return;
    }
    Map<UUID, String> poles = new LinkedHashMap<>();
    offer.offeredIn(OFFER_YEAR).stream()
        .sorted(java.util.Comparator.comparing(OfferedProgramme::sectorCode))
        .forEach(p -> poles.putIfAbsent(p.poleId(), p.sectorCode()));
    int person = Math.floorMod(city.value().hashCode(), FIRST_NAMES.length);
    int pole = 0;
    for (Map.Entry<UUID, String> entry : poles.entrySet()) {
      pole++;
      for (Position position : POSITIONS) {
        String[] first = FIRST_NAMES[person % FIRST_NAMES.length];
        String[] last = LAST_NAMES[(person * 7 + pole) % LAST_NAMES.length];
        person++;
        staff.record(
            String.format("P%02d-%s", pole, position.suffix()),
            new StaffDetails(
                null,
                LocalizedName.of(first[0] + " " + last[0], first[1] + " " + last[1]),
                position.kind(),
                position.contract(),
                position.contract() == ContractType.FIXED_TERM ? LocalDate.of(2027, 8, 31) : null,
                qualifications(position, entry.getValue()),
                entry.getKey(),
                position.ceiling(),
                HIRED_ON));
      }
    }
  }

  static List<String> qualifications(Position position, String sectorCode) {
    if (position.kind() == StaffKind.ADMINISTRATIVE) {
      return List.of("Licence professionnelle en gestion administrative");
    }
    String field = sectorCode.replace('-', ' ');
    return switch (position.contract()) {
      case PERMANENT -> List.of("Master (" + field + ")", "Certificat de formateur OFPPT");
      case FIXED_TERM -> List.of("Diplôme d'ingénieur (" + field + ")");
      case PART_TIME_VACATION -> List.of("Professionnel du secteur (" + field + "), 10 ans");
    };
  }
}
