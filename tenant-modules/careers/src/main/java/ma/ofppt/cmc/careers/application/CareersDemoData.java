package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * A small, illustrative incubator in every city: two projects, one still an idea and one incubated
 * with a first coaching session. No figure is published for the incubators, so these are plausible,
 * not real (docs/demo-data.md). They have no founders, since the demo data holds no trainees;
 * tracer surveys need graduates and are not part of the demo data either.
 */
@ApplicationScoped
public class CareersDemoData implements DemoDataContributor {
  static final String IDEA_CODE = "DEMO-INC-1";
  static final String INCUBATED_CODE = "DEMO-INC-2";

  record Idea(String nameFr, String nameAr, String sectorCode) {}

  static final List<Idea> IDEAS =
      List.of(
          new Idea(
              "Atelier de réparation de smartphones", "ورشة إصلاح الهواتف الذكية", "digital-ai"),
          new Idea("Traiteur de produits du terroir", "ممون المنتجات المحلية", "agri-food"),
          new Idea("Agence de tourisme rural", "وكالة السياحة القروية", "tourism-hospitality"),
          new Idea("Service d'aide à domicile", "خدمة المساعدة المنزلية", "services-to-persons"),
          new Idea(
              "Studio de design graphique", "استوديو التصميم الغرافيكي", "arts-graphic-industries"),
          new Idea("Coopérative de menuiserie", "تعاونية النجارة", "crafts"));

  @Inject IncubatorService incubator;

  @Override
  public int order() {
    return 130;
  }

  @Override
  public void contribute(TenantId city) {
    if (incubator.hasProject(IDEA_CODE)) {
      return;
    }
    int offset = Math.floorMod(city.value().hashCode(), IDEAS.size());
    Idea first = IDEAS.get(offset);
    Idea second = IDEAS.get((offset + 1) % IDEAS.size());
    incubator.create(
        IDEA_CODE,
        LocalizedName.of(first.nameFr(), first.nameAr()),
        first.sectorCode(),
        LocalDate.of(2025, 10, 6));
    var incubated =
        incubator.create(
            INCUBATED_CODE,
            LocalizedName.of(second.nameFr(), second.nameAr()),
            second.sectorCode(),
            LocalDate.of(2025, 10, 13));
    incubator.incubate(incubated.id(), LocalDate.of(2025, 11, 3));
    incubator.recordSession(
        incubated.id(),
        LocalDate.of(2025, 11, 10),
        "Business model canvas",
        "Coach de l'incubateur");
  }
}
