package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;

/**
 * What finance sends HQ: per fiscal year, budget category and funder, the budget, committed and
 * paid amounts (MAD) of {@link FinanceFigures#execution}, exactly the cells of the city's own
 * execution report ({@code GET /v1/finance/figures/execution}); HQ derives the execution rate from
 * the sums. Amounts only.
 */
@ApplicationScoped
public class FinanceFigureSource implements FigureSource {
  public static final String NAME = "finance";

  @Inject FinanceFigures figures;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    for (FinanceFigures.Row row : figures.execution(null, null)) {
      String funder = row.funder().name();
      String category = row.category().name();
      out.add(cell(row.fiscalYear(), "budget", row.budget(), funder, category));
      out.add(cell(row.fiscalYear(), "committed", row.committed(), funder, category));
      out.add(cell(row.fiscalYear(), "paid", row.paid(), funder, category));
    }
    return out;
  }

  private static Figure cell(
      int year, String measure, java.math.BigDecimal value, String funder, String category) {
    return Figure.ofFiscalYear(year, measure, value).withFunder(funder).withCategory(category);
  }
}
