package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import org.junit.jupiter.api.Test;

/**
 * The embedded default's transport loses nothing across a restart: a server whose relay is off (as
 * if it had died before publishing) takes a city's changes into the outbox and is killed; the next
 * server, in-process, delivers every one of them, once, to every consumer that takes it. Runs its
 * own servers on a database of its own.
 */
class InProcessRestartIT {
  private static final String DATABASE = "cmc_restart";
  private static final String CITY = "souss-massa";
  private static final int CHANGES = 3;
  private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);

  private static List<String> serverProperties(boolean relay) {
    TestPlatform platform = TestPlatform.get();
    return List.of(
        "-Dcmc.demo.enabled=true",
        "-Dcmc.demo.data=false",
        "-Dcmc.demo.key-file=" + platform.demoKeyFile(),
        "-Dcmc.consolidation.transport=in-process",
        "-Dcmc.consolidation.relay-interval-ms=200",
        "-Dcmc.consolidation.enabled=" + relay);
  }

  @Test
  void whatACityCommittedBeforeTheServerDiedIsDeliveredOnceByTheNextOne() throws Exception {
    DatabaseRoles roles = ServerProcess.freshDatabase(DATABASE);
    Map<String, String> environment = ServerProcess.databaseEnvironment(roles);

    List<UUID> written;
    try (ServerProcess first =
        ServerProcess.start("in-process-first", environment, serverProperties(false))) {
      Api api = first.api();
      for (int i = 0; i < CHANGES; i++) {
        Api.Reply digest =
            api.post(
                "/api/v1/ledger/digests",
                api.cityToken(CITY, "city-director"),
                Json.createObjectBuilder().build());
        assertEquals(201, digest.status(), digest.toString());
      }
      written = pendingDigests();
      assertEquals(CHANGES, written.size(), "the changes wait in the outbox: " + written);
      first.kill();
    }

    try (ServerProcess second =
        ServerProcess.start("in-process-second", environment, serverProperties(true))) {
      Instant deadline = Instant.now().plus(DELIVERED_WITHIN);
      while (!pendingDigests().isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
      }
      assertEquals(List.of(), pendingDigests(), "the next server published everything");
      for (String consumer : List.of("hq", "region")) {
        assertEquals(
            CHANGES, processed(consumer, written), consumer + " applied each digest exactly once");
      }
    }
  }

  private static Connection superuser() throws SQLException {
    return TestPlatform.get().database().superuser(DATABASE);
  }

  private static List<UUID> pendingDigests() throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query =
            db.prepareStatement(
                "select id from outbox_message where tenant_id = ? and topic = 'ledger.digest'"
                    + " and published_at is null order by created_at")) {
      query.setString(1, CITY);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    }
  }

  private static long processed(String consumer, List<UUID> ids) throws SQLException {
    try (Connection db = superuser();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from consolidation.processed_message"
                    + " where consumer = ? and message_id = any (?::uuid[])")) {
      query.setString(1, consumer);
      query.setArray(2, db.createArrayOf("uuid", ids.toArray()));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
