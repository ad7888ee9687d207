package ma.ofppt.cmc.staff.domain;

/**
 * The employment contract: permanent, fixed-term (which ends on a known day), or part-time /
 * vacation (vacataire: paid by the hour, typically a professional who teaches a few hours a week).
 */
public enum ContractType {
  PERMANENT,
  FIXED_TERM,
  PART_TIME_VACATION
}
