package ma.ofppt.cmc.region.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.PageRequest;

/**
 * One region's audit store, read for its auditors (implemented in infrastructure over the store's
 * binding). Every method is given the region and reaches that region's rows only.
 */
public interface AuditRecords {

  Page<ResolvedLine> lines(String region, LineFilter filter, PageRequest page);

  /** Every line of the filter, for an export. */
  List<ResolvedLine> allLines(String region, LineFilter filter);

  /** One line with its documents. */
  Optional<ResolvedLine> line(String region, UUID id);

  /** One page of the region's documents, or all of them when {@code page} is null. */
  Page<EvidenceReference> documents(String region, PageRequest page);

  Page<ReceivedDigest> digests(String region, String city, PageRequest page);

  /** What the verifier needs of one city, read in one transaction so it is one state. */
  record CityAudit(
      List<ReceivedEntry> chain,
      Optional<ReceivedDigest> digest,
      List<SpendingLine> lines,
      List<EvidenceReference> documents) {}

  /**
   * @param digestId the digest to hold the chain against; the latest received when null
   * @return empty when a digest was asked for and the region has none with that id for the city
   */
  Optional<CityAudit> cityAudit(String region, String city, UUID digestId);
}
