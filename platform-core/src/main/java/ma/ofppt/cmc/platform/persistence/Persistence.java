package ma.ofppt.cmc.platform.persistence;

/** Names shared by the persistence unit, the data source and the health checks. */
public final class Persistence {
  /** The one persistence unit of the platform; every module's entities belong to it. */
  public static final String UNIT = "cmc";

  /**
   * The application's pooled data source (the non-owner role). A {@code java:global} name so that
   * components outside the web module, such as health checks, can look it up.
   */
  public static final String DATA_SOURCE = "java:global/jdbc/cmc";

  /** The PostgreSQL setting that row-level security policies compare {@code tenant_id} against. */
  public static final String TENANT_SETTING = "app.tenant_id";

  private Persistence() {}
}
