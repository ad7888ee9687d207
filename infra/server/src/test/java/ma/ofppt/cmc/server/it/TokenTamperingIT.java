package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Only a token signed by the trusted key, from the trusted issuer, unexpired, for an active city or
 * a known region is honoured; everything else is 401, and nothing but the token's own claims
 * chooses the tenant or the role.
 */
class TokenTamperingIT extends PlatformIT {
  private static final String PROGRAMMES = "/api/v1/programmes";
  private static final String CITY = "marrakech-safi";
  private static final String OTHER_CITY = "souss-massa";
  private static final String SUSPENDED_CITY = "guelmim-oued-noun";

  @Test
  void aTokenSignedInTheTestWithTheDemoKeyIsHonoured() {
    String token = TestTokens.city(CITY, "city-director").signed();
    assertOk(api.get(PROGRAMMES, token));
    Api.Reply me = api.get("/api/v1/me", token);
    assertOk(me);
    assertEquals(CITY, me.json().getJsonObject("tenant").getString("code"));
    assertEquals("test.city-director@" + CITY, me.json().getString("name"));
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    TestTokens claims = TestTokens.city(CITY, "city-director");
    assertOk(api.get(PROGRAMMES, claims.signed()));

    String unsigned = claims.unsigned();
    assertTrue(unsigned.endsWith("."), unsigned);
    assertUnauthorized(api.get(PROGRAMMES, unsigned));
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
    TestTokens claims = TestTokens.city(CITY, "city-director");
    assertOk(api.get(PROGRAMMES, claims.signed()));

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair attacker = generator.generateKeyPair();
    assertUnauthorized(api.get(PROGRAMMES, claims.signedWith(attacker.getPrivate())));
  }

  @Test
  void aTenantEditedAfterSigningIsRefused() {
    String genuine = TestTokens.city(CITY, "city-director").signed();
    assertOk(api.get(PROGRAMMES, genuine));

    JsonObject edited =
        Json.createObjectBuilder(TestTokens.payloadOf(genuine)).add("tenant", OTHER_CITY).build();
    String forged = TestTokens.withPayload(genuine, edited);
    assertEquals(OTHER_CITY, TestTokens.payloadOf(forged).getString("tenant"));
    assertEquals(
        genuine.substring(genuine.lastIndexOf('.')), forged.substring(forged.lastIndexOf('.')));
    assertUnauthorized(api.get(PROGRAMMES, forged));
    assertUnauthorized(api.get("/api/v1/me", forged));
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant now = Instant.now();
    TestTokens claims =
        TestTokens.city(CITY, "city-director").issuedAt(now.minus(Duration.ofHours(1)));
    assertOk(api.get(PROGRAMMES, claims.expiresAt(now.plus(Duration.ofMinutes(5))).signed()));

    // Well past the 30 s clock skew the server allows.
    String expired = claims.expiresAt(now.minus(Duration.ofMinutes(10))).signed();
    assertUnauthorized(api.get(PROGRAMMES, expired));
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    TestTokens claims = TestTokens.city(CITY, "city-director");
    assertOk(api.get(PROGRAMMES, claims.signed()));

    assertUnauthorized(
        api.get(PROGRAMMES, claims.claim("iss", "https://idp.example.com/realms/cmc").signed()));
  }

  @Test
  void aMalformedTokenIsRefused() {
    String genuine = TestTokens.city(CITY, "city-director").signed();
    assertOk(api.get(PROGRAMMES, genuine));

    List<String> malformed =
        List.of(
            "not-a-token",
            "a.b.c",
            genuine.substring(0, genuine.lastIndexOf('.')),
            genuine + ".extra",
            genuine.substring(0, genuine.length() - 10));
    assertAll(
        malformed.stream()
            .map(token -> (Executable) () -> assertUnauthorized(api.get(PROGRAMMES, token))));
  }

  @Test
  void aRequestWithoutTokenIsRefused() {
    assertOk(api.get(PROGRAMMES, TestTokens.city(CITY, "city-director").signed()));

    assertPlatformUnauthorized(api.get(PROGRAMMES, null));
    assertPlatformUnauthorized(
        api.send("GET", PROGRAMMES, null, null, Map.of("Authorization", "Basic Y21jOmNtYw==")));
  }

  @Test
  void aTokenForAnUnknownTenantSignedWithTheRightKeyIsRefusedByThePlatform() {
    assertOk(api.get(PROGRAMMES, TestTokens.city(CITY, "city-director").signed()));

    // Unknown, not in the registry's spelling, not a code at all, empty.
    assertAll(
        List.of("atlantis", "Marrakech-Safi", "marrakech-safi'--", "").stream()
            .map(
                tenant ->
                    (Executable)
                        () ->
                            assertPlatformUnauthorized(
                                api.get(
                                    PROGRAMMES,
                                    TestTokens.city(tenant, "city-director").signed()))));
  }

  @Test
  void aTokenForASuspendedTenantIsRefusedUntilTheSuspensionIsLifted() {
    String city = TestTokens.city(SUSPENDED_CITY, "city-director").signed();
    assertOk(api.get(PROGRAMMES, city));
    String admin = api.platformAdminToken();
    String suspension = "/api/v1/tenants/" + SUSPENDED_CITY + "/suspension";

    Api.Reply suspended =
        api.post(
            suspension,
            admin,
            Json.createObjectBuilder().add("reason", "token tampering test").build());
    try {
      assertOk(suspended);
      assertEquals("SUSPENDED", suspended.json().getString("status"));
      assertPlatformUnauthorized(api.get(PROGRAMMES, city));
      assertPlatformUnauthorized(api.get("/api/v1/me", city));
    } finally {
      if (suspended.status() == 200) {
        Api.Reply restored = api.delete(suspension, admin);
        assertOk(restored);
        assertEquals("ACTIVE", restored.json().getString("status"));
      }
    }
    assertOk(api.get(PROGRAMMES, city));
  }

  @Test
  void aRegionAuditorTokenForAnUnknownRegionIsRefused() {
    String auditor = TestTokens.platform("region-auditor").claim("region", OTHER_CITY).signed();
    Api.Reply me = api.get("/api/v1/me", auditor);
    assertOk(me);
    assertEquals(OTHER_CITY, me.json().getString("region"));
    assertEquals(403, api.get(PROGRAMMES, auditor).status());

    String lost = TestTokens.platform("region-auditor").claim("region", "atlantis").signed();
    assertPlatformUnauthorized(api.get(PROGRAMMES, lost));
    assertPlatformUnauthorized(api.get("/api/v1/me", lost));
  }

  @Test
  void neitherAHeaderNorAQueryParameterChoosesTheTenant() {
    String token = TestTokens.city(CITY, "city-director").signed();
    String other = TestTokens.city(OTHER_CITY, "city-director").signed();
    Api.Reply own = api.get(PROGRAMMES + "?size=5", token);
    Api.Reply theirs = api.get(PROGRAMMES + "?size=5", other);
    assertOk(own);
    assertOk(theirs);
    assertNotEquals(own.body(), theirs.body(), "the two cities' offers must differ");

    Map<String, String> header = Map.of("X-Tenant", OTHER_CITY);
    assertAll(
        () -> assertEquals(CITY, tenantOf(api.send("GET", "/api/v1/me", token, null, header))),
        () -> assertEquals(CITY, tenantOf(api.get("/api/v1/me?tenant=" + OTHER_CITY, token))),
        () ->
            assertEquals(
                own.body(), api.send("GET", PROGRAMMES + "?size=5", token, null, header).body()),
        () ->
            assertEquals(
                own.body(), api.get(PROGRAMMES + "?size=5&tenant=" + OTHER_CITY, token).body()));
  }

  @Test
  void anHqAnalystMayNotListACitysProgrammes() {
    String hq = TestTokens.platform("hq-analyst").signed();
    assertOk(api.get("/api/v1/me", hq));

    Api.Reply reply = api.get(PROGRAMMES, hq);
    assertEquals(403, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(ProblemType.FORBIDDEN.uri(), reply.json().getString("type"), reply::toString);
  }

  @Test
  void aTrainerMayReadButNotCreateProgrammes() {
    String trainer = TestTokens.city(CITY, "trainer").signed();
    assertOk(api.get(PROGRAMMES, trainer));

    Api.Reply reply = api.post(PROGRAMMES, trainer, Json.createObjectBuilder().build());
    assertEquals(403, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(ProblemType.FORBIDDEN.uri(), reply.json().getString("type"), reply::toString);
  }

  private static String tenantOf(Api.Reply me) {
    assertOk(me);
    return me.json().getJsonObject("tenant").getString("code");
  }

  private static void assertOk(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
  }

  /**
   * A 401 from Payara's MicroProfile JWT mechanism, which answers before the application with its
   * own HTML error page: only the status is the platform's to promise.
   */
  private static void assertUnauthorized(Api.Reply reply) {
    assertEquals(401, reply.status(), reply::toString);
  }

  /** A 401 the platform produces (CallerFilter or the JAX-RS mapping): a problem document. */
  private static void assertPlatformUnauthorized(Api.Reply reply) {
    assertEquals(401, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(
        ProblemType.UNAUTHENTICATED.uri(), reply.json().getString("type"), reply::toString);
  }
}
