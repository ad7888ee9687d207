package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import ma.ofppt.cmc.launcher.intake.GenerateIntakes;
import org.junit.jupiter.api.Test;

/**
 * A demo intake goes through the platform as the README's command sends it: the generator reads
 * Dakhla's programmes of 2025-2026 from the API, writes the city's file at its capacities, uploads
 * it and follows the import. Every row lands, and the intake's figures show the published demand
 * (382 % nationally, more than 6 first choices per specialized-technician seat); a simulation of
 * the selection fills no more than the city's seats. The selection itself is not run.
 */
class DemoIntakeIT extends PlatformIT {
  private static final String CITY = "dakhla-oued-ed-dahab";
  private static final String YEAR = "2025-2026";

  @Test
  void aGeneratedIntakeImportsWholeAndShowsThePublishedDemand() throws IOException {
    Path out = testPlatform().work().resolve("intakes");
    List<GenerateIntakes.CityResult> results =
        GenerateIntakes.run(
            System.out,
            "--url",
            api.base(),
            "--city",
            CITY,
            "--year",
            YEAR,
            "--out",
            out.toString(),
            "--import",
            "--timeout",
            "240");
    assertEquals(1, results.size());
    GenerateIntakes.CityResult result = results.get(0);
    assertTrue(result.succeeded(), result::failure);
    assertEquals(out.resolve(CITY + "-" + YEAR + ".csv"), result.file());

    long rows;
    try (Stream<String> lines = Files.lines(result.file(), StandardCharsets.UTF_8)) {
      rows = lines.count() - 1;
    }
    assertTrue(rows > 1_000, "rows: " + rows);

    // The job as the platform tells it, not as the command saw it.
    String officer = api.cityToken(CITY, "admissions-officer");
    JsonObject job = api.get("/api/v1/imports/" + result.job().id(), officer).json();
    assertEquals("COMPLETED", job.getString("status"), job::toString);
    assertEquals(rows, job.getInt("rowsRead"));
    assertEquals(rows, job.getInt("imported"), job::toString);
    assertEquals(0, job.getInt("alreadyPresent"));
    assertEquals(0, job.getInt("rejected"), job::toString);
    Duration took =
        Duration.between(
            Instant.parse(job.getString("createdAt")), Instant.parse(job.getString("finishedAt")));
    java.util.logging.Logger.getLogger(DemoIntakeIT.class.getName())
        .info(
            String.format(
                "%d rows (%d wishes) imported in %.1f s on the server, %.1f s as followed",
                rows,
                result.summary().wishes(),
                took.toMillis() / 1000.0,
                result.importTime().toMillis() / 1000.0));

    JsonObject figures = api.get("/api/v1/admissions/" + YEAR + "/figures", officer).json();
    JsonObject city = figures.getJsonObject("city");
    int seats = city.getInt("firstYearSeats");
    assertEquals(result.summary().firstYearSeats(), seats, "the file is at the city's capacity");
    assertEquals(result.summary().wishes(), city.getInt("applications"));
    BigDecimal demandRate = city.getJsonNumber("demandRate").bigDecimalValue();
    assertTrue(
        demandRate.compareTo(BigDecimal.valueOf(350)) >= 0
            && demandRate.compareTo(BigDecimal.valueOf(420)) <= 0,
        "demand rate " + demandRate);
    JsonObject specialized =
        figures.getJsonArray("byLevel").stream()
            .map(g -> g.asJsonObject())
            .filter(g -> g.getString("key").equals("SPECIALIZED_TECHNICIAN"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("figures");
    BigDecimal perSeat = specialized.getJsonNumber("applicantsPerSeat").bigDecimalValue();
    assertTrue(perSeat.compareTo(BigDecimal.valueOf(6)) >= 0, "first choices per seat " + perSeat);

    Api.Reply simulation =
        api.post(
            "/api/v1/selection/" + YEAR + "/simulation",
            officer,
            Json.createObjectBuilder().add("seed", "demo").build());
    assertEquals(200, simulation.status(), simulation::toString);
    int admitted = simulation.json().getInt("admitted");
    assertTrue(admitted > 0 && admitted <= seats, "admitted " + admitted + " of " + seats);
    assertEquals(rows, simulation.json().getInt("applications"));
  }
}
