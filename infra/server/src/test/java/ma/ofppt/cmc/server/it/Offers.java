package ma.ofppt.cmc.server.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicInteger;

/** Typed builders of training-offer requests; every code is unique within a test run. */
final class Offers {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

  private Offers() {}

  static String uniqueCode(String prefix) {
    return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  /** A valid technician programme in the given pole; change fields with {@code with...}. */
  static ProgrammeJson programme(String poleId, String sectorCode) {
    return new ProgrammeJson()
        .with("code", uniqueCode("IT"))
        .with(
            "name",
            Json.createObjectBuilder()
                .add("fr", "Développement digital")
                .add("ar", "التنمية الرقمية")
                .build())
        .with("sectorCode", sectorCode)
        .with("poleId", poleId)
        .with("level", "TECHNICIAN")
        .with("durationMonths", 24)
        .with("softSkillsShare", 30)
        .with("newCurriculum", true);
  }

  static JsonObject pole(String code, String sectorCode) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("name", Json.createObjectBuilder().add("fr", "Pôle d'essai").add("ar", "قطب تجريبي"))
        .add("sectorCode", sectorCode)
        .build();
  }

  static JsonObject intake(int totalSeats, int firstYearSeats) {
    return Json.createObjectBuilder()
        .add("totalSeats", totalSeats)
        .add("firstYearSeats", firstYearSeats)
        .build();
  }

  /** A programme request under construction. */
  static final class ProgrammeJson {
    private final java.util.Map<String, jakarta.json.JsonValue> fields =
        new java.util.LinkedHashMap<>();

    ProgrammeJson with(String field, Object value) {
      if (value == null) {
        fields.put(field, jakarta.json.JsonValue.NULL);
      } else if (value instanceof jakarta.json.JsonValue json) {
        fields.put(field, json);
      } else if (value instanceof Integer i) {
        fields.put(field, Json.createValue(i));
      } else if (value instanceof Long l) {
        fields.put(field, Json.createValue(l));
      } else if (value instanceof Boolean b) {
        fields.put(field, b ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE);
      } else {
        fields.put(field, Json.createValue(value.toString()));
      }
      return this;
    }

    ProgrammeJson without(String field) {
      fields.remove(field);
      return this;
    }

    String code() {
      return ((jakarta.json.JsonString) fields.get("code")).getString();
    }

    JsonObject build() {
      JsonObjectBuilder builder = Json.createObjectBuilder();
      fields.forEach(builder::add);
      return builder.build();
    }
  }
}
