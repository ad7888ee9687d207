package ma.ofppt.cmc.finance.domain;

/**
 * Where a funding agreement row stands. Terms are {@link #IN_FORCE} until cancelled or amended; the
 * correction itself is a {@link #REVERSAL} row with the negated amount.
 */
public enum AgreementStatus {
  IN_FORCE,
  AMENDED,
  CANCELLED,
  REVERSAL
}
