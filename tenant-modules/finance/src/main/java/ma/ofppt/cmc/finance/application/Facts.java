package ma.ofppt.cmc.finance.application;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.Money;

/**
 * The facts of a ledger entry, as the ledger hashes them: amounts as plain decimals ({@code
 * 1250.00}), the split as {@code split.REGION} ... {@code split.HASSAN_II_FUND}, references and ids
 * as text.
 */
final class Facts {
  private final SortedMap<String, String> facts = new TreeMap<>();

  static Facts of() {
    return new Facts();
  }

  Facts with(String name, Object value) {
    if (value != null) {
      facts.put(name, value.toString());
    }
    return this;
  }

  Facts amount(String name, BigDecimal value) {
    facts.put(name, Money.plain(value));
    return this;
  }

  Facts split(FunderSplit split) {
    for (Funder funder : Funder.values()) {
      facts.put("split." + funder.name(), Money.plain(split.share(funder)));
    }
    return this;
  }

  SortedMap<String, String> build() {
    facts.put("currency", Money.CURRENCY);
    return facts;
  }
}
