package ma.ofppt.cmc.finance.domain;

/**
 * Where a commitment stands. Above the approval threshold it waits for a city director; a reversed
 * commitment keeps its row and gains a {@link #REVERSAL} row with the negated amounts.
 */
public enum CommitmentStatus {
  PENDING_APPROVAL,
  APPROVED,
  REVERSED,
  REVERSAL
}
