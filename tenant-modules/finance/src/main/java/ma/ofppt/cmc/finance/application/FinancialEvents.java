package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.SortedMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.ledger.Ledger;

/**
 * A financial event that moves the city's budget figures: appended to the city's ledger and, in the
 * same transaction, announced to the relay, so HQ's budget, committed and paid per funder follow
 * (ADR 0016). Every change of a budget, a commitment, an invoice or a payment goes through here.
 */
@ApplicationScoped
class FinancialEvents {
  @Inject Ledger ledger;
  @Inject Outbox outbox;

  Ledger.Entry append(String type, UUID subjectId, SortedMap<String, String> facts) {
    Ledger.Entry entry = ledger.append(type, subjectId, facts);
    outbox.figuresChanged(FinanceFigureSource.NAME);
    return entry;
  }
}
