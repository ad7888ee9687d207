package ma.ofppt.cmc.region.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.ConsolidationHandler;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import ma.ofppt.cmc.platform.consolidation.StoreConnection;
import ma.ofppt.cmc.platform.consolidation.StoreScope;
import ma.ofppt.cmc.region.domain.ReceivedEntry;
import ma.ofppt.cmc.region.domain.SpendingLines;

/**
 * The regional consumer (ADR 0018): each {@code ledger.entry} of a city goes to the audit store of
 * that city's region (the region stamped on the message by the relay, never read from the payload).
 * It keeps the place and hashes of every entry, and the actor and facts only of the entries the
 * region is entitled to ({@link SpendingLines#coFunded}, or evidence of a record it holds), from
 * which it derives the spending lines and the documents' references. Each {@code ledger.digest} is
 * kept whole, with the key it came with.
 */
@ApplicationScoped
public class RegionStore implements ConsolidationHandler {
  public static final String NAME = "region";
  static final String ENTRY_TOPIC = "ledger.entry";
  static final String DIGEST_TOPIC = "ledger.digest";
  private static final Set<String> TOPICS = Set.of(ENTRY_TOPIC, DIGEST_TOPIC);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean handles(String topic) {
    return TOPICS.contains(topic);
  }

  @Override
  public Set<String> topics() {
    return TOPICS;
  }

  @Override
  public StoreScope scope(ConsolidationMessage message) {
    return StoreScope.region(message.region());
  }

  @Override
  public void apply(ConsolidationMessage message, StoreConnection store) throws SQLException {
    Connection sql = store.connection();
    String region = message.region();
    switch (message.topic()) {
      case ENTRY_TOPIC -> entry(sql, region, message);
      case DIGEST_TOPIC ->
          AuditTables.insertDigest(sql, region, LedgerMessages.digest(message), message.id());
      default -> throw new IllegalArgumentException("not a ledger topic: " + message.topic());
    }
  }

  private static void entry(Connection sql, String region, ConsolidationMessage message)
      throws SQLException {
    ReceivedEntry whole = LedgerMessages.entry(message);
    Map<String, String> facts = whole.held().orElseThrow().facts();
    String city = whole.city();
    boolean entitled = SpendingLines.coFunded(facts);
    Optional<UUID> evidenceOf = SpendingLines.evidenceSubject(whole.type(), facts);
    if (!entitled && evidenceOf.isPresent()) {
      entitled = AuditTables.holdsSubject(sql, region, city, evidenceOf.get());
      if (!entitled && !AuditTables.receivedAllBelow(sql, region, city, whole.sequence())) {
        // Within a city entries arrive in ledger order, and a document's record comes before it;
        // if earlier entries are still missing the record may be among them: try again later
        // rather than decide without it (after the bounded retries, a dead letter to replay).
        throw new IllegalStateException(
            "evidence entry "
                + whole.sequence()
                + " of "
                + city
                + " arrived before the entries below it");
      }
    }
    ReceivedEntry kept = entitled ? whole : whole.placeOnly();
    if (!AuditTables.insertEntry(sql, region, kept, message.id())) {
      return;
    }
    if (!entitled) {
      return;
    }
    for (SpendingLines.Change change : SpendingLines.changes(kept)) {
      if (change instanceof SpendingLines.Open open) {
        AuditTables.insertLine(sql, region, open.line());
      } else if (change instanceof SpendingLines.SetStatus set) {
        AuditTables.setStatus(sql, region, city, set.lineId(), set.status(), set.sequence());
      }
    }
    if (evidenceOf.isPresent() && AuditTables.lineExists(sql, region, city, evidenceOf.get())) {
      AuditTables.insertDocument(sql, region, SpendingLines.evidence(kept, evidenceOf.get()));
    }
  }
}
