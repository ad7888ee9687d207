package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;
import ma.ofppt.cmc.hq.domain.Snapshot;
import ma.ofppt.cmc.platform.consolidation.ConsolidationHandler;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.StoreConnection;
import ma.ofppt.cmc.platform.consolidation.StoreScope;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;
import ma.ofppt.cmc.platform.ledger.LedgerService;
import ma.ofppt.cmc.platform.ledger.SignedDigest;

/**
 * HQ's consumer of the cities' messages: it keeps each city's figures (topic {@code
 * figures.snapshot}) and ledger digests ({@code ledger.digest}) in HQ's store. The platform's
 * {@code Inbox} calls it once per message, in the transaction that records the message as
 * processed, bound to {@code app.store = 'hq'}.
 *
 * <p>A snapshot is the whole of one source of one city. It is applied only if it was computed after
 * the one HQ holds (a late or repeated one is counted and dropped); then it replaces that source's
 * figures of that city, except in the periods HQ has closed for the city, and it is kept whole
 * aside, so that a reopened period shows it at once. Work on one city is serialised by a
 * transaction-scoped advisory lock, which closing and reopening take too.
 */
@ApplicationScoped
public class HqStore implements ConsolidationHandler {
  public static final String NAME = "hq";
  public static final String FIGURES_SNAPSHOT = "figures.snapshot";
  public static final String LEDGER_DIGEST = LedgerService.DIGEST_TOPIC;

  /** The first key of HQ's advisory locks ('HQ'); the second is the city's hash. */
  static final int CITY_LOCK = 0x4851;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(String topic) {
    return FIGURES_SNAPSHOT.equals(topic) || LEDGER_DIGEST.equals(topic);
  }

  @Override
  public Set<String> topics() {
    return Set.of(FIGURES_SNAPSHOT, LEDGER_DIGEST);
  }

  @Override
  public StoreScope scope(ConsolidationMessage message) {
    return StoreScope.hq();
  }

  @Override
  public void apply(ConsolidationMessage message, StoreConnection store) throws SQLException {
    switch (message.topic()) {
      case FIGURES_SNAPSHOT ->
          applySnapshot(store, message.city(), message.id(), Payloads.snapshot(message.payload()));
      case LEDGER_DIGEST ->
          keep(store, verified(Payloads.digest(message.city(), message.payload())));
      default -> throw new IllegalArgumentException("HQ does not consume " + message.topic());
    }
  }

  /** Takes the city's lock for the rest of the transaction. */
  static void lockCity(StoreConnection store, String city) throws SQLException {
    StoreSql.list(
        store, "select pg_advisory_xact_lock(?, hashtext(?))", row -> null, CITY_LOCK, city);
  }

  /** True when applied, false when HQ holds a snapshot of the source computed as late or later. */
  static boolean applySnapshot(
      StoreConnection store, String city, UUID messageId, Snapshot snapshot) throws SQLException {
    lockCity(store, city);
    Instant held =
        StoreSql.list(
                store,
                "select computed_at from hq.source_state where city_code = ? and source = ?",
                row -> StoreSql.instant(row, 1),
                city,
                snapshot.source())
            .stream()
            .findFirst()
            .orElse(null);
    if (held != null && !snapshot.computedAt().isAfter(held)) {
      StoreSql.update(
          store,
          "update hq.source_state set received_at = clock_timestamp(),"
              + " stale_received = stale_received + 1 where city_code = ? and source = ?",
          city,
          snapshot.source());
      return false;
    }
    StoreSql.update(
        store,
        """
        insert into hq.source_state
          (city_code, source, computed_at, changed_since, applied_at, message_id, figure_count,
           received_at)
        values (?, ?, ?, ?::timestamptz, clock_timestamp(), ?, ?, clock_timestamp())
        on conflict (city_code, source) do update
          set computed_at = excluded.computed_at, changed_since = excluded.changed_since,
              applied_at = excluded.applied_at, message_id = excluded.message_id,
              figure_count = excluded.figure_count, received_at = excluded.received_at
        """,
        city,
        snapshot.source(),
        snapshot.computedAt(),
        snapshot.changedSince(),
        messageId,
        snapshot.figures().size());
    StoreSql.update(
        store,
        "delete from hq.received_figure where city_code = ? and source = ?",
        city,
        snapshot.source());
    List<Figure> figures = snapshot.figures();
    StoreSql.update(
        store,
        """
        insert into hq.received_figure
          (city_code, source, period, sector, pole, level, funder, category, measure, value)
        select ?, ?, f.period, f.sector, f.pole, f.level, f.funder, f.category, f.measure,
               f.value::numeric
        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[])
          as f (period, sector, pole, level, funder, category, measure, value)
        """,
        city,
        snapshot.source(),
        column(figures, Figure::period),
        column(figures, Figure::sector),
        column(figures, Figure::pole),
        column(figures, Figure::level),
        column(figures, Figure::funder),
        column(figures, Figure::category),
        column(figures, Figure::measure),
        column(figures, f -> f.value().toPlainString()));
    // Closed periods keep what they had; every other period takes what was just received.
    StoreSql.update(
        store,
        """
        delete from hq.figure f
        where f.city_code = ? and f.source = ?
          and not exists (select 1 from hq.closed_period c
                          where c.city_code = f.city_code and c.period = f.period)
        """,
        city,
        snapshot.source());
    StoreSql.update(
        store,
        """
        insert into hq.figure
          (city_code, source, period, sector, pole, level, funder, category, measure, value)
        select r.city_code, r.source, r.period, r.sector, r.pole, r.level, r.funder, r.category,
               r.measure, r.value
        from hq.received_figure r
        where r.city_code = ? and r.source = ?
          and not exists (select 1 from hq.closed_period c
                          where c.city_code = r.city_code and c.period = r.period)
        """,
        city,
        snapshot.source());
    return true;
  }

  /**
   * The digest, once its signature verifies with the key it came with and that key's id is the one
   * it names: a digest that does not is forged or damaged, and goes to the dead letters.
   */
  static ReceivedDigest verified(ReceivedDigest digest) {
    PublicKey key = LedgerKeys.publicKey(digest.publicKey());
    if (!LedgerKeys.keyId(key).equals(digest.keyId())) {
      throw new IllegalArgumentException("keyId: not the id of the publicKey it came with");
    }
    SignedDigest signed =
        new SignedDigest(
            digest.id(),
            digest.city(),
            digest.entryCount(),
            digest.headHash(),
            digest.producedAt(),
            digest.keyId(),
            digest.signature());
    if (!signed.isSignedBy(key)) {
      throw new IllegalArgumentException(
          "signature: does not verify for " + digest.city() + "'s digest " + digest.id());
    }
    return digest;
  }

  static void keep(StoreConnection store, ReceivedDigest digest) throws SQLException {
    StoreSql.update(
        store,
        """
        insert into hq.ledger_digest
          (city_code, id, entry_count, head_hash, produced_at, key_id, signature, public_key)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        on conflict do nothing
        """,
        digest.city(),
        digest.id(),
        digest.entryCount(),
        digest.headHash(),
        digest.producedAt(),
        digest.keyId(),
        digest.signature(),
        digest.publicKey());
  }

  private static List<String> column(List<Figure> figures, Function<Figure, String> value) {
    return figures.stream().map(value).toList();
  }
}
