package ma.ofppt.cmc.hq.infrastructure;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;
import ma.ofppt.cmc.hq.domain.Snapshot;
import ma.ofppt.cmc.platform.consolidation.Figure;

/**
 * Reads the payloads of the messages HQ consumes (contracts in ADR 0016). Anything that does not
 * follow the contract is an {@link IllegalArgumentException} naming what is wrong: the message is
 * malformed, retrying cannot help, and the inbox sends it to the dead letters at once.
 */
public final class Payloads {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Payloads() {}

  /**
   * {@code {source, computedAt, changedSince, figures:[{period, sector, pole, level, funder,
   * category, measure, value}]}}; changedSince may be null or absent, a dimension may be null,
   * absent or empty, a value is a decimal string (a JSON number is accepted too).
   */
  public static Snapshot snapshot(String json) {
    JsonObject body = object(json);
    List<Figure> figures = new ArrayList<>();
    JsonValue list = body.get("figures");
    if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new IllegalArgumentException("figures: an array is required");
    }
    int index = 0;
    for (JsonValue item : list.asJsonArray()) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("figures[" + index + "]: not an object");
      }
      JsonObject f = item.asJsonObject();
      String at = "figures[" + index + "].";
      String period = text(f, "period", at, true);
      String sector = text(f, "sector", at, false);
      String pole = text(f, "pole", at, false);
      String level = text(f, "level", at, false);
      String funder = text(f, "funder", at, false);
      String category = text(f, "category", at, false);
      String measure = text(f, "measure", at, true);
      BigDecimal value = decimal(f, "value", at);
      try {
        figures.add(new Figure(period, sector, pole, level, funder, category, measure, value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("figures[" + index + "]: " + e.getMessage());
      }
      index++;
    }
    return new Snapshot(
        text(body, "source", "", true),
        instant(body, "computedAt", true),
        instant(body, "changedSince", false),
        figures);
  }

  /** {@code {id, entryCount, headHash, producedAt, keyId, signature, publicKey}}, unverified. */
  public static ReceivedDigest digest(String city, String json) {
    JsonObject body = object(json);
    UUID id;
    try {
      id = UUID.fromString(text(body, "id", "", true));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("id: not a UUID");
    }
    JsonValue count = body.get("entryCount");
    if (!(count instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
      throw new IllegalArgumentException("entryCount: a whole number of 0 or more is required");
    }
    return new ReceivedDigest(
        city,
        id,
        number.longValue(),
        text(body, "headHash", "", true),
        instant(body, "producedAt", true),
        text(body, "keyId", "", true),
        text(body, "signature", "", true),
        text(body, "publicKey", "", true),
        null);
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("the payload is not a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("the payload is not JSON: " + e.getMessage());
    }
  }

  private static String text(JsonObject o, String name, String at, boolean required) {
    JsonValue value = o.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new IllegalArgumentException(at + name + ": required");
      }
      return "";
    }
    if (!(value instanceof JsonString s)) {
      throw new IllegalArgumentException(at + name + ": a string is required");
    }
    if (required && s.getString().isEmpty()) {
      throw new IllegalArgumentException(at + name + ": required");
    }
    return s.getString();
  }

  private static BigDecimal decimal(JsonObject o, String name, String at) {
    JsonValue value = o.get(name);
    try {
      if (value instanceof JsonString s) {
        return new BigDecimal(s.getString());
      }
      if (value instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
    } catch (NumberFormatException e) {
      // The message says what is wrong; a cause would put the parser's words in its place.
      throw new IllegalArgumentException(at + name + ": not a decimal number: " + value);
    }
    throw new IllegalArgumentException(at + name + ": a decimal string is required");
  }

  private static Instant instant(JsonObject o, String name, boolean required) {
    JsonValue value = o.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        throw new IllegalArgumentException(name + ": required");
      }
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw new IllegalArgumentException(name + ": an ISO-8601 instant string is required");
    }
    try {
      return Instant.parse(s.getString());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": not an ISO-8601 instant: " + s.getString());
    }
  }
}
