package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted while a city's messages are being delivered over RabbitMQ: transactions in
 * flight roll back, consumers find the database away and give their messages back to the broker
 * (not to the dead letters: it is not the messages' fault), and once the database is back every
 * message the city committed is applied exactly once by every consumer that takes it, and none
 * half. Guelmim-Oued Noun is this test's city.
 */
class DatabaseRestartIT extends PlatformIT {
  private static final String CITY = "guelmim-oued-noun";
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(120);

  private Api.Reply signDigest() {
    return api.post(
        "/api/v1/ledger/digests",
        api.cityToken(CITY, "city-director"),
        Json.createObjectBuilder().build());
  }

  @Test
  void aDatabaseRestartMidDeliveryLosesNothingAndAppliesNothingTwice() throws Exception {
    Instant started = databaseNow();
    for (int i = 0; i < 10; i++) {
      Api.Reply reply = signDigest();
      assertEquals(201, reply.status(), reply.toString());
    }
    TestPlatform.get().restartDatabase();

    // The city works again as soon as the pool reconnects.
    int after = 0;
    Instant deadline = Instant.now().plus(SETTLED_WITHIN);
    while (after < 5 && Instant.now().isBefore(deadline)) {
      if (signDigest().status() == 201) {
        after++;
      } else {
        Thread.sleep(500);
      }
    }
    assertEquals(5, after, "the city could sign again after the restart");

    List<UUID> committed = digestMessagesSince(started);
    assertTrue(committed.size() >= 15, "every signed digest has its message: " + committed);
    while (Instant.now().isBefore(deadline)
        && !(processed("hq", committed) == committed.size()
            && processed("region", committed) == committed.size())) {
      Thread.sleep(300);
    }
    assertEquals(committed.size(), processed("hq", committed), "HQ applied each message once");
    assertEquals(
        committed.size(), processed("region", committed), "the region applied each message once");
    assertEquals(0, deadLetters(committed), "a database away is not a message's fault");
    assertEquals(List.of(), unpublished(committed), "the outbox drained");
  }

  private static Connection superuser() throws SQLException {
    return TestPlatform.get().asSuperuser();
  }

  private static Instant databaseNow() throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query = db.prepareStatement("select clock_timestamp()");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getTimestamp(1).toInstant();
    }
  }

  private static List<UUID> digestMessagesSince(Instant since) throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query =
            db.prepareStatement(
                "select id from outbox_message where tenant_id = ? and topic = 'ledger.digest'"
                    + " and created_at >= ? order by created_at")) {
      query.setString(1, CITY);
      query.setTimestamp(2, Timestamp.from(since));
      return ids(query);
    }
  }

  private static List<UUID> unpublished(List<UUID> messages) throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query =
            db.prepareStatement(
                "select id from outbox_message where tenant_id = ? and id = any (?::uuid[])"
                    + " and published_at is null")) {
      query.setString(1, CITY);
      query.setArray(2, db.createArrayOf("uuid", messages.toArray()));
      return ids(query);
    }
  }

  private static long processed(String consumer, List<UUID> messages) throws SQLException {
    return count(
        "select count(*) from consolidation.processed_message"
            + " where consumer = ? and message_id = any (?::uuid[])",
        consumer,
        messages);
  }

  private static long deadLetters(List<UUID> messages) throws SQLException {
    return count(
        "select count(*) from consolidation.dead_letter"
            + " where consumer <> ? and message_id = any (?::uuid[])",
        "",
        messages);
  }

  private static long count(String sql, String consumer, List<UUID> messages) throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, consumer);
      query.setArray(2, db.createArrayOf("uuid", messages.toArray()));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static List<UUID> ids(PreparedStatement query) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class));
      }
    }
    return ids;
  }
}
