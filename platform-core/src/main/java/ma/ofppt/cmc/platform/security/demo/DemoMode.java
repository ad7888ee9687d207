package ma.ofppt.cmc.platform.security.demo;

/**
 * Demo mode: the server signs its own tokens ({@code POST /api/dev/tokens}) and accepts them. On
 * for the embedded default that the README's run command starts, off everywhere else. It is read
 * from the system property {@code cmc.demo.enabled} or the environment variable {@code
 * CMC_DEMO_ENABLED} directly, not through MicroProfile Config, because the configuration source
 * that publishes the demo key must know it before Config exists.
 */
public final class DemoMode {
  public static final String PROPERTY = "cmc.demo.enabled";
  public static final String ENVIRONMENT = "CMC_DEMO_ENABLED";

  /** The issuer of demo tokens; a real identity provider has its own. */
  public static final String ISSUER = "https://cmc-platform.local/demo";

  private DemoMode() {}

  public static boolean isEnabled() {
    String value = System.getProperty(PROPERTY);
    if (value == null) {
      value = System.getenv(ENVIRONMENT);
    }
    return Boolean.parseBoolean(value);
  }
}
