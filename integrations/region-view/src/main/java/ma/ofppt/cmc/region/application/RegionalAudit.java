package ma.ofppt.cmc.region.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.region.domain.AuditRecords;
import ma.ofppt.cmc.region.domain.EvidenceReference;
import ma.ofppt.cmc.region.domain.LineFilter;
import ma.ofppt.cmc.region.domain.Page;
import ma.ofppt.cmc.region.domain.ReceivedDigest;
import ma.ofppt.cmc.region.domain.RegionalVerification;
import ma.ofppt.cmc.region.domain.ResolvedLine;

/**
 * What a region's auditors read: the spending lines their region co-funds, the documents attached,
 * the signed digests, and the verification of what the region received. Every method works in the
 * store of the region it is given, which the API takes from the caller's token only.
 */
@ApplicationScoped
public class RegionalAudit {
  @Inject AuditRecords store;
  @Inject TenantRegistry registry;

  /** The cities of the region, in the registry (one per region today). */
  @Transactional
  public List<String> cities(String region) {
    return registry.all().stream()
        .filter(t -> t.regionCode().equals(region))
        .map(t -> t.id().value())
        .sorted()
        .toList();
  }

  @Transactional
  public Page<ResolvedLine> lines(String region, LineFilter filter, PageRequest page) {
    return store.lines(region, filter, page);
  }

  @Transactional
  public List<ResolvedLine> allLines(String region, LineFilter filter) {
    return store.allLines(region, filter);
  }

  @Transactional
  public ResolvedLine line(String region, UUID id) {
    return store.line(region, id).orElseThrow(() -> new NotFoundException("spending line", id));
  }

  @Transactional
  public Page<EvidenceReference> documents(String region, PageRequest page) {
    return store.documents(region, page);
  }

  @Transactional
  public List<EvidenceReference> allDocuments(String region) {
    return store.documents(region, null).items();
  }

  @Transactional
  public Page<ReceivedDigest> digests(String region, String city, PageRequest page) {
    return store.digests(region, city, page);
  }

  /**
   * Verifies what the region received of the city's chain, held against the given digest or the
   * latest one received (none yet: the chain alone).
   */
  @Transactional
  public RegionalVerification.Result verify(String region, String city, UUID digestId) {
    AuditRecords.CityAudit audit =
        store
            .cityAudit(region, city, digestId)
            .orElseThrow(() -> new NotFoundException("digest", digestId));
    return RegionalVerification.verify(
        city, audit.chain(), audit.digest(), audit.lines(), audit.documents());
  }
}
