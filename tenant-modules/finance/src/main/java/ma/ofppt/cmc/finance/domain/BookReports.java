package ma.ofppt.cmc.finance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Set-based reads of the city's books that recompute from the entries: a funder's statement in the
 * order the entries were recorded, and the cross-check of every running total (committed and paid
 * on a budget line, invoiced and paid on a commitment) against the entries it sums.
 */
public interface BookReports {
  /** What a statement entry is. */
  enum EntryKind {
    BUDGET_LINE,
    COMMITMENT,
    COMMITMENT_REVERSAL,
    PAYMENT,
    PAYMENT_REVERSAL
  }

  /**
   * One entry of a funder's statement: what it adds to the funder's budget, committed and paid (a
   * reversal subtracts), for one budget line of a fiscal year.
   */
  record StatementEntry(
      Instant recordedAt,
      LocalDate date,
      EntryKind kind,
      UUID recordId,
      String reference,
      int fiscalYear,
      BudgetCategory category,
      UUID budgetLineId,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid) {}

  /**
   * The entries in which the funder has a share other than zero, of one fiscal year or all, oldest
   * first (recording time, then budget line before commitment before payment, then id).
   */
  List<StatementEntry> statement(Funder funder, Integer fiscalYear);

  /** A running total that is not the sum of its entries. */
  record TotalDifference(
      String record,
      UUID id,
      String label,
      String total,
      Funder funder,
      BigDecimal recorded,
      BigDecimal recomputed) {
    public BigDecimal difference() {
      return recorded.subtract(recomputed);
    }
  }

  /** The cross-check: how many rows were checked, and every difference found. */
  record Consistency(long budgetLines, long commitments, List<TotalDifference> differences) {}

  Consistency runningTotals();
}
