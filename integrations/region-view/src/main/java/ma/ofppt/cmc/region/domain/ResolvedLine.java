package ma.ofppt.cmc.region.domain;

import java.util.List;

/**
 * A spending line as an auditor reads it: the line, with the fiscal year, category and supplier it
 * reaches through its budget line or commitment (a payment carries neither itself), and, when read
 * alone, the documents attached to it.
 */
public record ResolvedLine(
    SpendingLine line,
    Integer fiscalYear,
    String category,
    String subCategory,
    String label,
    String supplierIdentifier,
    List<EvidenceReference> documents) {

  public ResolvedLine withDocuments(List<EvidenceReference> attached) {
    return new ResolvedLine(
        line, fiscalYear, category, subCategory, label, supplierIdentifier, List.copyOf(attached));
  }
}
