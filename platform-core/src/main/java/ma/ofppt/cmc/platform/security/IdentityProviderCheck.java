package ma.ofppt.cmc.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import ma.ofppt.cmc.platform.security.demo.DemoMode;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a platform that could not verify any token. Without demo mode, MicroProfile JWT
 * needs the identity provider's key (or JWKS location) and issuer; missing, every signed-in request
 * would fail with a 500 while the health check said ready.
 */
@ApplicationScoped
public class IdentityProviderCheck {
  static final List<String> KEY_SETTINGS =
      List.of("mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location");
  static final String ISSUER_SETTING = "mp.jwt.verify.issuer";

  public void verify() {
    if (DemoMode.isEnabled()) {
      return;
    }
    Config config = ConfigProvider.getConfig();
    boolean key =
        KEY_SETTINGS.stream()
            .anyMatch(name -> config.getOptionalValue(name, String.class).isPresent());
    boolean issuer = config.getOptionalValue(ISSUER_SETTING, String.class).isPresent();
    if (!key || !issuer) {
      throw new IllegalStateException(
          "no identity provider is configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (the JWKS URL) and"
              + " MP_JWT_VERIFY_ISSUER (see docs/adr/0004-identity-and-demo-tokens.md), or run in demo mode"
              + " (CMC_DEMO_ENABLED=true) for local use");
    }
  }
}
