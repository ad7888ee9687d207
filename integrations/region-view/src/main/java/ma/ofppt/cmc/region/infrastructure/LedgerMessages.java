package ma.ofppt.cmc.region.infrastructure;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.region.domain.ReceivedDigest;
import ma.ofppt.cmc.region.domain.ReceivedEntry;

/**
 * Reads the payloads of {@code ledger.entry} and {@code ledger.digest} (ADR 0016). The city comes
 * from the message, stamped by the relay, never from the payload. Anything malformed is an {@link
 * IllegalArgumentException}: the message goes to the dead letters at once.
 */
final class LedgerMessages {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private LedgerMessages() {}

  /** The whole entry, facts and actor included (the caller decides what it keeps). */
  static ReceivedEntry entry(ConsolidationMessage message) {
    JsonObject json = parse(message.payload());
    SortedMap<String, String> facts = new TreeMap<>();
    JsonValue factsJson = json.get("facts");
    if (!(factsJson instanceof JsonObject object)) {
      throw new IllegalArgumentException("a ledger entry needs its facts as an object");
    }
    for (Map.Entry<String, JsonValue> fact : object.entrySet()) {
      if (!(fact.getValue() instanceof JsonString value) || fact.getKey().isEmpty()) {
        throw new IllegalArgumentException("fact " + fact.getKey() + " is not a text value");
      }
      facts.put(fact.getKey(), value.getString());
    }
    long sequence = number(json, "sequence");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be 1 or more");
    }
    String type = text(json, "type");
    if (type.length() > 100) {
      throw new IllegalArgumentException("type is longer than 100 characters");
    }
    String actor = text(json, "actor");
    if (actor.length() > 200) {
      throw new IllegalArgumentException("actor is longer than 200 characters");
    }
    return new ReceivedEntry(
        message.city(),
        sequence,
        uuid(json, "id"),
        type,
        uuid(json, "subjectId"),
        instant(json, "recordedAt"),
        hash(json, "previousHash"),
        hash(json, "hash"),
        Optional.of(new ReceivedEntry.Held(actor, facts)));
  }

  static ReceivedDigest digest(ConsolidationMessage message) {
    JsonObject json = parse(message.payload());
    long count = number(json, "entryCount");
    if (count < 0) {
      throw new IllegalArgumentException("entryCount must not be negative");
    }
    String signature = text(json, "signature");
    String key = text(json, "publicKey");
    String keyId = text(json, "keyId");
    if (signature.length() > 200 || key.length() > 2000 || keyId.length() > 100) {
      throw new IllegalArgumentException("signature, key or key id is too long");
    }
    return new ReceivedDigest(
        uuid(json, "id"),
        message.city(),
        count,
        hash(json, "headHash"),
        instant(json, "producedAt"),
        keyId,
        signature,
        key,
        null);
  }

  private static JsonObject parse(String payload) {
    try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException("the payload is not a JSON object", e);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (!(value instanceof JsonString string) || string.getString().isEmpty()) {
      throw new IllegalArgumentException("the payload has no " + name);
    }
    return string.getString();
  }

  private static long number(JsonObject json, String name) {
    try {
      return json.getJsonNumber(name).longValueExact();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + " is not a whole number", e);
    }
  }

  private static UUID uuid(JsonObject json, String name) {
    try {
      return UUID.fromString(text(json, name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a UUID", e);
    }
  }

  private static Instant instant(JsonObject json, String name) {
    try {
      return Instant.parse(text(json, name));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO instant", e);
    }
  }

  private static String hash(JsonObject json, String name) {
    String value = text(json, name);
    if (!CanonicalForm.isHash(value)) {
      throw new IllegalArgumentException(name + " is not 64 lower-case hex digits");
    }
    return value;
  }
}
