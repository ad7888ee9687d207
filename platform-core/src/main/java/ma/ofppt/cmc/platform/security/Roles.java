package ma.ofppt.cmc.platform.security;

import java.util.Set;

/** The roles of the platform, as carried by the token's {@code groups} claim. */
public final class Roles {
  public static final String CITY_DIRECTOR = "city-director";
  public static final String ADMISSIONS_OFFICER = "admissions-officer";
  public static final String REGISTRAR = "registrar";
  public static final String FINANCE_OFFICER = "finance-officer";
  public static final String CAMPUS_MANAGER = "campus-manager";
  public static final String CAREER_ADVISOR = "career-advisor";
  public static final String TRAINER = "trainer";

  public static final String HQ_ANALYST = "hq-analyst";
  public static final String REGION_AUDITOR = "region-auditor";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Roles of a city's staff; a token with any of them must name its city in the tenant claim. */
  public static final Set<String> CITY =
      Set.of(
          CITY_DIRECTOR,
          ADMISSIONS_OFFICER,
          REGISTRAR,
          FINANCE_OFFICER,
          CAMPUS_MANAGER,
          CAREER_ADVISOR,
          TRAINER);

  /** Roles above the cities; such tokens carry no tenant. */
  public static final Set<String> PLATFORM = Set.of(HQ_ANALYST, REGION_AUDITOR, PLATFORM_ADMIN);

  private Roles() {}

  public static boolean isKnown(String role) {
    return CITY.contains(role) || PLATFORM.contains(role);
  }
}
