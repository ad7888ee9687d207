package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many requests alternating between cities, eight at a time over the server's pooled connections,
 * some failing part-way through their transaction (two identical creates racing to the same unique
 * code: one commits, the other fails at commit after its writes): never a foreign row in any
 * answer, never a row stored under the wrong city, and no pooled connection left bound.
 */
class ConcurrentTenantsIT extends PlatformIT {
  private static final List<String> CITIES =
      List.of("marrakech-safi", "souss-massa", "oriental", "fes-meknes");
  private static final int ROUNDS = 60;

  @Test
  void neverAForeignRow() throws Exception {
    Map<String, CityFixture> fixtures = new HashMap<>();
    for (String city : CITIES) {
      fixtures.put(city, CityFixture.of(api, city));
    }
    Map<String, String> poleOwner = tenantOfEachRow("pole");
    ConcurrentLinkedQueue<String> foreign = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger requests = new AtomicInteger();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        CityFixture city = fixtures.get(CITIES.get(round % CITIES.size()));
        Offers.ProgrammeJson racing = Offers.programme(city.poleId(), city.poleSector());
        work.add(
            pool.submit(
                () -> {
                  requests.incrementAndGet();
                  JsonObject page = api.get("/api/v1/programmes?size=100", city.trainer()).json();
                  page.getJsonArray("items")
                      .forEach(
                          item -> {
                            String pole = item.asJsonObject().getString("poleId");
                            if (!city.tenant().equals(poleOwner.get(pole))) {
                              foreign.add(city.tenant() + " saw a programme of pole " + pole);
                            }
                          });
                }));
        for (int twin = 0; twin < 2; twin++) {
          work.add(
              pool.submit(
                  () -> {
                    requests.incrementAndGet();
                    Api.Reply reply =
                        api.post("/api/v1/programmes", city.director(), racing.build());
                    if (reply.status() == 201) {
                      created.add(city.tenant() + "/" + reply.json().getString("id"));
                    } else if (reply.status() == 409) {
                      conflicts.incrementAndGet();
                    } else {
                      foreign.add("unexpected " + reply);
                    }
                  }));
        }
        work.add(
            pool.submit(
                () -> {
                  requests.incrementAndGet();
                  JsonObject me = api.get("/api/v1/me", city.trainer()).json();
                  if (!city.tenant().equals(me.getJsonObject("tenant").getString("code"))) {
                    foreign.add(city.tenant() + " was answered as " + me);
                  }
                }));
      }
      for (Future<?> future : work) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(List.of(), List.copyOf(foreign));
    assertEquals(ROUNDS * 4, requests.get());
    assertEquals(ROUNDS, created.size(), "exactly one of each racing pair is created");
    assertEquals(ROUNDS, conflicts.get(), "the other one fails, and is a clean 409");
    Map<String, String> stored = tenantOfEachRow("programme");
    for (String entry : created) {
      String[] parts = entry.split("/");
      assertEquals(parts[0], stored.get(parts[1]), "stored under the city that created it");
    }
    assertTrue(unboundAfterwards(), "a pooled connection carries no tenant after its transaction");
  }

  /** Each row's id and the city it is stored under, read past row-level security. */
  private static Map<String, String> tenantOfEachRow(String table) throws SQLException {
    Map<String, String> tenants = new HashMap<>();
    try (Connection superuser = TestPlatform.get().asSuperuser();
        Statement statement = superuser.createStatement();
        ResultSet rows = statement.executeQuery("select id, tenant_id from " + table)) {
      while (rows.next()) {
        tenants.put(rows.getString(1), rows.getString(2));
      }
    }
    return tenants;
  }

  /** The server's idle connections, seen from PostgreSQL: none is inside a bound transaction. */
  private static boolean unboundAfterwards() throws SQLException {
    try (Connection app = TestPlatform.get().asApplication();
        Statement statement = app.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select coalesce(current_setting('app.tenant_id', true), ''), (select count(*) from programme)")) {
      rows.next();
      return rows.getString(1).isEmpty() && rows.getLong(2) == 0;
    }
  }
}
