package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.finance.domain.EvidenceFile;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.ledger.Ledger;
import ma.ofppt.cmc.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents attached to commitments and payments: checked (size, declared and actual type), kept
 * whole, hashed by the server, the hash appended to the ledger with the attachment.
 */
@ApplicationScoped
public class EvidenceService {
  @Inject Books books;
  @Inject AuditTrail audit;
  @Inject Ledger ledger;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "cmc.finance.evidence-max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Transactional
  public Evidence attach(
      Evidence.Subject subjectType,
      UUID subjectId,
      String fileName,
      String contentType,
      InputStream body) {
    // The subject first: another city's id is a 404 before anything is read or stored.
    switch (subjectType) {
      case COMMITMENT ->
          books
              .commitment(subjectId)
              .orElseThrow(() -> new NotFoundException("commitment", subjectId));
      case PAYMENT ->
          books.payment(subjectId).orElseThrow(() -> new NotFoundException("payment", subjectId));
    }
    byte[] content;
    try {
      // One byte over the limit is enough to refuse; never read an unbounded body into memory.
      content =
          body == null
              ? new byte[0]
              : body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    EvidenceFile file = EvidenceFile.check(fileName, contentType, content, maxBytes);
    Evidence evidence = new Evidence(subjectType, subjectId, file, caller.name(), Instant.now());
    books.add(evidence);
    audit.record(
        "finance.evidence-attached",
        "finance_evidence",
        evidence.id(),
        file.fileName() + " sha256 " + file.sha256() + " on " + subjectType + " " + subjectId);
    ledger.append(
        "evidence.attached",
        evidence.id(),
        Facts.of()
            .with("subjectType", subjectType)
            .with("subjectId", subjectId)
            .with("fileName", file.fileName())
            .with("contentType", evidence.contentType())
            .with("sizeBytes", evidence.sizeBytes())
            .with("sha256", file.sha256())
            .build());
    return evidence;
  }

  @Transactional
  public Books.Page<Books.EvidenceSummary> attachedTo(
      Evidence.Subject subjectType, UUID subjectId, PageRequest page) {
    switch (subjectType) {
      case COMMITMENT ->
          books
              .commitment(subjectId)
              .orElseThrow(() -> new NotFoundException("commitment", subjectId));
      case PAYMENT ->
          books.payment(subjectId).orElseThrow(() -> new NotFoundException("payment", subjectId));
    }
    return books.evidenceOf(subjectId, page.offset(), page.size());
  }

  @Transactional
  public Evidence evidence(UUID id) {
    return books.evidence(id).orElseThrow(() -> new NotFoundException("evidence", id));
  }
}
