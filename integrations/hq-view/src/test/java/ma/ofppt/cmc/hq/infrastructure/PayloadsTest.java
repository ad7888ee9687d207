package ma.ofppt.cmc.hq.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;
import ma.ofppt.cmc.hq.domain.Snapshot;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadsTest {
  private static final String SNAPSHOT =
      """
      {"source":"admissions","computedAt":"2026-12-03T10:15:30.123456Z",
       "changedSince":"2026-12-03T10:15:29Z",
       "figures":[
         {"period":"intake:2025-2026","sector":"DIGITAL","pole":"P-NUM","level":"TS",
          "funder":"","category":null,"measure":"seats","value":"120"},
         {"period":"fiscal:2026","funder":"REGION","measure":"paid","value":"1500000.50"},
         {"period":"intake:2025-2026","measure":"applications","value":458}
       ]}
      """;

  @Test
  void aSnapshotReadsWithEveryDimensionAndExactValues() {
    Snapshot s = Payloads.snapshot(SNAPSHOT);
    assertEquals("admissions", s.source());
    assertEquals(Instant.parse("2026-12-03T10:15:30.123456Z"), s.computedAt());
    assertEquals(Instant.parse("2026-12-03T10:15:29Z"), s.changedSince());
    assertEquals(3, s.figures().size());
    Figure seats = s.figures().get(0);
    assertEquals("DIGITAL", seats.sector());
    assertEquals("P-NUM", seats.pole());
    assertEquals("TS", seats.level());
    assertEquals("", seats.funder());
    assertEquals("", seats.category(), "a null dimension is an empty one");
    assertEquals(new BigDecimal("120"), seats.value());
    Figure paid = s.figures().get(1);
    assertEquals("", paid.sector(), "an absent dimension is an empty one");
    assertEquals(new BigDecimal("1500000.50"), paid.value());
    assertEquals(new BigDecimal("458"), s.figures().get(2).value());
  }

  @Test
  void aFullSnapshotMayCarryNoChangeAndNoFigures() {
    Snapshot s =
        Payloads.snapshot(
            "{\"source\":\"boarding\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":[]}");
    assertNull(s.changedSince());
    assertEquals(0, s.figures().size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":[]}",
        "{\"source\":\"Admissions!\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":[]}",
        "{\"source\":\"admissions\",\"figures\":[]}",
        "{\"source\":\"admissions\",\"computedAt\":\"yesterday\",\"figures\":[]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\"}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":[1]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"2025\",\"measure\":\"seats\",\"value\":\"1\"}]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"intake:2025-2026\",\"measure\":\"Seats\",\"value\":\"1\"}]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"intake:2025-2026\",\"measure\":\"seats\",\"value\":\"many\"}]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"intake:2025-2026\",\"measure\":\"seats\"}]}",
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"intake:2025-2026\",\"pole\":7,\"measure\":\"seats\",\"value\":\"1\"}]}",
        // the same figure twice: which one would HQ keep?
        "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\",\"figures\":["
            + "{\"period\":\"intake:2025-2026\",\"measure\":\"seats\",\"value\":\"1\"},"
            + "{\"period\":\"intake:2025-2026\",\"measure\":\"seats\",\"value\":\"2\"}]}"
      })
  void aMalformedSnapshotIsRefusedAsSuch(String payload) {
    assertThrows(IllegalArgumentException.class, () -> Payloads.snapshot(payload));
  }

  @Test
  void aMalformedFigureIsNamedByItsPlace() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Payloads.snapshot(
                    "{\"source\":\"admissions\",\"computedAt\":\"2026-12-03T10:00:00Z\","
                        + "\"figures\":[{\"period\":\"intake:2025-2026\",\"measure\":\"seats\","
                        + "\"value\":\"1\"},{\"period\":\"intake:2025-2026\",\"measure\":\"beds\"}]}"));
    assertTrue(e.getMessage().startsWith("figures[1].value"), e.getMessage());
  }

  @Test
  void aSignedDigestVerifiesAndATamperedOneDoesNot() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    UUID id = UUID.randomUUID();
    String head = "a".repeat(64);
    Instant at = Instant.parse("2026-12-03T10:15:30.123456Z");
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initSign(pair.getPrivate());
    ed25519.update(CanonicalForm.digest("oriental", 42, head, at).getBytes(StandardCharsets.UTF_8));
    String signature = Base64.getEncoder().encodeToString(ed25519.sign());
    String pem = LedgerKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded());
    String keyId = LedgerKeys.keyId(pair.getPublic());
    String json =
        "{\"id\":\"%s\",\"entryCount\":42,\"headHash\":\"%s\",\"producedAt\":\"%s\",\"keyId\":\"%s\",\"signature\":\"%s\",\"publicKey\":%s}"
            .formatted(id, head, at, keyId, signature, jakarta.json.Json.createValue(pem));

    ReceivedDigest digest = HqStore.verified(Payloads.digest("oriental", json));
    assertEquals(42, digest.entryCount());
    assertEquals(id, digest.id());

    // Signed for another city, or with a count changed on the way: refused.
    assertThrows(
        IllegalArgumentException.class,
        () -> HqStore.verified(Payloads.digest("fes-meknes", json)));
    assertThrows(
        IllegalArgumentException.class,
        () -> HqStore.verified(Payloads.digest("oriental", json.replace(":42,", ":43,"))));
    // A key id that is not the key's.
    assertThrows(
        IllegalArgumentException.class,
        () -> HqStore.verified(Payloads.digest("oriental", json.replace(keyId, "b".repeat(64)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Payloads.digest("oriental", json.replace(":42,", ":-1,")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Payloads.digest("oriental", json.replace(id.toString(), "not-a-uuid")));
  }
}
