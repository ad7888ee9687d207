package ma.ofppt.cmc.boarding.api;

import ma.ofppt.cmc.platform.security.Roles;

/**
 * Who may do what in the boarding house: the campus manager runs it and the director oversees it
 * (both read and write); the registrar and the finance officer (catering, costs) read.
 */
final class BoardingRoles {
  static final String DIRECTOR = Roles.CITY_DIRECTOR;
  static final String MANAGER = Roles.CAMPUS_MANAGER;
  static final String REGISTRAR = Roles.REGISTRAR;
  static final String FINANCE = Roles.FINANCE_OFFICER;

  private BoardingRoles() {}
}
