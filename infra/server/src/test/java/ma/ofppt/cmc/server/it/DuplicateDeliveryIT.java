package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import jakarta.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The broker delivers a message more than once (a lost acknowledgement, a relay that published
 * twice): the exact message a city published, copied off the exchange by a queue of the test's own
 * and published again twice, is applied once by every consumer. Draa-Tafilalet is this test's city.
 */
class DuplicateDeliveryIT extends PlatformIT {
  private static final String CITY = "draa-tafilalet";
  private static final Duration WITHIN = Duration.ofSeconds(60);

  @Test
  void aMessageDeliveredThreeTimesIsAppliedOnce() throws Exception {
    TestPlatform platform = TestPlatform.get();
    String exchange = platform.brokerNamespace();
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(TestPlatform.BROKER_HOST);
    factory.setPort(TestPlatform.BROKER_PORT);
    try (Connection broker = factory.newConnection("cmc-it-duplicates");
        Channel channel = broker.createChannel()) {
      String copy = channel.queueDeclare("", false, true, true, Map.of()).getQueue();
      channel.queueBind(copy, exchange, "ledger.digest");
      long duplicatesBefore = relay().getJsonNumber("duplicates").longValue();

      Api.Reply signed =
          api.post(
              "/api/v1/ledger/digests",
              api.cityToken(CITY, "city-director"),
              Json.createObjectBuilder().build());
      assertEquals(201, signed.status(), signed.toString());

      GetResponse original = null;
      Instant deadline = Instant.now().plus(WITHIN);
      while (original == null && Instant.now().isBefore(deadline)) {
        original = channel.basicGet(copy, true);
        if (original == null) {
          Thread.sleep(100);
        }
      }
      assertNotNull(original, "the digest's message went over the broker");
      UUID id = UUID.fromString(original.getProps().getMessageId());
      assertEquals(CITY, String.valueOf(original.getProps().getHeaders().get("city")));

      channel.confirmSelect();
      for (int i = 0; i < 2; i++) {
        channel.basicPublish(
            exchange, "ledger.digest", true, original.getProps(), original.getBody());
      }
      channel.waitForConfirmsOrDie(10_000);

      // Each consumer sees the message three times: once applied, twice a duplicate.
      while (Instant.now().isBefore(deadline)
          && relay().getJsonNumber("duplicates").longValue() < duplicatesBefore + 4) {
        Thread.sleep(100);
      }
      assertTrue(
          relay().getJsonNumber("duplicates").longValue() >= duplicatesBefore + 4,
          "both consumers received both copies: " + relay());
      for (String consumer : new String[] {"hq", "region"}) {
        assertEquals(1, processed(consumer, id), consumer + " applied the message once");
      }
    }
  }

  private jakarta.json.JsonObject relay() {
    Api.Reply reply = api.get("/api/v1/operations/relay", api.platformAdminToken());
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static long processed(String consumer, UUID id) throws SQLException {
    try (java.sql.Connection db = TestPlatform.get().asSuperuser();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from consolidation.processed_message"
                    + " where consumer = ? and message_id = ?")) {
      query.setString(1, consumer);
      query.setObject(2, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
