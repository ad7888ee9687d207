package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import org.junit.jupiter.api.Test;

/**
 * Past one machine (ADR 0019): two instances of the runnable jar on one database, behind a round
 * robin {@link Balancer}. Both serve; concurrent clients of three cities submit applications and
 * read their city's list through the balancer while the first instance is stopped as an operator
 * would (SIGTERM), which first turns its readiness DOWN and keeps serving for a drain ({@code
 * cmc.shutdown.drain-ms}) so that the balancer takes it out before the container stops; every
 * request gets an answer, none a 5xx, none of them the stopping container's error page, every
 * acknowledged application is stored exactly once (read back from the survivor, per city), no
 * answer carries another city's application, both relays drained the shared outboxes and HQ
 * reconciles with every city without a difference. Runs its own two servers on a database of its
 * own.
 */
class TwoInstancesIT {
  private static final Logger LOG = Logger.getLogger(TwoInstancesIT.class.getName());
  private static final String DATABASE = "cmc_twin";
  private static final List<String> CITIES = List.of("marrakech-safi", "souss-massa", "oriental");
  private static final int CLIENTS = 12;
  private static final int SERVED_EACH_BEFORE_STOP = 60;
  private static final int REQUESTS_AFTER_STOP = 300;
  private static final Duration WITHIN = Duration.ofSeconds(90);
  private static final Duration DRAIN = Duration.ofSeconds(3);

  private static List<String> serverProperties(boolean demoData) {
    TestPlatform platform = TestPlatform.get();
    return List.of(
        "-Dcmc.demo.enabled=true",
        // The demo data is loaded once, by the first instance (the second starts on it).
        "-Dcmc.demo.data=" + demoData,
        // One token key for both, as one identity provider would be.
        "-Dcmc.demo.key-file=" + platform.demoKeyFile(),
        "-Dcmc.consolidation.transport=in-process",
        "-Dcmc.consolidation.relay-interval-ms=200",
        "-Dcmc.consolidation.lease-seconds=5",
        // SIGTERM: readiness DOWN and full service for this long, so that the balancer's probe
        // (every 200 ms) takes the instance out before Payara Micro undeploys the application.
        "-Dcmc.shutdown.drain-ms=" + DRAIN.toMillis(),
        // Then Payara Micro keeps serving for this long, so the requests in flight finish.
        "-Dfish.payara.shutdowngrace=3000");
  }

  /** What one city's clients use. */
  private record City(String code, String officer, String registrar, List<String> programmes) {}

  /** An application submitted through the balancer and what came back. */
  private record Write(String city, String nationalId, int status, String id) {}

  @Test
  void bothInstancesServeAndStoppingOneMidLoadLosesNothing() throws Exception {
    DatabaseRoles roles = ServerProcess.freshDatabase(DATABASE);
    Map<String, String> environment = ServerProcess.databaseEnvironment(roles);
    Instant began = Instant.now();
    try (ServerProcess first =
            ServerProcess.start("twin-first", environment, serverProperties(true));
        ServerProcess second =
            ServerProcess.start("twin-second", environment, serverProperties(false));
        Balancer balancer =
            new Balancer(
                List.of(
                    new Balancer.Backend("first", first.base()),
                    new Balancer.Backend("second", second.base())))) {
      LOG.info(() -> "two instances ready in " + Duration.between(began, Instant.now()));
      Balancer.Backend a = balancer.backends().get(0);
      Balancer.Backend b = balancer.backends().get(1);
      await("both instances in the rotation", () -> a.ready() && b.ready());

      Api api = new Api(balancer.base());
      List<City> cities = new ArrayList<>();
      for (String code : CITIES) {
        String officer = api.cityToken(code, "admissions-officer");
        List<String> programmes = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
        assertTrue(!programmes.isEmpty(), code + " offers programmes to apply to");
        cities.add(new City(code, officer, api.cityToken(code, "registrar"), programmes));
      }

      Load load = new Load(api, cities);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int offset = client;
        running.add(clients.submit(() -> load.client(offset)));
      }
      Map<String, Integer> servedBeforeStop;
      Duration stopping;
      int requestsAtStop;
      try {
        await(
            "both instances serve",
            () -> a.served() >= SERVED_EACH_BEFORE_STOP && b.served() >= SERVED_EACH_BEFORE_STOP);
        await(
            "both relays publish from the one outbox",
            () -> relayedHere(first) > 0 && relayedHere(second) > 0);
        servedBeforeStop = Map.of("first", a.served(), "second", b.served());
        requestsAtStop = load.requests.get();
        Instant stop = Instant.now();
        first.close(); // SIGTERM, and waits for the process to end
        stopping = Duration.between(stop, Instant.now());
        assertTrue(stopping.compareTo(DRAIN) >= 0, "the first instance drained before stopping");
        assertTrue(!a.ready(), "the first instance left the rotation");
        await(
            "the load goes on through the survivor",
            () -> load.requests.get() >= requestsAtStop + REQUESTS_AFTER_STOP);
      } finally {
        load.stop.set(true);
        clients.shutdown();
      }
      for (Future<?> client : running) {
        client.get(60, TimeUnit.SECONDS);
      }
      assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
      LOG.info(
          () ->
              "served "
                  + Map.of("first", a.served(), "second", b.served())
                  + " (before the stop "
                  + servedBeforeStop
                  + "), first stopped in "
                  + stopping
                  + ", "
                  + load.requests.get()
                  + " requests, "
                  + load.writes.size()
                  + " writes ("
                  + load.acknowledged().size()
                  + " acknowledged, "
                  + load.repeated.get()
                  + " refused as repeats), "
                  + balancer.retried()
                  + " retried on the other instance ("
                  + balancer.refusedWhileStopping()
                  + " of them 503 pages of the stopping container), "
                  + load.errors.size()
                  + " errors");

      assertEquals(List.of(), List.copyOf(load.errors), "every request got a whole answer");
      assertEquals(0, balancer.unanswered(), "the balancer answered every request");
      assertEquals(
          0,
          balancer.refusedWhileStopping(),
          "out of the rotation before the container stopped: none of its error pages reached a"
              + " client's request");
      assertEquals(List.of(), List.copyOf(load.foreign), "no answer carried another city's data");
      assertTrue(b.served() > servedBeforeStop.get("second"), "the survivor took the load");
      assertTrue(load.acknowledged().size() > REQUESTS_AFTER_STOP / 4, "writes were acknowledged");

      Api survivor = second.api();
      storedExactlyOnce(survivor, cities, load);
      seenRowsAreTheirCitys(load);

      // Consolidation lost nothing when its relays went from two to one.
      await("every outbox drained", () -> pendingOutbox() == 0);
      String hq = survivor.hqToken();
      JsonObject[] last = new JsonObject[1];
      await(
          "HQ reconciles with every city",
          () -> {
            Api.Reply run = survivor.post("/api/v1/national/reconciliation", hq, null);
            assertEquals(201, run.status(), run::toString);
            last[0] = run.json().getJsonObject("run");
            return last[0].getInt("differences") == 0 && last[0].getInt("inFlight") == 0;
          });
      assertEquals("COMPLETED", last[0].getString("status"), last[0]::toString);
    }
  }

  /** The clients: half writes, half reads of the city's own list, round the three cities. */
  private static final class Load {
    final Api api;
    final List<City> cities;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger repeated = new AtomicInteger();
    final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> foreign = new ConcurrentLinkedQueue<>();

    /** The city of every national id submitted, known before its request leaves. */
    final Map<String, String> cityOfNationalId = new ConcurrentHashMap<>();

    /** Application ids each city saw in its lists. */
    final Map<UUID, String> seen = new ConcurrentHashMap<>();

    Load(Api api, List<City> cities) {
      this.api = api;
      this.cities = cities;
    }

    void client(int offset) {
      for (int i = 0; !stop.get(); i++) {
        City city = cities.get((offset + i) % cities.size());
        try {
          if (i % 2 == 0) {
            write(city, i);
          } else {
            read(city);
          }
        } catch (UncheckedIOException noAnswer) {
          errors.add(city.code() + ": no answer: " + noAnswer.getCause());
        }
        requests.incrementAndGet();
      }
    }

    private void write(City city, int i) {
      String nationalId = Applications.uniqueCin();
      cityOfNationalId.put(nationalId, city.code());
      Api.Reply reply =
          api.post(
              "/api/v1/applications",
              city.officer(),
              Applications.application(
                  Applications.applicant(nationalId, "2006-03-14", "BACCALAUREATE"),
                  Applications.wish(city.programmes().get(i % city.programmes().size()), "14.75")));
      if (reply.status() == 201) {
        writes.add(
            new Write(city.code(), nationalId, reply.status(), reply.json().getString("id")));
      } else if (reply.status() == 409 && "applicant.nationalId".equals(reply.problemField())) {
        // A write the balancer sent again after its first copy was committed (see Balancer).
        repeated.incrementAndGet();
        writes.add(new Write(city.code(), nationalId, reply.status(), null));
      } else {
        writes.add(new Write(city.code(), nationalId, reply.status(), null));
        errors.add(city.code() + ": write " + reply);
      }
    }

    private void read(City city) {
      Api.Reply reply = api.get("/api/v1/applications?size=50", city.registrar());
      if (reply.status() != 200) {
        errors.add(city.code() + ": read " + reply);
        return;
      }
      for (JsonValue item : reply.json().getJsonArray("items")) {
        JsonObject application = item.asJsonObject();
        seen.put(UUID.fromString(application.getString("id")), city.code());
        String nationalId = application.getJsonObject("applicant").getString("nationalId");
        String owner = cityOfNationalId.get(nationalId);
        if (owner != null && !owner.equals(city.code())) {
          foreign.add(city.code() + " saw " + owner + "'s applicant " + nationalId);
        }
      }
    }

    List<Write> acknowledged() {
      return writes.stream().filter(w -> w.status() == 201).toList();
    }
  }

  /** Each acknowledged application, listed by its city on the survivor, once; nothing twice. */
  private static void storedExactlyOnce(Api survivor, List<City> cities, Load load)
      throws SQLException {
    for (City city : cities) {
      Map<String, Integer> listed = new HashMap<>();
      int page = 0;
      long total;
      do {
        JsonObject list =
            survivor.get("/api/v1/applications?size=500&page=" + page++, city.registrar()).json();
        total = list.getJsonNumber("total").longValue();
        list.getJsonArray("items")
            .forEach(
                item ->
                    listed.merge(
                        item.asJsonObject().getJsonObject("applicant").getString("nationalId"),
                        1,
                        Integer::sum));
      } while ((long) page * 500 < total);
      for (Write write : load.acknowledged()) {
        if (write.city().equals(city.code())) {
          assertEquals(
              1,
              listed.getOrDefault(write.nationalId(), 0),
              write + " is listed by " + city.code() + " once");
        }
      }
    }
    try (Connection db = TestPlatform.get().database().superuser(DATABASE);
        PreparedStatement query =
            db.prepareStatement(
                "select p.national_id, p.tenant_id, count(a.id) from applicant p"
                    + " join application a on a.tenant_id = p.tenant_id"
                    + " and a.applicant_id = p.id"
                    + " where p.national_id = any (?) group by p.national_id, p.tenant_id")) {
      query.setArray(
          1,
          db.createArrayOf(
              "text", load.writes.stream().map(Write::nationalId).distinct().toArray()));
      Map<String, String> storedIn = new HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          assertEquals(1, rows.getLong(3), rows.getString(1) + " has one application");
          String previous = storedIn.put(rows.getString(1), rows.getString(2));
          assertEquals(null, previous, rows.getString(1) + " is stored in one city");
        }
      }
      for (Write write : load.writes) {
        String city = storedIn.get(write.nationalId());
        if (city != null) {
          assertEquals(write.city(), city, write + " is stored under its own city");
        }
      }
      for (Write write : load.acknowledged()) {
        assertTrue(storedIn.containsKey(write.nationalId()), write + " is stored");
      }
    }
  }

  /** Every application a city saw in a list is stored under that city (read past RLS). */
  private static void seenRowsAreTheirCitys(Load load) throws SQLException {
    try (Connection db = TestPlatform.get().database().superuser(DATABASE);
        PreparedStatement query =
            db.prepareStatement("select id, tenant_id from application where id = any (?)")) {
      query.setArray(1, db.createArrayOf("uuid", load.seen.keySet().toArray()));
      int rows = 0;
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows++;
          UUID id = row.getObject(1, UUID.class);
          assertEquals(load.seen.get(id), row.getString(2), id + " was seen by its own city");
        }
      }
      assertEquals(load.seen.size(), rows, "every application seen exists");
      assertTrue(rows > 0, "the lists had applications in them");
    }
  }

  /** What this instance's relays published since it started, over every city. */
  private static long relayedHere(ServerProcess server) {
    Api api = server.api();
    JsonObject relay = api.get("/api/v1/operations/relay", api.platformAdminToken()).json();
    return relay.getJsonArray("cities").stream()
        .mapToLong(c -> c.asJsonObject().getJsonNumber("publishedHere").longValue())
        .sum();
  }

  private static long pendingOutbox() {
    try (Connection db = TestPlatform.get().database().superuser(DATABASE);
        PreparedStatement query =
            db.prepareStatement("select count(*) from outbox_message where published_at is null");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(WITHIN);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), what + " within " + WITHIN.toSeconds() + " s");
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }
}
