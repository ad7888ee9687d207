package ma.ofppt.cmc.platform.security.demo;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In demo mode, tells MicroProfile JWT to trust the demo key and issuer. Its ordinal sits below
 * system properties and environment variables, so an explicitly configured identity provider always
 * wins; outside demo mode it supplies nothing.
 */
public class DemoJwtConfigSource implements ConfigSource {
  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
  static final String ISSUER = "mp.jwt.verify.issuer";

  @Override
  public Set<String> getPropertyNames() {
    return DemoMode.isEnabled() ? Set.of(PUBLIC_KEY, ISSUER) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    if (!DemoMode.isEnabled()) {
      return Map.of();
    }
    return Map.of(PUBLIC_KEY, DemoSigningKey.publicKeyPem(), ISSUER, DemoMode.ISSUER);
  }

  @Override
  public String getValue(String propertyName) {
    if (!DemoMode.isEnabled()) {
      return null;
    }
    return switch (propertyName) {
      case PUBLIC_KEY -> DemoSigningKey.publicKeyPem();
      case ISSUER -> DemoMode.ISSUER;
      default -> null;
    };
  }

  @Override
  public String getName() {
    return "cmc-demo-jwt";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }
}
