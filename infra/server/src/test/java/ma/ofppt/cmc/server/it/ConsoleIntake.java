package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ma.ofppt.cmc.launcher.intake.IntakeGenerator;
import ma.ofppt.cmc.launcher.intake.PlatformClient;

/**
 * What the console's journeys start from, set up through the API as the city's director would: a
 * small intake of a year no other test uses (a few programmes with first-year seats) and the
 * registration export of its applicants, written by the demo intake generator at the published
 * demand (382 % of the first-year seats), ready to be uploaded through the console.
 */
record ConsoleIntake(
    String city, String year, List<String> programmeCodes, int seats, Path file, int rows) {

  static ConsoleIntake prepare(Api api, String city, String year, int programmes, int seats) {
    String director = api.cityToken(city, "city-director");
    JsonObject page = api.get("/api/v1/programmes?status=ACTIVE&size=200", director).json();
    List<JsonObject> chosen = new ArrayList<>();
    // Programmes of different levels, as an intake has, the specialized-technician ones first.
    for (String level :
        List.of("SPECIALIZED_TECHNICIAN", "TECHNICIAN", "QUALIFIED_WORKER", "QUALIFYING")) {
      page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .filter(p -> p.getString("level").equals(level))
          .findFirst()
          .ifPresent(chosen::add);
    }
    List<String> codes = new ArrayList<>();
    for (JsonObject programme : chosen.subList(0, Math.min(programmes, chosen.size()))) {
      Api.Reply planned =
          api.put(
              "/api/v1/programmes/" + programme.getString("id") + "/intakes/" + year,
              director,
              Offers.intake(seats * 2, seats));
      assertEquals(200, planned.status(), planned::toString);
      codes.add(programme.getString("code"));
    }
    assertFalse(codes.isEmpty(), "no programme to open in " + city);

    PlatformClient client = new PlatformClient(URI.create(api.base()));
    List<IntakeGenerator.Programme> offered =
        client.programmes(api.cityToken(city, "admissions-officer"), year);
    Path file =
        Path.of("target", "it-work", "console-" + city + "-" + year + ".csv").toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        new IntakeGenerator(city, year, offered, "console-" + city).write(out);
      }
      int rows = (int) Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).count();
      return new ConsoleIntake(city, year, List.copyOf(codes), seats, file, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
