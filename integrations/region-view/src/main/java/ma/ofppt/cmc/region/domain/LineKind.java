package ma.ofppt.cmc.region.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a spending line is, by the type of the ledger entry that created it. */
public enum LineKind {
  AGREEMENT("agreement.signed"),
  BUDGET_LINE("budget-line.created"),
  COMMITMENT("commitment.made"),
  COMMITMENT_REVERSAL("commitment.reversed"),
  INVOICE("invoice.recorded"),
  PAYMENT("payment.made"),
  PAYMENT_REVERSAL("payment.reversed");

  private final String entryType;

  LineKind(String entryType) {
    this.entryType = entryType;
  }

  /** The ledger entry type that opens a line of this kind. */
  public String entryType() {
    return entryType;
  }

  public static Optional<LineKind> openedBy(String entryType) {
    return Arrays.stream(values()).filter(k -> k.entryType.equals(entryType)).findFirst();
  }
}
