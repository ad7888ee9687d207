package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.launcher.ledger.VerifyLedger;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.ChainEntry;
import ma.ofppt.cmc.platform.ledger.ChainJson;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;
import ma.ofppt.cmc.platform.ledger.SignedDigest;
import org.junit.jupiter.api.Test;

/**
 * The ledger end to end: a chain written as the application role (finance appends in-process; no
 * public endpoint appends), the database refusing every change to it whoever asks, tampering done
 * past the trigger as a superuser in Laayoune-Sakia-El Hamra and named by the endpoint and the
 * command-line verifier alike, digests that verify with the published key, and Tanger seeing none
 * of it.
 */
class LedgerIT extends PlatformIT {
  private static final String CITY = "laayoune-sakia-el-hamra";
  private static final String OTHER = "tanger-tetouan-al-hoceima";

  private String finance() {
    return api.cityToken(CITY, "finance-officer");
  }

  private String director() {
    return api.cityToken(CITY, "city-director");
  }

  @Test
  void anIntactChainVerifiesOnTheServerAndOffline() throws Exception {
    List<ChainEntry> chain = rebuild(5);
    JsonObject v = verification(finance());
    assertTrue(v.getBoolean("valid"), v.toString());
    assertEquals(5, v.getJsonNumber("entries").longValue());
    assertEquals(chain.get(4).hash(), v.getString("head"));
    assertFalse(v.containsKey("firstBroken") && !v.isNull("firstBroken"), v.toString());

    Api.Reply page = api.get("/api/v1/ledger/entries?page=0&size=2", director());
    assertEquals(200, page.status(), page.toString());
    assertEquals(5, page.json().getJsonNumber("total").longValue());
    JsonObject first = page.json().getJsonArray("items").getJsonObject(0);
    assertEquals(1, first.getInt("sequence"));
    assertEquals(chain.get(0).hash(), first.getString("hash"));
    assertEquals("100.00", first.getJsonObject("facts").getString("amount"));

    String export = export(finance());
    assertEquals(chain, ChainJson.parseLines(export));
    assertEquals(0, cli(export, null).status, "the CLI agrees");
  }

  @Test
  void theDatabaseRefusesUpdateDeleteAndTruncateToTheApplicationAndTheOwner() throws Exception {
    List<ChainEntry> chain = rebuild(3);
    for (boolean owner : new boolean[] {false, true}) {
      for (String sql :
          List.of(
              "update ledger_entry set facts = 'amount=1.00\n' where sequence = 2",
              "delete from ledger_entry where sequence = 3",
              "truncate ledger_entry",
              "update ledger_digest set entry_count = 0",
              "delete from ledger_digest",
              "truncate ledger_digest")) {
        try (Connection db = owner ? testPlatform().asOwner() : testPlatform().asApplication()) {
          db.setAutoCommit(false);
          bindCity(db, CITY);
          SQLException refused =
              assertThrows(
                  SQLException.class,
                  () -> {
                    try (Statement s = db.createStatement()) {
                      s.execute(sql);
                    }
                  },
                  (owner ? "owner: " : "app: ") + sql);
          assertEquals("42501", refused.getSQLState(), refused.getMessage());
          if (owner) {
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
          }
          db.rollback();
        }
      }
    }
    JsonObject v = verification(finance());
    assertTrue(v.getBoolean("valid"), v.toString());
    assertEquals(chain.get(2).hash(), v.getString("head"));
  }

  @Test
  void anEditedEntryIsNamed() throws Exception {
    rebuild(5);
    tamper(
        "update ledger_entry set facts = 'amount=999999.00\nfunder=REGION\n'"
            + " where tenant_id = '"
            + CITY
            + "' and sequence = 3");
    assertBroken(3, "edited");
  }

  @Test
  void aDeletedEntryIsNamed() throws Exception {
    rebuild(5);
    tamper("delete from ledger_entry where tenant_id = '" + CITY + "' and sequence = 2");
    assertBroken(2, "deleted");
  }

  @Test
  void reorderedEntriesAreNamed() throws Exception {
    rebuild(5);
    String where = " where tenant_id = '" + CITY + "' and sequence = ";
    tamper(
        "update ledger_entry set sequence = 1000003" + where + "3",
        "update ledger_entry set sequence = 3" + where + "4",
        "update ledger_entry set sequence = 4" + where + "1000003");
    assertBroken(3, "reordered");
  }

  @Test
  void aTruncatedChainIsNamedAgainstTheSignedDigest() throws Exception {
    List<ChainEntry> chain = rebuild(5);
    Api.Reply produced = api.post("/api/v1/ledger/digests", director(), null);
    assertEquals(201, produced.status(), produced.toString());
    JsonObject digest = produced.json();
    assertEquals(5, digest.getJsonNumber("entryCount").longValue());
    assertEquals(chain.get(4).hash(), digest.getString("headHash"));
    Api.Reply listed = api.get("/api/v1/ledger/digests", finance());
    assertEquals(200, listed.status(), listed.toString());
    assertEquals(
        digest.getString("id"),
        listed.json().getJsonArray("items").getJsonObject(0).getString("id"));

    Api.Reply key = api.get("/api/v1/ledger/public-key", api.hqToken());
    assertEquals(200, key.status(), key.toString());
    String pem = key.json().getString("pem");
    SignedDigest signed = ChainJson.parseDigest(digest.toString());
    assertTrue(signed.isSignedBy(LedgerKeys.publicKey(pem)), "the digest verifies with the key");
    assertEquals(LedgerKeys.keyId(LedgerKeys.publicKey(pem)), digest.getString("keyId"));
    SignedDigest altered =
        new SignedDigest(
            signed.id(),
            CITY,
            3,
            chain.get(2).hash(),
            signed.producedAt(),
            signed.keyId(),
            signed.signature());
    assertFalse(altered.isSignedBy(LedgerKeys.publicKey(pem)), "an altered digest does not");

    tamper("delete from ledger_entry where tenant_id = '" + CITY + "' and sequence >= 4");
    JsonObject v = verification(finance());
    assertFalse(v.getBoolean("valid"), v.toString());
    assertEquals(4, v.getJsonObject("firstBroken").getInt("sequence"), v.toString());
    assertEquals("truncated", v.getJsonObject("firstBroken").getString("reason"));

    String export = export(finance());
    assertEquals(0, cli(export, null).status, "without the digest the shortened chain holds");
    Path digestFile = Files.createTempFile("ledger-digest", ".json");
    Path keyFile = Files.createTempFile("ledger-key", ".pem");
    Files.writeString(digestFile, digest.toString());
    Files.writeString(keyFile, pem);
    Cli withDigest =
        cli(
            export,
            new String[] {"--digest", digestFile.toString(), "--public-key", keyFile.toString()});
    assertEquals(1, withDigest.status, withDigest.out);
    assertTrue(withDigest.out.contains("at entry 4: truncated"), withDigest.out);

    Api.Reply refused = api.post("/api/v1/ledger/digests", director(), null);
    assertEquals(409, refused.status(), "a broken chain is never signed: " + refused);
    assertEquals("ledger", refused.problemField());
  }

  @Test
  void anotherCitySeesNoneOfTheChainItsDigestsOrItsVerification() throws Exception {
    List<ChainEntry> chain = rebuild(3);
    Api.Reply produced = api.post("/api/v1/ledger/digests", director(), null);
    assertEquals(201, produced.status(), produced.toString());
    String digestId = produced.json().getString("id");
    String tanger = api.cityToken(OTHER, "finance-officer");
    String tangerDirector = api.cityToken(OTHER, "city-director");

    Api.Reply entries = api.get("/api/v1/ledger/entries?size=500", tanger);
    assertEquals(200, entries.status(), entries.toString());
    for (JsonValue item : entries.json().getJsonArray("items")) {
      String id = item.asJsonObject().getString("id");
      assertTrue(chain.stream().noneMatch(e -> e.id().toString().equals(id)), "saw " + id);
    }
    String export = export(tanger);
    assertTrue(ChainJson.parseLines(export).stream().allMatch(e -> e.tenant().equals(OTHER)));
    for (ChainEntry e : chain) {
      assertFalse(export.contains(e.id().toString()));
    }
    Api.Reply digests = api.get("/api/v1/ledger/digests?size=500", tangerDirector);
    assertEquals(200, digests.status(), digests.toString());
    for (JsonValue item : digests.json().getJsonArray("items")) {
      assertNotEquals(digestId, item.asJsonObject().getString("id"));
      assertEquals(OTHER, item.asJsonObject().getString("tenant"));
    }
    JsonObject v = verification(tanger);
    assertNotEquals(chain.get(2).hash(), v.getString("head"));
    if (v.containsKey("digest") && !v.isNull("digest")) {
      assertNotEquals(digestId, v.getJsonObject("digest").getString("id"));
    }
    // Tanger signing its own digest changes nothing of Laayoune's
    assertEquals(201, api.post("/api/v1/ledger/digests", tangerDirector, null).status());
    JsonObject own = verification(finance());
    assertTrue(own.getBoolean("valid"), own.toString());
    assertEquals(digestId, own.getJsonObject("digest").getString("id"));
    assertEquals(3, own.getJsonNumber("entries").longValue());
  }

  @Test
  void rolesAndBadPagingAreRefusedClearly() {
    assertEquals(
        403, api.get("/api/v1/ledger/verification", api.cityToken(CITY, "trainer")).status());
    assertEquals(403, api.post("/api/v1/ledger/digests", finance(), null).status());
    assertEquals(401, api.get("/api/v1/ledger/verification", null).status());
    Api.Reply bad = api.get("/api/v1/ledger/entries?size=0", finance());
    assertEquals(400, bad.status(), bad.toString());
    assertEquals("size", bad.problemField());
  }

  // ---- helpers

  private JsonObject verification(String token) {
    Api.Reply reply = api.get("/api/v1/ledger/verification", token);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private String export(String token) {
    Api.Reply reply =
        api.send(
            "GET", "/api/v1/ledger/export", token, null, Map.of("Accept", "application/x-ndjson"));
    assertEquals(200, reply.status(), reply.toString());
    return reply.body();
  }

  private void assertBroken(long sequence, String reason) throws Exception {
    JsonObject v = verification(director());
    assertFalse(v.getBoolean("valid"), v.toString());
    assertEquals(sequence, v.getJsonObject("firstBroken").getInt("sequence"), v.toString());
    assertEquals(reason, v.getJsonObject("firstBroken").getString("reason"), v.toString());
    Cli cli = cli(export(finance()), null);
    assertEquals(1, cli.status, cli.out);
    assertTrue(cli.out.contains("at entry " + sequence + ": " + reason), cli.out);
  }

  private record Cli(int status, String out) {}

  private static Cli cli(String export, String[] more) throws Exception {
    Path file = Files.createTempFile("ledger", ".jsonl");
    Files.writeString(file, export);
    List<String> args = new ArrayList<>(List.of(file.toString(), "--tenant", CITY));
    if (more != null) {
      args.addAll(List.of(more));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        VerifyLedger.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(
        status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
  }

  private static void bindCity(Connection db, String city) throws SQLException {
    try (PreparedStatement bind =
        db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      bind.setString(1, city);
      bind.execute();
    }
  }

  /** As a superuser, past the append-only trigger, in one transaction. */
  private static void tamper(String... statements) throws SQLException {
    try (Connection db = testPlatform().asSuperuser()) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("alter table ledger_entry disable trigger ledger_entry_append_only");
        s.execute("alter table ledger_digest disable trigger ledger_digest_append_only");
        for (String sql : statements) {
          s.execute(sql);
        }
        s.execute("alter table ledger_entry enable trigger ledger_entry_append_only");
        s.execute("alter table ledger_digest enable trigger ledger_digest_append_only");
      }
      db.commit();
    }
  }

  /**
   * Laayoune's chain wiped (as a superuser, past the trigger: this city is the tampering ground)
   * and rewritten with {@code length} valid entries as the application role, hashed with
   * platform-core's canonical form, the way the ledger appends.
   */
  private static List<ChainEntry> rebuild(int length) throws SQLException {
    tamper(
        "delete from ledger_entry where tenant_id = '" + CITY + "'",
        "delete from ledger_digest where tenant_id = '" + CITY + "'");
    List<ChainEntry> chain = new ArrayList<>();
    String previous = CanonicalForm.GENESIS;
    try (Connection db = testPlatform().asApplication()) {
      db.setAutoCommit(false);
      bindCity(db, CITY);
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into ledger_entry (tenant_id, id, version, sequence, type, subject_id,"
                  + " recorded_at, actor, facts, previous_hash, hash)"
                  + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= length; i++) {
          TreeMap<String, String> facts = new TreeMap<>();
          facts.put("amount", i + "00.00");
          facts.put("funder", "REGION");
          ChainEntry e =
              ChainEntry.chained(
                  CITY,
                  i,
                  UUID.randomUUID(),
                  "payment.recorded",
                  UUID.randomUUID(),
                  Instant.now(),
                  "ledger-it",
                  facts,
                  previous);
          insert.setString(1, CITY);
          insert.setObject(2, e.id());
          insert.setLong(3, e.sequence());
          insert.setString(4, e.type());
          insert.setObject(5, e.subjectId());
          insert.setObject(6, e.recordedAt().atOffset(ZoneOffset.UTC));
          insert.setString(7, e.actor());
          insert.setString(8, CanonicalForm.facts(e.facts()));
          insert.setString(9, e.previousHash());
          insert.setString(10, e.hash());
          insert.executeUpdate();
          chain.add(e);
          previous = e.hash();
        }
      }
      db.commit();
    }
    return chain;
  }
}
