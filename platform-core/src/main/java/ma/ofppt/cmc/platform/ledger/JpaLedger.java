package ma.ofppt.cmc.platform.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.tenancy.TenantContext;

/**
 * The ledger in PostgreSQL. Appends of one city are serialised by a transaction-scoped advisory
 * lock keyed by the city, taken on the caller's connection before the head is read: the next append
 * of the same city waits until this transaction commits or rolls back, then reads the head this one
 * wrote. It needs no row to exist (the first append of a city is serialised like the others) and
 * other cities are not held. The unique {@code (tenant_id, sequence)} constraint is the database's
 * backstop should anything bypass the lock.
 */
@ApplicationScoped
public class JpaLedger implements Ledger {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The advisory lock space of the ledger ("LEDG"), so no other lock of the platform collides. */
  static final int LOCK_SPACE = 0x4c454447;

  static final int MAX_TYPE = 100;

  @Inject TenantPersistence persistence;
  @Inject TenantContext tenants;
  @Inject Caller caller;
  @Inject Outbox outbox;

  /** The outbox topic of every appended entry. */
  public static final String ENTRY_TOPIC = "ledger.entry";

  private final Clock clock = Clock.systemUTC();

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Entry append(String type, UUID subjectId, SortedMap<String, String> facts) {
    if (type == null || type.isBlank() || type.length() > MAX_TYPE) {
      throw new DomainRuleViolation("type", "a ledger entry needs a type of 1 to 100 characters");
    }
    if (subjectId == null) {
      throw new DomainRuleViolation("subjectId", "a ledger entry needs the record it is about");
    }
    if (facts == null) {
      throw new DomainRuleViolation("facts", "a ledger entry needs its facts (may be empty)");
    }
    String tenant = tenants.require().value();
    lockChain();
    List<LedgerEntry> last =
        persistence
            .em()
            .createQuery("select e from LedgerEntry e order by e.sequence desc", LedgerEntry.class)
            .setMaxResults(1)
            .getResultList();
    long sequence = last.isEmpty() ? 1 : last.get(0).sequence() + 1;
    String previous = last.isEmpty() ? CanonicalForm.GENESIS : last.get(0).hash();
    ChainEntry entry =
        ChainEntry.chained(
            tenant,
            sequence,
            UUID.randomUUID(),
            type,
            subjectId,
            clock.instant(),
            caller.name(),
            facts,
            previous);
    persistence.em().persist(new LedgerEntry(entry));
    // The entry, whole, for the region's audit store (ADR 0016): the regional consumer keeps the
    // facts and actor of what its region co-funds (split.REGION above zero) and of their evidence,
    // and only the place and hashes of the rest, so that it can still check the chain's links.
    JsonObjectBuilder factsJson = JSON.createObjectBuilder();
    facts.forEach(factsJson::add);
    outbox.publish(
        ENTRY_TOPIC,
        JSON.createObjectBuilder()
            .add("sequence", entry.sequence())
            .add("id", entry.id().toString())
            .add("type", entry.type())
            .add("subjectId", entry.subjectId().toString())
            .add("recordedAt", CanonicalForm.toMicros(entry.recordedAt()).toString())
            .add("actor", entry.actor())
            .add("facts", factsJson)
            .add("previousHash", entry.previousHash())
            .add("hash", entry.hash())
            .build()
            .toString());
    return new Entry(
        entry.id(),
        entry.sequence(),
        entry.type(),
        entry.subjectId(),
        entry.recordedAt(),
        entry.previousHash(),
        entry.hash());
  }

  /** Holds the current city's chain until the transaction ends. */
  void lockChain() {
    persistence.withConnection(
        sql -> {
          try (PreparedStatement lock =
              sql.connection().prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setString(2, sql.tenant().value());
            try (ResultSet done = lock.executeQuery()) {
              done.next();
            }
          }
          return null;
        });
  }
}
