package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ma.ofppt.cmc.finance.domain.BookReports;

/**
 * The cross-check of the running totals against the entries they sum, recomputed by the database:
 * on every budget line, committed and paid per funder; on every commitment, invoiced and paid per
 * funder. Normally it finds nothing; a difference means that a total was written past the
 * application (the ledger cannot see that: it chains the events, not the totals).
 */
@ApplicationScoped
public class ConsistencyCheck {
  @Inject BookReports reports;

  @Transactional
  public BookReports.Consistency run() {
    return reports.runningTotals();
  }
}
