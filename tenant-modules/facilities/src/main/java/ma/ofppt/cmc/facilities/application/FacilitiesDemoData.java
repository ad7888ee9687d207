package ma.ofppt.cmc.facilities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.OpeningHours;
import ma.ofppt.cmc.facilities.domain.ResourceDescription;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * The demo platforms and shared structures of each city, created through the module's own use case.
 * No capacity or opening hour is published for them: the figures are plausible, and said so in
 * docs/demo-data.md. A pedagogical platform is attached to the pole of its sector when the city's
 * demo offer has one (found through the offer's published interface); a city without, say, a Health
 * pole has no care unit. Shared structures exist in every city.
 */
@ApplicationScoped
public class FacilitiesDemoData implements DemoDataContributor {
  static final String OFFER_YEAR = "2025-2026";

  /** One demo resource: its sector (null for a shared structure), code, names, size, hours. */
  record Planned(
      String sector,
      String code,
      ResourceKind kind,
      String nameFr,
      String nameAr,
      int capacity,
      List<OpeningHours.Interval> hours) {}

  static final List<Planned> PLAN = plan();

  @Inject ResourceService resources;
  @Inject OfferedProgrammes offer;

  @Override
  public int order() {
    return 140;
  }

  @Override
  public void contribute(TenantId city) {
    if (!resources.resources(null, null).isEmpty()) {
      return;
    }
    Map<String, UUID> poleOfSector = new HashMap<>();
    offer.offeredIn(OFFER_YEAR).forEach(p -> poleOfSector.putIfAbsent(p.sectorCode(), p.poleId()));
    for (Planned p : PLAN) {
      UUID pole = p.sector() == null ? null : poleOfSector.get(p.sector());
      if (p.sector() != null && pole == null) {
        continue;
      }
      resources.create(
          p.code(),
          new ResourceDescription(
              LocalizedName.of(p.nameFr(), p.nameAr()),
              p.kind(),
              p.capacity(),
              pole,
              OpeningHours.of("openingHours", p.hours()),
              true));
    }
  }

  private static List<OpeningHours.Interval> days(List<DayOfWeek> days, String... intervals) {
    List<OpeningHours.Interval> hours = new ArrayList<>();
    for (DayOfWeek day : days) {
      for (String interval : intervals) {
        String[] t = interval.split("-");
        hours.add(new OpeningHours.Interval(day, LocalTime.parse(t[0]), LocalTime.parse(t[1])));
      }
    }
    return hours;
  }

  private static List<OpeningHours.Interval> join(
      List<OpeningHours.Interval> a, List<OpeningHours.Interval> b) {
    List<OpeningHours.Interval> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Planned> plan() {
    List<DayOfWeek> weekdays =
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    List<DayOfWeek> saturday = List.of(DayOfWeek.SATURDAY);
    List<DayOfWeek> sunday = List.of(DayOfWeek.SUNDAY);
    // Training hours: two sessions a day on weekdays, Saturday morning.
    List<OpeningHours.Interval> training =
        join(days(weekdays, "08:30-12:30", "14:00-18:00"), days(saturday, "08:30-12:30"));
    List<Planned> plan = new ArrayList<>();
    plan.add(
        new Planned(
            "tourism-hospitality",
            "HOTEL-PEDA",
            ResourceKind.PEDAGOGICAL_HOTEL,
            "Hôtel pédagogique",
            "الفندق البيداغوجي",
            40,
            join(days(weekdays, "08:00-18:00"), days(saturday, "08:00-13:00"))));
    plan.add(
        new Planned(
            "tourism-hospitality",
            "RESTO-PEDA",
            ResourceKind.PEDAGOGICAL_RESTAURANT,
            "Restaurant pédagogique",
            "المطعم البيداغوجي",
            60,
            days(weekdays, "11:00-15:00", "18:30-22:00")));
    plan.add(
        new Planned(
            "digital-ai",
            "DIGITAL-FACTORY",
            ResourceKind.DIGITAL_FACTORY,
            "Digital factory",
            "المصنع الرقمي",
            30,
            training));
    plan.add(
        new Planned(
            "management-commerce",
            "VIRTUAL-COMPANY",
            ResourceKind.VIRTUAL_COMPANY,
            "Entreprise virtuelle",
            "المقاولة الافتراضية",
            30,
            training));
    plan.add(
        new Planned(
            "health",
            "CARE-UNIT",
            ResourceKind.CARE_UNIT,
            "Unité de soins pédagogique",
            "وحدة العلاجات البيداغوجية",
            20,
            training));
    plan.add(
        new Planned(
            "industry",
            "LEARNING-FACTORY",
            ResourceKind.LEARNING_FACTORY,
            "Learning factory",
            "مصنع التعلم",
            25,
            training));
    plan.add(
        new Planned(
            "services-to-persons",
            "NURSERY-PEDA",
            ResourceKind.PEDAGOGICAL_NURSERY,
            "Crèche pédagogique",
            "الحضانة البيداغوجية",
            20,
            days(weekdays, "08:00-17:00")));
    plan.add(
        new Planned(
            "services-to-persons",
            "APARTMENT-PEDA",
            ResourceKind.PEDAGOGICAL_APARTMENT,
            "Appartement pédagogique",
            "الشقة البيداغوجية",
            12,
            training));
    plan.add(
        new Planned(
            null,
            "LANG-CENTRE",
            ResourceKind.LANGUAGE_CENTRE,
            "Centre de langues et soft skills",
            "مركز اللغات والمهارات الحياتية",
            35,
            join(days(weekdays, "08:30-12:30", "14:00-19:00"), days(saturday, "09:00-13:00"))));
    plan.add(
        new Planned(
            null,
            "MEDIATHEQUE",
            ResourceKind.MEDIA_LIBRARY,
            "Médiathèque",
            "الخزانة الوسائطية",
            120,
            join(days(weekdays, "08:30-19:00"), days(saturday, "09:00-13:00"))));
    plan.add(
        new Planned(
            null,
            "COWORKING",
            ResourceKind.COWORKING,
            "Espace de coworking",
            "فضاء العمل المشترك",
            50,
            join(days(weekdays, "08:00-20:00"), days(saturday, "09:00-14:00"))));
    plan.add(
        new Planned(
            null,
            "INCUBATOR",
            ResourceKind.INCUBATOR,
            "Incubateur",
            "حاضنة المقاولات",
            25,
            days(weekdays, "08:30-18:00")));
    plan.add(
        new Planned(
            null,
            "FAB-LAB",
            ResourceKind.FAB_LAB,
            "Fab lab",
            "مختبر التصنيع",
            20,
            join(days(weekdays, "08:30-12:30", "14:00-18:00"), days(saturday, "09:00-13:00"))));
    plan.add(
        new Planned(
            null,
            "CONFERENCE",
            ResourceKind.CONFERENCE_CENTRE,
            "Centre de conférences",
            "مركز المؤتمرات",
            300,
            join(days(weekdays, "08:00-20:00"), days(saturday, "09:00-18:00"))));
    plan.add(
        new Planned(
            null,
            "CAREER-CENTRE",
            ResourceKind.CAREER_CENTRE,
            "Centre d'orientation et de carrière",
            "مركز التوجيه المهني",
            30,
            days(weekdays, "08:30-12:30", "14:00-18:00")));
    plan.add(
        new Planned(
            null,
            "MOOC-STUDIO",
            ResourceKind.MOOC_STUDIO,
            "Studio de production MOOC",
            "استوديو إنتاج الدروس الرقمية",
            6,
            days(weekdays, "09:00-17:00")));
    plan.add(
        new Planned(
            null,
            "SPORTS-FIELD",
            ResourceKind.SPORTS_FIELD,
            "Terrain multisports",
            "الملعب المتعدد الرياضات",
            40,
            join(
                join(days(weekdays, "08:00-21:00"), days(saturday, "08:00-18:00")),
                days(sunday, "09:00-13:00"))));
    plan.add(
        new Planned(
            null,
            "SPORTS-HALL",
            ResourceKind.SPORTS_FIELD,
            "Salle couverte",
            "القاعة المغطاة",
            60,
            join(days(weekdays, "08:00-21:00"), days(saturday, "08:00-18:00"))));
    return List.copyOf(plan);
  }
}
