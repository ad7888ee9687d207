package ma.ofppt.cmc.finance.api;

import ma.ofppt.cmc.platform.security.Roles;

/**
 * Who may do what with the city's money: the finance officer writes (the maker); the city director
 * reads everything and approves commitments above the threshold (the checker).
 */
final class FinanceRoles {
  static final String OFFICER = Roles.FINANCE_OFFICER;
  static final String DIRECTOR = Roles.CITY_DIRECTOR;

  private FinanceRoles() {}
}
