package ma.ofppt.cmc.admissions.domain.selection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * The published draw that settles ties no criterion can break. An applicant's lottery number is the
 * first 8 bytes of SHA-256({@code seed + ":" + applicantId}) read as an unsigned big-endian long,
 * where the applicant id is the lower-case canonical UUID and the seed is a string fixed once per
 * intake. Lower numbers rank first. Anybody holding the seed can recompute a number, for example
 * {@code printf '%s' "$SEED:$ID" | sha256sum | cut -c1-16} gives it in hexadecimal (see {@link
 * #hex(long)}); the draw cannot be steered after the seed is published, and the same seed always
 * gives the same order.
 *
 * <p>Two applicants with the same number (odds about one in 10<sup>9</sup> for a city's 100,000
 * applicants) are ordered by their ids' canonical text, so the order is always total.
 */
public final class Lottery {
  private final String seed;

  /**
   * @param seed fixed per intake and published with the results; not blank
   */
  public Lottery(String seed) {
    DomainRuleViolation.require(seed != null && !seed.isBlank(), "seed", "a lottery seed");
    this.seed = seed;
  }

  public String seed() {
    return seed;
  }

  /** The applicant's lottery number (compare with {@link Long#compareUnsigned}). */
  public long numberOf(UUID applicantId) {
    return numberOf(sha256(), applicantId);
  }

  /** The numbers of all these applicants, computed once for every programme's ranking. */
  public Draw draw(Collection<UUID> applicantIds) {
    MessageDigest digest = sha256();
    UuidIndex index = new UuidIndex(applicantIds.size());
    long[] numbers = new long[applicantIds.size()];
    for (UUID id : applicantIds) {
      if (index.putIfAbsent(id, index.size()) < 0) {
        numbers[index.size() - 1] = numberOf(digest, id);
      }
    }
    return new Draw(seed, index, numbers);
  }

  /** A lottery number as the 16 lower-case hexadecimal digits {@code sha256sum} prints first. */
  public static String hex(long number) {
    String digits = Long.toHexString(number);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /** Lottery order: the lower number first, then the id's canonical text. */
  static int compare(long number, UUID id, long otherNumber, UUID otherId) {
    int byNumber = Long.compareUnsigned(number, otherNumber);
    return byNumber != 0 ? byNumber : id.toString().compareTo(otherId.toString());
  }

  private long numberOf(MessageDigest digest, UUID applicantId) {
    byte[] hash = digest.digest((seed + ":" + applicantId).getBytes(StandardCharsets.UTF_8));
    long n = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      n = (n << 8) | (hash[i] & 0xFF);
    }
    return n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256; without it no draw can be reproduced.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * The lottery numbers of one intake's applicants under one seed: what is published for audit, and
   * what the rankings of all the intake's programmes read.
   */
  public static final class Draw {
    private final String seed;
    private final UuidIndex index;
    private final long[] numbers;

    private Draw(String seed, UuidIndex index, long[] numbers) {
      this.seed = seed;
      this.index = index;
      this.numbers = numbers;
    }

    public String seed() {
      return seed;
    }

    /** How many applicants were drawn. */
    public int size() {
      return index.size();
    }

    /**
     * @throws IllegalArgumentException if the applicant was not part of the draw
     */
    public long numberOf(UUID applicantId) {
      int i = index.get(applicantId);
      if (i < 0) {
        throw new IllegalArgumentException("applicant " + applicantId + " was not drawn");
      }
      return numbers[i];
    }
  }
}
