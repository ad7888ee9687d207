package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.finance.domain.BudgetCategory;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.tenancy.DemoDataContributor;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * The investment budgets of the two CMCs whose totals are published: Tamansourt (466 M MAD = 330 M
 * construction + 136 M equipment) and Souss-Massa (about 430 M MAD, of which 70 M from the Hassan
 * II Fund). The totals are published; the other funders' shares are illustrative (see
 * docs/demo-data.md). One agreement per funder for 2021–2025, construction budgeted in 2023 and
 * equipment in 2024. Other cities get no finance demo data.
 */
@ApplicationScoped
public class FinanceDemoData implements DemoDataContributor {
  private record Plan(String prefix, long[] construction, long[] equipment) {}

  /** Millions of MAD per funder, in the order REGION, STATE, OFPPT, HASSAN_II_FUND. */
  static final Map<String, Plan> PLANS =
      Map.of(
          "marrakech-safi",
          new Plan("TAM", new long[] {110, 95, 75, 50}, new long[] {40, 35, 41, 20}),
          "souss-massa",
          new Plan("AGA", new long[] {100, 85, 65, 50}, new long[] {40, 35, 35, 20}));

  @Inject BudgetService budget;

  @Override
  public int order() {
    return 160;
  }

  @Override
  public void contribute(TenantId city) {
    Plan plan = PLANS.get(city.value());
    if (plan == null || budget.hasAgreements()) {
      return;
    }
    Funder[] funders = Funder.values();
    for (int i = 0; i < funders.length; i++) {
      budget.signAgreement(
          funders[i],
          plan.prefix() + "-CONV-" + funders[i].name(),
          millions(plan.construction()[i] + plan.equipment()[i]),
          LocalDate.of(2021, 1, 1),
          LocalDate.of(2025, 12, 31),
          LocalDate.of(2021, 3, 15));
    }
    line(
        plan.construction(),
        2023,
        BudgetCategory.CONSTRUCTION,
        "Construction du CMC",
        "بناء المدينة");
    line(plan.equipment(), 2024, BudgetCategory.EQUIPMENT, "Équipement du CMC", "تجهيز المدينة");
  }

  private void line(long[] shares, int year, BudgetCategory category, String fr, String ar) {
    Map<Funder, BigDecimal> split = new EnumMap<>(Funder.class);
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (Funder funder : List.of(Funder.values())) {
      BigDecimal share = millions(shares[funder.ordinal()]);
      split.put(funder, share);
      total = total.add(share);
    }
    budget.createBudgetLine(
        year,
        category,
        null,
        LocalizedName.of("label", fr, ar),
        total,
        FunderSplit.exact("split", total, split));
  }

  private static BigDecimal millions(long m) {
    return BigDecimal.valueOf(m).multiply(BigDecimal.valueOf(1_000_000)).setScale(2);
  }
}
