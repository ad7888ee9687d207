package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.ofppt.cmc.finance.domain.BookReports;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.BudgetCategory;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.Money;

/**
 * Budget execution of the city, as defined in docs/finance-figures.md: for each fiscal year,
 * category and funder, the budget (sum of the lines' shares), committed (net of reversals, pending
 * approval included) and paid (net of reversals), and the execution rate paid ÷ budget in percent,
 * rounded half-up to two decimals (null when the budget is zero). Amounts only: no personal data.
 */
@ApplicationScoped
public class FinanceFigures {
  @Inject Books books;
  @Inject BookReports reports;

  /** One cell of the report. */
  public record Row(
      int fiscalYear,
      BudgetCategory category,
      Funder funder,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal executionRate) {}

  private record Key(int year, BudgetCategory category, Funder funder) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Integer.compare(year, o.year);
      if (c == 0) {
        c = category.compareTo(o.category);
      }
      return c == 0 ? funder.compareTo(o.funder) : c;
    }
  }

  @Transactional
  public List<Row> execution(Integer fiscalYear, Funder onlyFunder) {
    Map<Key, BigDecimal[]> cells = new TreeMap<>();
    for (BudgetLine line : books.budgetLines(fiscalYear)) {
      for (Funder funder : Funder.values()) {
        if (onlyFunder != null && onlyFunder != funder) {
          continue;
        }
        BigDecimal[] sums =
            cells.computeIfAbsent(
                new Key(line.fiscalYear(), line.category(), funder),
                k -> new BigDecimal[] {Money.ZERO, Money.ZERO, Money.ZERO});
        sums[0] = sums[0].add(line.split().share(funder));
        sums[1] = sums[1].add(line.committed().share(funder));
        sums[2] = sums[2].add(line.paid().share(funder));
      }
    }
    List<Row> rows = new ArrayList<>();
    cells.forEach(
        (key, sums) ->
            rows.add(
                new Row(
                    key.year(),
                    key.category(),
                    key.funder(),
                    sums[0],
                    sums[1],
                    sums[2],
                    rate(sums[2], sums[0]))));
    return rows;
  }

  /** A statement entry with the funder's totals after it. */
  public record RunningEntry(
      BookReports.StatementEntry entry,
      BigDecimal budgetTotal,
      BigDecimal committedTotal,
      BigDecimal paidTotal) {}

  /**
   * A funder's statement entries (of one fiscal year, or all), oldest first, each with the running
   * totals of budget, committed and paid after it: the last one's totals are the statement's.
   */
  @Transactional
  public List<RunningEntry> statementEntries(Funder funder, Integer fiscalYear) {
    BigDecimal budget = Money.ZERO;
    BigDecimal committed = Money.ZERO;
    BigDecimal paid = Money.ZERO;
    List<RunningEntry> entries = new ArrayList<>();
    for (BookReports.StatementEntry e : reports.statement(funder, fiscalYear)) {
      budget = budget.add(e.budget());
      committed = committed.add(e.committed());
      paid = paid.add(e.paid());
      entries.add(new RunningEntry(e, budget, committed, paid));
    }
    return entries;
  }

  /** paid ÷ budget × 100, half-up to 2 decimals; null for a zero budget. */
  public static BigDecimal rate(BigDecimal paid, BigDecimal budget) {
    return budget.signum() == 0
        ? null
        : paid.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
  }
}
