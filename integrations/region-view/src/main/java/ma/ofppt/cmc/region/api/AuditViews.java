package ma.ofppt.cmc.region.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.region.domain.EvidenceReference;
import ma.ofppt.cmc.region.domain.ReceivedDigest;
import ma.ofppt.cmc.region.domain.RegionalVerification;
import ma.ofppt.cmc.region.domain.ResolvedLine;
import ma.ofppt.cmc.region.domain.SpendingLine;

/** The payloads of {@code /v1/audit}. */
public final class AuditViews {
  private AuditViews() {}

  /** A document attached to a line: what proves the file, never the file. */
  public record DocumentView(
      UUID id,
      String city,
      UUID lineId,
      String subjectType,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      long ledgerSequence,
      String ledgerHash,
      Instant attachedAt) {
    static DocumentView of(EvidenceReference d) {
      return new DocumentView(
          d.id(),
          d.city(),
          d.lineId(),
          d.subjectType(),
          d.fileName(),
          d.contentType(),
          d.sizeBytes(),
          d.sha256(),
          d.ledgerSequence(),
          d.ledgerHash(),
          d.attachedAt());
    }
  }

  /**
   * A co-funded record of the city: {@code regionShare} is the region's part of {@code amount},
   * {@code otherShares} the other funders' by name; {@code date} the record's own date (signed,
   * issued, paid) or the day it was recorded; documents only when read alone.
   */
  public record LineView(
      UUID id,
      String city,
      String kind,
      Integer fiscalYear,
      String category,
      String subCategory,
      String label,
      String reference,
      String supplierIdentifier,
      BigDecimal amount,
      String currency,
      BigDecimal regionShare,
      Map<String, BigDecimal> otherShares,
      String status,
      LocalDate date,
      UUID budgetLineId,
      UUID commitmentId,
      UUID reverses,
      long ledgerSequence,
      String ledgerHash,
      List<DocumentView> documents) {
    static LineView of(ResolvedLine r) {
      SpendingLine l = r.line();
      return new LineView(
          l.id(),
          l.city(),
          l.kind().name(),
          r.fiscalYear(),
          r.category(),
          r.subCategory(),
          r.label(),
          l.reference(),
          r.supplierIdentifier(),
          l.amount(),
          l.currency(),
          l.regionShare(),
          l.otherShares(),
          l.status(),
          l.occurredOn(),
          l.budgetLineRef(),
          l.commitmentRef(),
          l.reversesRef(),
          l.ledgerSequence(),
          l.ledgerHash(),
          r.documents().stream().map(DocumentView::of).toList());
    }
  }

  public record DigestView(
      UUID id,
      String city,
      long entryCount,
      String headHash,
      Instant producedAt,
      String keyId,
      String signature,
      String publicKey,
      Instant receivedAt) {
    static DigestView of(ReceivedDigest d) {
      return new DigestView(
          d.id(),
          d.city(),
          d.entryCount(),
          d.headHash(),
          d.producedAt(),
          d.keyId(),
          d.signature(),
          d.publicKeyPem(),
          d.receivedAt());
    }
  }

  public record BrokenView(long sequence, String reason, String detail) {}

  /**
   * @param entries how many entries of the city's chain the region received
   * @param heldEntries of which the region holds the facts, and so recomputed the hash
   */
  public record VerificationView(
      String city,
      boolean valid,
      long entries,
      long heldEntries,
      long linesChecked,
      long documentsChecked,
      String head,
      BrokenView firstBroken,
      DigestView digest) {
    static VerificationView of(RegionalVerification.Result v) {
      return new VerificationView(
          v.city(),
          v.valid(),
          v.entries(),
          v.heldEntries(),
          v.linesChecked(),
          v.documentsChecked(),
          v.head(),
          v.firstBroken()
              .map(b -> new BrokenView(b.sequence(), b.reason().label(), b.detail()))
              .orElse(null),
          v.digest().map(DigestView::of).orElse(null));
    }
  }
}
