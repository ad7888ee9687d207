package ma.ofppt.cmc.region.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One co-funded record of a city as its region sees it, derived from the ledger entry that created
 * it: what it is, how much, the region's share and the other funders' shares, its status, and where
 * in the chain it was recorded. Fiscal year and category are the line's own for a budget line; the
 * others reach them through {@code budgetLineRef} or {@code commitmentRef}.
 *
 * @param id the record's id in the city (the subject of its ledger entry)
 * @param otherShares the other funders' shares, by funder name, as the entry split them
 * @param statusSequence the ledger sequence of the entry that last set the status
 */
public record SpendingLine(
    String city,
    UUID id,
    LineKind kind,
    Integer fiscalYear,
    String category,
    String subCategory,
    String label,
    UUID budgetLineRef,
    UUID commitmentRef,
    UUID reversesRef,
    String reference,
    String supplierIdentifier,
    BigDecimal amount,
    BigDecimal regionShare,
    SortedMap<String, BigDecimal> otherShares,
    String currency,
    String status,
    LocalDate occurredOn,
    UUID entryId,
    long ledgerSequence,
    String ledgerHash,
    long statusSequence) {

  public SpendingLine {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(regionShare, "regionShare");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(occurredOn, "occurredOn");
    otherShares = Collections.unmodifiableSortedMap(new TreeMap<>(otherShares));
  }

  public SpendingLine withStatus(String newStatus, long sequence) {
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
        newStatus,
        occurredOn,
        entryId,
        ledgerSequence,
        ledgerHash,
        sequence);
  }

  /**
   * The fields the chain vouches for, compared by value (amounts by {@code compareTo}): what the
   * verifier holds a stored line against. Null when they agree, else the first that differs.
   */
  public String firstDifference(SpendingLine other) {
    if (!Objects.equals(kind, other.kind)) {
      return "kind";
    }
    if (!Objects.equals(fiscalYear, other.fiscalYear)) {
      return "fiscalYear";
    }
    if (!Objects.equals(category, other.category)) {
      return "category";
    }
    if (!Objects.equals(subCategory, other.subCategory)) {
      return "subCategory";
    }
    if (!Objects.equals(label, other.label)) {
      return "label";
    }
    if (!Objects.equals(budgetLineRef, other.budgetLineRef)
        || !Objects.equals(commitmentRef, other.commitmentRef)
        || !Objects.equals(reversesRef, other.reversesRef)) {
      return "references";
    }
    if (!Objects.equals(reference, other.reference)) {
      return "reference";
    }
    if (!Objects.equals(supplierIdentifier, other.supplierIdentifier)) {
      return "supplierIdentifier";
    }
    if (amount.compareTo(other.amount) != 0) {
      return "amount";
    }
    if (regionShare.compareTo(other.regionShare) != 0) {
      return "regionShare";
    }
    if (!sameShares(otherShares, other.otherShares)) {
      return "otherShares";
    }
    if (!Objects.equals(currency, other.currency)) {
      return "currency";
    }
    if (!Objects.equals(status, other.status) || statusSequence != other.statusSequence) {
      return "status";
    }
    if (!Objects.equals(occurredOn, other.occurredOn)) {
      return "occurredOn";
    }
    if (!Objects.equals(entryId, other.entryId)
        || ledgerSequence != other.ledgerSequence
        || !Objects.equals(ledgerHash, other.ledgerHash)) {
      return "ledger";
    }
    return null;
  }

  private static boolean sameShares(
      SortedMap<String, BigDecimal> a, SortedMap<String, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
  }
}
