package ma.ofppt.cmc.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one canonical form of a ledger entry, and of a digest, that is hashed and signed. Plain JDK,
 * no container: the server, the integration tests and the command-line verifier share it, so a
 * chain verifies the same everywhere (ADR 0014).
 *
 * <p>An entry is UTF-8 text, one field per line, each line ended by {@code \n}, in this fixed
 * order:
 *
 * <pre>
 * cmc-ledger-entry/1
 * tenant:laayoune-sakia-el-hamra
 * sequence:42
 * type:commitment.approved
 * subject:9b0c...-uuid in lower case
 * recorded-at:1796150400123456      (microseconds since 1970-01-01T00:00:00Z)
 * actor:fatima.zahra
 * previous:64 lower-case hex digits  (64 zeros for sequence 1)
 * facts:2                            (how many fact lines follow)
 * amount=1250.00
 * funder=REGION
 * </pre>
 *
 * Facts are sorted by name in {@link String#compareTo} order (UTF-16 code units), whatever order
 * the caller's map had. In every value a backslash is written {@code \\}, a line feed {@code \n}
 * and a carriage return {@code \r}; in fact names an equals sign is also written {@code \=}, so the
 * text parses back to exactly one entry. The hash is the lower-case hex SHA-256 of those bytes.
 */
public final class CanonicalForm {
  /** The previous hash of the first entry of a chain. */
  public static final String GENESIS = "0".repeat(64);

  static final String ENTRY_HEADER = "cmc-ledger-entry/1";
  static final String DIGEST_HEADER = "cmc-ledger-digest/1";

  private CanonicalForm() {}

  /** The canonical text of one entry, as hashed. */
  public static String entry(
      String tenant,
      long sequence,
      String type,
      UUID subjectId,
      Instant recordedAt,
      String actor,
      SortedMap<String, String> facts,
      String previousHash) {
    StringBuilder text = new StringBuilder(256);
    line(text, ENTRY_HEADER);
    field(text, "tenant", tenant);
    field(text, "sequence", Long.toString(sequence));
    field(text, "type", type);
    field(text, "subject", subjectId.toString());
    field(text, "recorded-at", Long.toString(micros(recordedAt)));
    field(text, "actor", actor);
    field(text, "previous", previousHash);
    field(text, "facts", Integer.toString(facts.size()));
    text.append(facts(facts));
    return text.toString();
  }

  /**
   * The canonical text of a signed digest: the city, how many entries its chain had, the hash of
   * the last one (64 zeros for an empty chain) and when the digest was produced.
   */
  public static String digest(String tenant, long entryCount, String headHash, Instant producedAt) {
    StringBuilder text = new StringBuilder(160);
    line(text, DIGEST_HEADER);
    field(text, "tenant", tenant);
    field(text, "count", Long.toString(entryCount));
    field(text, "head", headHash);
    field(text, "produced-at", Long.toString(micros(producedAt)));
    return text.toString();
  }

  /**
   * The facts as stored in {@code ledger_entry.facts}: the fact lines of the canonical form, sorted
   * by name.
   */
  public static String facts(Map<String, String> facts) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> fact : new TreeMap<>(facts).entrySet()) {
      String name = fact.getKey();
      String value = fact.getValue();
      if (name == null || name.isEmpty() || value == null) {
        throw new IllegalArgumentException("a fact needs a name and a value: " + name);
      }
      text.append(escape(name).replace("=", "\\=")).append('=').append(escape(value)).append('\n');
    }
    return text.toString();
  }

  /** Reads back what {@link #facts(Map)} wrote. */
  public static SortedMap<String, String> parseFacts(String text) {
    TreeMap<String, String> facts = new TreeMap<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        throw new IllegalArgumentException("a fact line is not ended by a line feed");
      }
      String line = text.substring(start, end);
      int separator = unescapedEquals(line);
      if (separator < 0) {
        throw new IllegalArgumentException("a fact line has no '=': " + line);
      }
      facts.put(unescape(line.substring(0, separator)), unescape(line.substring(separator + 1)));
      start = end + 1;
    }
    return Collections.unmodifiableSortedMap(facts);
  }

  /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * Microseconds since the epoch: the precision PostgreSQL keeps, so a stored time hashes alike.
   */
  public static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  /** The instant as PostgreSQL will store it. */
  public static Instant toMicros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public static boolean isHash(String value) {
    return value != null && value.matches("[0-9a-f]{64}");
  }

  private static void field(StringBuilder text, String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("the canonical form needs a " + name);
    }
    text.append(name).append(':').append(escape(value)).append('\n');
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append('\n');
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(
            switch (next) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int unescapedEquals(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=') {
        return i;
      }
    }
    return -1;
  }
}
