package ma.ofppt.cmc.finance.domain;

/** What a budget line pays for; finer sub-categories are free text on the line. */
public enum BudgetCategory {
  CONSTRUCTION,
  EQUIPMENT,
  OPERATING
}
