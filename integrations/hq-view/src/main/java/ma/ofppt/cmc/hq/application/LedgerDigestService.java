package ma.ofppt.cmc.hq.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import ma.ofppt.cmc.hq.domain.DigestArchive;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;

/** The cities' ledger digests HQ keeps, each verified on arrival. */
@ApplicationScoped
public class LedgerDigestService {
  @Inject DigestArchive archive;
  @Inject TenantRegistry registry;

  @Transactional
  public List<ReceivedDigest> latest() {
    return archive.latest();
  }

  @Transactional
  public List<ReceivedDigest> of(String city) {
    return archive.of(city);
  }

  @Transactional
  public boolean isCity(String code) {
    return registry.all().stream().anyMatch(t -> t.id().value().equals(code));
  }
}
