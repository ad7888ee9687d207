package ma.ofppt.cmc.region.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a region is entitled to of its city's ledger, and the spending lines it derives from it.
 * Pure: the regional consumer applies these rules as entries arrive, and the verifier replays them
 * over the held entries to check that the stored lines still say what the chain says.
 *
 * <p>The region is entitled to an entry whose facts give it a share ({@code split.REGION} other
 * than zero: a commitment, invoice, payment or budget line it co-funds, or the reversal of one,
 * whose share is negative), to an agreement it signed ({@code funder=REGION}), and to the evidence
 * attached to a record it is entitled to.
 */
public final class SpendingLines {
  public static final String REGION = "REGION";
  static final String SPLIT = "split.";
  static final String EVIDENCE_PREFIX = "evidence.";

  /** Dates of entries without a date of their own are read on the cities' clock. */
  static final ZoneId CITY_TIME = ZoneId.of("Africa/Casablanca");

  /** The largest amount a store column holds (numeric(14,2)). */
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  private SpendingLines() {}

  /** A change an entry makes to the spending lines. */
  public sealed interface Change permits Open, SetStatus {}

  /** A new line. */
  public record Open(SpendingLine line) implements Change {}

  /** The status of an existing line moves (approved, reversed). */
  public record SetStatus(UUID lineId, String status, long sequence) implements Change {}

  /** True when the facts give the region a share or describe an agreement it signed. */
  public static boolean coFunded(Map<String, String> facts) {
    String share = facts.get(SPLIT + REGION);
    if (share != null && amount(SPLIT + REGION, share).signum() != 0) {
      return true;
    }
    return REGION.equals(facts.get("funder"));
  }

  /** The record an evidence entry is attached to, or empty for an entry that is not evidence. */
  public static Optional<UUID> evidenceSubject(String type, Map<String, String> facts) {
    if (!type.startsWith(EVIDENCE_PREFIX) || !facts.containsKey("subjectId")) {
      return Optional.empty();
    }
    return Optional.of(uuid("subjectId", facts.get("subjectId")));
  }

  /** The changes a held entry makes; none for an entry that opens no line and moves none. */
  public static List<Change> changes(ReceivedEntry entry) {
    Map<String, String> facts =
        entry.held().orElseThrow(() -> new IllegalStateException("not held")).facts();
    List<Change> changes = new ArrayList<>();
    switch (entry.type()) {
      case "agreement.signed" -> {
        if (REGION.equals(facts.get("funder"))) {
          BigDecimal amount = amount("committedAmount", require(facts, "committedAmount"));
          changes.add(
              new Open(
                  line(entry, LineKind.AGREEMENT, facts, amount, amount, new TreeMap<>())
                      .status("SIGNED")
                      .occurredOn(date(facts, "signedOn", entry))
                      .build()));
        }
      }
      case "budget-line.created" ->
          changes.add(
              new Open(
                  shared(entry, LineKind.BUDGET_LINE, facts)
                      .fiscalYear(year(require(facts, "fiscalYear")))
                      .category(facts.get("category"))
                      .subCategory(facts.get("subCategory"))
                      .label(facts.get("label"))
                      .status("BUDGETED")
                      .build()));
      case "commitment.made" ->
          changes.add(
              new Open(
                  shared(entry, LineKind.COMMITMENT, facts)
                      .budgetLineRef(optionalUuid(facts, "budgetLineId"))
                      .supplierIdentifier(facts.get("supplierIdentifier"))
                      .status(facts.getOrDefault("status", "MADE"))
                      .build()));
      case "commitment.approved" ->
          changes.add(new SetStatus(entry.subjectId(), "APPROVED", entry.sequence()));
      case "commitment.reversed" -> {
        UUID reverses = uuid("reverses", require(facts, "reverses"));
        changes.add(
            new Open(
                shared(entry, LineKind.COMMITMENT_REVERSAL, facts)
                    .budgetLineRef(optionalUuid(facts, "budgetLineId"))
                    .reversesRef(reverses)
                    .status("REVERSAL")
                    .build()));
        changes.add(new SetStatus(reverses, "REVERSED", entry.sequence()));
      }
      case "invoice.recorded" ->
          changes.add(
              new Open(
                  shared(entry, LineKind.INVOICE, facts)
                      .commitmentRef(optionalUuid(facts, "commitmentId"))
                      .reference(facts.get("number"))
                      .status("RECORDED")
                      .occurredOn(date(facts, "issuedOn", entry))
                      .build()));
      case "payment.made" ->
          changes.add(
              new Open(
                  shared(entry, LineKind.PAYMENT, facts)
                      .commitmentRef(optionalUuid(facts, "commitmentId"))
                      .status("PAID")
                      .occurredOn(date(facts, "paidOn", entry))
                      .build()));
      case "payment.reversed" -> {
        UUID reverses = uuid("reverses", require(facts, "reverses"));
        changes.add(
            new Open(
                shared(entry, LineKind.PAYMENT_REVERSAL, facts)
                    .commitmentRef(optionalUuid(facts, "commitmentId"))
                    .reversesRef(reverses)
                    .status("REVERSAL")
                    .occurredOn(date(facts, "paidOn", entry))
                    .build()));
        changes.add(new SetStatus(reverses, "REVERSED", entry.sequence()));
      }
      default -> {
        // Kept in the chain (its hash is recomputed), but it opens no line and moves none.
      }
    }
    return changes;
  }

  /** The reference a held evidence entry describes, attached to {@code lineId}. */
  public static EvidenceReference evidence(ReceivedEntry entry, UUID lineId) {
    Map<String, String> facts =
        entry.held().orElseThrow(() -> new IllegalStateException("not held")).facts();
    String sha256 = require(facts, "sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 is not 64 lower-case hex digits: " + sha256);
    }
    long size;
    try {
      size = Long.parseLong(require(facts, "sizeBytes"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sizeBytes is not a whole number", e);
    }
    return new EvidenceReference(
        entry.city(),
        entry.subjectId(),
        lineId,
        facts.getOrDefault("subjectType", "UNKNOWN"),
        require(facts, "fileName"),
        facts.getOrDefault("contentType", "application/octet-stream"),
        size,
        sha256,
        entry.id(),
        entry.sequence(),
        entry.hash(),
        entry.recordedAt());
  }

  /**
   * The lines the held entries of one city derive, in the order of the chain: what the stored lines
   * must still be.
   */
  public static Map<UUID, SpendingLine> replay(List<ReceivedEntry> entries) {
    Map<UUID, SpendingLine> lines = new LinkedHashMap<>();
    for (ReceivedEntry entry : entries) {
      if (entry.held().isEmpty()) {
        continue;
      }
      for (Change change : changes(entry)) {
        if (change instanceof Open open) {
          lines.putIfAbsent(open.line().id(), open.line());
        } else if (change instanceof SetStatus set) {
          lines.computeIfPresent(
              set.lineId(), (id, l) -> l.withStatus(set.status(), set.sequence()));
        }
      }
    }
    return lines;
  }

  /** The region's share and the others' of a split given as {@code split.<FUNDER>} facts. */
  static SortedMap<String, BigDecimal> shares(Map<String, String> facts) {
    SortedMap<String, BigDecimal> shares = new TreeMap<>();
    facts.forEach(
        (name, value) -> {
          if (name.startsWith(SPLIT) && name.length() > SPLIT.length()) {
            shares.put(name.substring(SPLIT.length()), amount(name, value));
          }
        });
    return shares;
  }

  private static Builder shared(ReceivedEntry entry, LineKind kind, Map<String, String> facts) {
    SortedMap<String, BigDecimal> others = shares(facts);
    BigDecimal region = others.remove(REGION);
    return line(
        entry,
        kind,
        facts,
        amount("amount", require(facts, "amount")),
        region == null ? BigDecimal.ZERO.setScale(2) : region,
        others);
  }

  private static Builder line(
      ReceivedEntry entry,
      LineKind kind,
      Map<String, String> facts,
      BigDecimal amount,
      BigDecimal regionShare,
      SortedMap<String, BigDecimal> others) {
    Builder b = new Builder();
    b.city = entry.city();
    b.id = entry.subjectId();
    b.kind = kind;
    b.reference = facts.get("reference");
    b.amount = amount;
    b.regionShare = regionShare;
    b.otherShares = others;
    b.currency = facts.getOrDefault("currency", "MAD");
    b.occurredOn = LocalDate.ofInstant(entry.recordedAt(), CITY_TIME);
    b.entryId = entry.id();
    b.sequence = entry.sequence();
    b.hash = entry.hash();
    return b;
  }

  private static final class Builder {
    String city;
    UUID id;
    LineKind kind;
    Integer fiscalYear;
    String category;
    String subCategory;
    String label;
    UUID budgetLineRef;
    UUID commitmentRef;
    UUID reversesRef;
    String reference;
    String supplierIdentifier;
    BigDecimal amount;
    BigDecimal regionShare;
    SortedMap<String, BigDecimal> otherShares;
    String currency;
    String status;
    LocalDate occurredOn;
    UUID entryId;
    long sequence;
    String hash;

    Builder fiscalYear(Integer v) {
      fiscalYear = v;
      return this;
    }

    Builder category(String v) {
      category = v;
      return this;
    }

    Builder subCategory(String v) {
      subCategory = v;
      return this;
    }

    Builder label(String v) {
      label = v;
      return this;
    }

    Builder budgetLineRef(UUID v) {
      budgetLineRef = v;
      return this;
    }

    Builder commitmentRef(UUID v) {
      commitmentRef = v;
      return this;
    }

    Builder reversesRef(UUID v) {
      reversesRef = v;
      return this;
    }

    Builder reference(String v) {
      reference = v;
      return this;
    }

    Builder supplierIdentifier(String v) {
      supplierIdentifier = v;
      return this;
    }

    Builder status(String v) {
      status = v;
      return this;
    }

    Builder occurredOn(LocalDate v) {
      occurredOn = v;
      return this;
    }

    SpendingLine build() {
      return new SpendingLine(
          city,
          id,
          kind,
          fiscalYear,
          category,
          subCategory,
          label,
          budgetLineRef,
          commitmentRef,
          reversesRef,
          reference,
          supplierIdentifier,
          amount,
          regionShare,
          otherShares,
          currency,
          status,
          occurredOn,
          entryId,
          sequence,
          hash,
          sequence);
    }
  }

  private static String require(Map<String, String> facts, String name) {
    String value = facts.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the entry has no " + name);
    }
    return value;
  }

  /** A plain decimal with at most two decimals, within what the store holds. */
  static BigDecimal amount(String name, String value) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a decimal: " + value, e);
    }
    if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(LIMIT) >= 0) {
      throw new IllegalArgumentException(name + " is not an amount in MAD: " + value);
    }
    return amount.setScale(2);
  }

  private static Integer year(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fiscalYear is not a year: " + value, e);
    }
  }

  private static UUID uuid(String name, String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is not a UUID: " + value, e);
    }
  }

  private static UUID optionalUuid(Map<String, String> facts, String name) {
    String value = facts.get(name);
    return value == null || value.isBlank() ? null : uuid(name, value);
  }

  private static LocalDate date(Map<String, String> facts, String name, ReceivedEntry entry) {
    String value = facts.get(name);
    if (value == null || value.isBlank()) {
      return LocalDate.ofInstant(entry.recordedAt(), CITY_TIME);
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO date: " + value, e);
    }
  }
}
