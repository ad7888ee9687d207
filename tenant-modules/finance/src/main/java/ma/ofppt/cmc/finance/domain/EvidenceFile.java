package ma.ofppt.cmc.finance.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * An uploaded document, checked: a declared content type among the allowed ones, bytes that really
 * are of that type (magic numbers, not only the header), a size within the limit, a file name; and
 * its SHA-256 computed here, never taken from the client.
 */
public record EvidenceFile(String fileName, Type contentType, byte[] content, String sha256) {
  /** The document types accepted, each with the first bytes its files start with. */
  public enum Type {
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final byte[] magic;

    Type(String mediaType, byte[] magic) {
      this.mediaType = mediaType;
      this.magic = magic;
    }

    public String mediaType() {
      return mediaType;
    }

    boolean starts(byte[] content) {
      return content.length >= magic.length
          && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    static Type of(String mediaType) {
      String bare =
          mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
      for (Type type : values()) {
        if (type.mediaType.equals(bare)) {
          return type;
        }
      }
      return null;
    }
  }

  /** Thrown for a file too large (413) or of a type not accepted (415), naming the field. */
  public static class Rejected extends DomainRuleViolation {
    private static final long serialVersionUID = 1L;
    private final int status;

    public Rejected(int status, String field, String message) {
      super(field, message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  public EvidenceFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** Checks an upload; {@code maxBytes} is the configured limit. */
  public static EvidenceFile check(
      String fileName, String declaredType, byte[] content, long maxBytes) {
    String name = Texts.required("fileName", fileName, 200);
    DomainRuleViolation.require(
        !name.contains("/") && !name.contains("\\") && name.chars().noneMatch(c -> c < 0x20),
        "fileName",
        "must be a plain file name");
    Type type = Type.of(declaredType);
    if (type == null) {
      throw new Rejected(415, "Content-Type", "accepted: application/pdf, image/png, image/jpeg");
    }
    if (content == null || content.length == 0) {
      throw new DomainRuleViolation("content", "the file is empty");
    }
    if (content.length > maxBytes) {
      throw new Rejected(413, "content", "the file is larger than " + maxBytes + " bytes");
    }
    if (!type.starts(content)) {
      throw new Rejected(
          415, "content", "the bytes are not a " + type.name() + " file, whatever the header says");
    }
    return new EvidenceFile(name, type, content, sha256(content));
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
