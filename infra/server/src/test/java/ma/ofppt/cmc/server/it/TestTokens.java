package ma.ofppt.cmc.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.platform.security.demo.DemoMode;

/**
 * Builds and signs JWTs in the test JVM, with full control of header and claims, so that tests can
 * present the tokens a real client, a careless one or an attacker would send.
 */
public final class TestTokens {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Map<String, JsonValue> header = new LinkedHashMap<>();
  private final Map<String, JsonValue> claims = new LinkedHashMap<>();

  private TestTokens(String subject, List<String> groups) {
    Instant now = Instant.now();
    header("alg", "RS256");
    header("typ", "JWT");
    header("kid", "cmc-demo");
    claim("iss", DemoMode.ISSUER);
    claim("sub", subject);
    claim("upn", subject);
    claim("jti", UUID.randomUUID().toString());
    claim("iat", now.getEpochSecond());
    claim("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());
    claim("groups", Json.createArrayBuilder(groups).build());
  }

  /** A valid token (demo issuer, ten minutes to live) for a city's staff. */
  public static TestTokens city(String tenant, String... roles) {
    return new TestTokens("test." + roles[0] + "@" + tenant, List.of(roles))
        .claim("tenant", tenant);
  }

  /** A valid token for platform roles (no tenant); add a region for an auditor. */
  public static TestTokens platform(String... roles) {
    return new TestTokens("test." + roles[0] + "@ofppt", List.of(roles));
  }

  public TestTokens header(String name, String value) {
    header.put(name, Json.createValue(value));
    return this;
  }

  public TestTokens claim(String name, String value) {
    claims.put(name, Json.createValue(value));
    return this;
  }

  public TestTokens claim(String name, long value) {
    claims.put(name, Json.createValue(value));
    return this;
  }

  public TestTokens claim(String name, JsonValue value) {
    claims.put(name, value);
    return this;
  }

  public TestTokens without(String claim) {
    claims.remove(claim);
    return this;
  }

  public TestTokens issuedAt(Instant at) {
    return claim("iat", at.getEpochSecond());
  }

  public TestTokens expiresAt(Instant at) {
    return claim("exp", at.getEpochSecond());
  }

  public JsonObject header() {
    return object(header);
  }

  public JsonObject claims() {
    return object(claims);
  }

  /** Signed with the demo key the server under test trusts. */
  public String signed() {
    return signedWith(TestPlatform.get().demoKey().getPrivate());
  }

  /** Signed RS256 with {@code key}, whatever the header's {@code alg} says. */
  public String signedWith(PrivateKey key) {
    String signingInput = encode(header()) + "." + encode(claims());
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + ENCODER.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a test token", e);
    }
  }

  /** An unsecured JWS: header {@code alg} set to {@code none}, empty signature. */
  public String unsigned() {
    JsonObject none = Json.createObjectBuilder(header()).add("alg", "none").build();
    return encode(none) + "." + encode(claims()) + ".";
  }

  /** The token with its payload replaced by {@code payload}, header and signature kept. */
  public static String withPayload(String token, JsonObject payload) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a compact JWS: " + token);
    }
    return parts[0] + "." + encode(payload) + "." + parts[2];
  }

  /** The decoded payload of a compact JWS (not verified). */
  public static JsonObject payloadOf(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a compact JWS: " + token);
    }
    String json = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObject object(Map<String, JsonValue> members) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    members.forEach(builder::add);
    return builder.build();
  }

  private static String encode(JsonObject json) {
    return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
