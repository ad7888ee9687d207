package ma.ofppt.cmc.platform.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.tenancy.TenantContext;

/** Reading, verifying and signing the current city's chain. */
@ApplicationScoped
public class LedgerService {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject TenantPersistence persistence;
  @Inject Outbox outbox;

  /** The outbox topic of every signed digest. */
  public static final String DIGEST_TOPIC = "ledger.digest";

  @Inject TenantContext tenants;
  @Inject JpaLedger ledger;
  @Inject LedgerSigningKey signingKey;

  private final Clock clock = Clock.systemUTC();

  /** The outcome of recomputing the chain, and the digest it was held against. */
  public record Outcome(ChainVerifier.Verification verification, Optional<SignedDigest> digest) {}

  /** Recomputes the whole chain and holds it against the latest signed digest. */
  @Transactional
  public Outcome verify() {
    String tenant = tenants.require().value();
    List<ChainEntry> chain = chain();
    Optional<SignedDigest> digest = latestDigest();
    PublicKey key = digest.isPresent() ? signingKey.publicKey() : null;
    return new Outcome(ChainVerifier.verify(tenant, chain, digest, key), digest);
  }

  /** The chain in sequence order, as stored. */
  @Transactional
  public List<ChainEntry> chain() {
    String tenant = tenants.require().value();
    return persistence
        .em()
        .createQuery("select e from LedgerEntry e order by e.sequence, e.id", LedgerEntry.class)
        .getResultList()
        .stream()
        .map(e -> e.toChainEntry(tenant))
        .toList();
  }

  @Transactional
  public PageResult<ChainEntry> entries(PageRequest page) {
    String tenant = tenants.require().value();
    List<ChainEntry> items =
        persistence
            .em()
            .createQuery("select e from LedgerEntry e order by e.sequence, e.id", LedgerEntry.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(e -> e.toChainEntry(tenant))
            .toList();
    long total =
        persistence
            .em()
            .createQuery("select count(e) from LedgerEntry e", Long.class)
            .getSingleResult();
    return new PageResult<>(items, page.page(), page.size(), total);
  }

  /** The chain as JSON lines, the format the command-line verifier reads. */
  @Transactional
  public String export() {
    return ChainJson.lines(chain());
  }

  @Transactional
  public PageResult<SignedDigest> digests(PageRequest page) {
    String tenant = tenants.require().value();
    List<SignedDigest> items =
        persistence
            .em()
            .createQuery(
                "select d from LedgerDigest d order by d.producedAt desc, d.entryCount desc",
                LedgerDigest.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(d -> d.toSignedDigest(tenant))
            .toList();
    long total =
        persistence
            .em()
            .createQuery("select count(d) from LedgerDigest d", Long.class)
            .getSingleResult();
    return new PageResult<>(items, page.page(), page.size(), total);
  }

  /**
   * Signs the chain as it stands, once it verifies: its count and head are read under the city's
   * append lock, so they describe one and the same chain, and a broken chain is never signed (409
   * naming {@code ledger}).
   */
  @Transactional
  public SignedDigest produceDigest() {
    String tenant = tenants.require().value();
    String keyId = signingKey.keyId();
    ledger.lockChain();
    List<ChainEntry> chain = chain();
    ChainVerifier.Verification verification =
        ChainVerifier.verify(tenant, chain, latestDigest(), signingKey.publicKey());
    verification
        .firstBroken()
        .ifPresent(
            broken -> {
              throw new ConflictException(
                  "ledger",
                  "the chain is broken at entry "
                      + broken.sequence()
                      + " ("
                      + broken.reason().label()
                      + "): it is not signed");
            });
    SignedDigest unsigned =
        new SignedDigest(
            UUID.randomUUID(),
            tenant,
            chain.size(),
            verification.head(),
            CanonicalForm.toMicros(clock.instant()),
            keyId,
            "");
    SignedDigest digest =
        new SignedDigest(
            unsigned.id(),
            tenant,
            unsigned.entryCount(),
            unsigned.headHash(),
            unsigned.producedAt(),
            keyId,
            signingKey.sign(unsigned.canonical()));
    persistence.em().persist(new LedgerDigest(digest));
    // For HQ and the region to keep (ADR 0016), with the key that verifies it.
    outbox.publish(
        DIGEST_TOPIC,
        JSON.createObjectBuilder()
            .add("id", digest.id().toString())
            .add("entryCount", digest.entryCount())
            .add("headHash", digest.headHash())
            .add("producedAt", digest.producedAt().toString())
            .add("keyId", digest.keyId())
            .add("signature", digest.signature())
            .add("publicKey", LedgerKeys.pem("PUBLIC KEY", signingKey.publicKey().getEncoded()))
            .build()
            .toString());
    return digest;
  }

  /**
   * A new digest when the chain moved since the last one (or none exists); for the schedule. The
   * check runs under the city's append lock, as the signing does: two server instances whose
   * schedules fire together then sign the chain once, the second finding it unmoved (ADR 0019).
   */
  @Transactional
  public Optional<SignedDigest> produceDigestIfMoved() {
    ledger.lockChain();
    Optional<SignedDigest> latest = latestDigest();
    long count =
        persistence
            .em()
            .createQuery("select count(e) from LedgerEntry e", Long.class)
            .getSingleResult();
    if (latest.isPresent() && latest.get().entryCount() == count) {
      return Optional.empty();
    }
    return Optional.of(produceDigest());
  }

  private Optional<SignedDigest> latestDigest() {
    String tenant = tenants.require().value();
    return persistence
        .em()
        .createQuery(
            "select d from LedgerDigest d order by d.producedAt desc, d.entryCount desc",
            LedgerDigest.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(d -> d.toSignedDigest(tenant));
  }
}
