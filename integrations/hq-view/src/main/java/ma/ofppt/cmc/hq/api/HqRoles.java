package ma.ofppt.cmc.hq.api;

import ma.ofppt.cmc.platform.security.Roles;

/** Who reads what here: HQ's analysts the national store; a city's staff their own periods. */
final class HqRoles {
  static final String ANALYST = Roles.HQ_ANALYST;

  static final String DIRECTOR = Roles.CITY_DIRECTOR;
  static final String ADMISSIONS = Roles.ADMISSIONS_OFFICER;
  static final String REGISTRAR = Roles.REGISTRAR;
  static final String FINANCE = Roles.FINANCE_OFFICER;
  static final String CAMPUS = Roles.CAMPUS_MANAGER;
  static final String CAREERS = Roles.CAREER_ADVISOR;

  private HqRoles() {}
}
