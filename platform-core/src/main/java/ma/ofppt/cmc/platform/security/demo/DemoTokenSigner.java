package ma.ofppt.cmc.platform.security.demo;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;

/** Signs a claim set as a compact RS256 JWS with the demo key. */
final class DemoTokenSigner {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private DemoTokenSigner() {}

  static String sign(JsonObject claims) {
    JsonObject header =
        JSON.createObjectBuilder()
            .add("alg", "RS256")
            .add("typ", "JWT")
            .add("kid", "cmc-demo")
            .build();
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(DemoSigningKey.get().getPrivate());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a demo token", e);
    }
  }

  private static String encode(JsonObject json) {
    return URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
