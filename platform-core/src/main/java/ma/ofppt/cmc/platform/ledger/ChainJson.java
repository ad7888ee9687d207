package ma.ofppt.cmc.platform.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The export format of a chain: JSON lines, one entry per line in sequence order, with these keys:
 * {@code tenant, sequence, id, type, subjectId, recordedAt} (ISO-8601 UTC, microseconds), {@code
 * actor, facts} (an object of strings), {@code previousHash, hash}. A digest is one JSON object:
 * {@code id, tenant, entryCount, headHash, producedAt, keyId, signature}. Plain JDK (a small reader
 * for this flat JSON), so the command-line verifier needs nothing but this package.
 */
public final class ChainJson {
  private ChainJson() {}

  public static String line(ChainEntry entry) {
    StringBuilder out = new StringBuilder(512).append('{');
    member(out, "tenant", entry.tenant()).append(',');
    out.append("\"sequence\":").append(entry.sequence()).append(',');
    member(out, "id", String.valueOf(entry.id())).append(',');
    member(out, "type", entry.type()).append(',');
    member(out, "subjectId", String.valueOf(entry.subjectId())).append(',');
    member(out, "recordedAt", entry.recordedAt().toString()).append(',');
    member(out, "actor", entry.actor()).append(',');
    out.append("\"facts\":{");
    boolean first = true;
    for (Map.Entry<String, String> fact : entry.facts().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      member(out, fact.getKey(), fact.getValue());
    }
    out.append("},");
    member(out, "previousHash", entry.previousHash()).append(',');
    member(out, "hash", entry.hash());
    return out.append('}').toString();
  }

  /** The chain as JSON lines, each ended by a line feed. */
  public static String lines(List<ChainEntry> entries) {
    StringBuilder out = new StringBuilder();
    for (ChainEntry entry : entries) {
      out.append(line(entry)).append('\n');
    }
    return out.toString();
  }

  public static ChainEntry parseEntry(String line) {
    Map<String, Object> json = object(line);
    Map<String, String> facts = new TreeMap<>();
    Object rawFacts = json.get("facts");
    if (!(rawFacts instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("an entry needs an object of facts");
    }
    map.forEach((k, v) -> facts.put((String) k, text(v, "facts." + k)));
    return new ChainEntry(
        text(json.get("tenant"), "tenant"),
        number(json.get("sequence"), "sequence"),
        UUID.fromString(text(json.get("id"), "id")),
        text(json.get("type"), "type"),
        UUID.fromString(text(json.get("subjectId"), "subjectId")),
        Instant.parse(text(json.get("recordedAt"), "recordedAt")),
        text(json.get("actor"), "actor"),
        new TreeMap<>(facts),
        text(json.get("previousHash"), "previousHash"),
        text(json.get("hash"), "hash"));
  }

  /** Reads JSON lines; blank lines are skipped. */
  public static List<ChainEntry> parseLines(String text) {
    List<ChainEntry> entries = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        entries.add(parseEntry(line.strip()));
      }
    }
    return entries;
  }

  public static String digest(SignedDigest digest) {
    StringBuilder out = new StringBuilder(400).append('{');
    member(out, "id", String.valueOf(digest.id())).append(',');
    member(out, "tenant", digest.tenant()).append(',');
    out.append("\"entryCount\":").append(digest.entryCount()).append(',');
    member(out, "headHash", digest.headHash()).append(',');
    member(out, "producedAt", digest.producedAt().toString()).append(',');
    member(out, "keyId", digest.keyId()).append(',');
    member(out, "signature", digest.signature());
    return out.append('}').toString();
  }

  public static SignedDigest parseDigest(String text) {
    Map<String, Object> json = object(text.strip());
    Object id = json.get("id");
    return new SignedDigest(
        id == null ? null : UUID.fromString(text(id, "id")),
        text(json.get("tenant"), "tenant"),
        number(json.get("entryCount"), "entryCount"),
        text(json.get("headHash"), "headHash"),
        Instant.parse(text(json.get("producedAt"), "producedAt")),
        text(json.get("keyId"), "keyId"),
        text(json.get("signature"), "signature"));
  }

  private static StringBuilder member(StringBuilder out, String name, String value) {
    quote(out, name).append(':');
    return quote(out, value);
  }

  private static StringBuilder quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  private static String text(Object value, String name) {
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return s;
  }

  private static long number(Object value, String name) {
    if (!(value instanceof Long n)) {
      throw new IllegalArgumentException("\"" + name + "\" must be a whole number");
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String text) {
    Reader reader = new Reader(text);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at < text.length() || !(value instanceof Map)) {
      throw new IllegalArgumentException("not one JSON object: " + abbreviated(text));
    }
    return (Map<String, Object>) value;
  }

  private static String abbreviated(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  /** Objects, arrays, strings, whole numbers, true, false, null: what this format uses. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Object value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(at);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> members = new LinkedHashMap<>();
      at++;
      skipSpace();
      if (peek() == '}') {
        at++;
        return members;
      }
      while (true) {
        skipSpace();
        String name = string();
        skipSpace();
        expect(':');
        if (members.put(name, value()) != null) {
          throw error("duplicate member " + name);
        }
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect('}');
          return members;
        }
      }
    }

    private List<Object> array() {
      List<Object> items = new ArrayList<>();
      at++;
      skipSpace();
      if (peek() == ']') {
        at++;
        return items;
      }
      while (true) {
        items.add(value());
        skipSpace();
        if (peek() == ',') {
          at++;
        } else {
          expect(']');
          return items;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw error("unterminated escape");
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("short unicode escape");
            }
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }

    private Object number() {
      int start = at;
      if (peek() == '-') {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (at == start || (at < text.length() && ".eE".indexOf(text.charAt(at)) >= 0)) {
        throw error("expected a whole number");
      }
      return Long.parseLong(text.substring(start, at));
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw error("expected " + word);
      }
      at += word.length();
      return value;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      at++;
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException(message + " at character " + at);
    }
  }
}
