package ma.ofppt.cmc.platform.security;

/** Names of the claims the platform reads beyond the MicroProfile JWT standard ones. */
public final class TokenClaims {
  /** The city the token acts for: the only source of a request's tenant. */
  public static final String TENANT = "tenant";

  /** The region a {@code region-auditor} token is scoped to. */
  public static final String REGION = "region";

  private TokenClaims() {}
}
