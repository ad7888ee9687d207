package ma.ofppt.cmc.platform.consolidation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which store above the cities a unit of work reads and writes: HQ's national store, one regional
 * council's audit store, or the operators' dead-letter store. It becomes the transaction-local
 * setting {@code app.store} that the stores' row-level security policies compare with.
 */
public final class StoreScope {
  private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9-]{1,62}");
  private static final StoreScope HQ = new StoreScope("hq");
  private static final StoreScope OPERATIONS = new StoreScope("operations");

  private final String setting;

  private StoreScope(String setting) {
    this.setting = setting;
  }

  public static StoreScope hq() {
    return HQ;
  }

  public static StoreScope operations() {
    return OPERATIONS;
  }

  /** The audit store of one region (codes as in the registry, e.g. {@code marrakech-safi}). */
  public static StoreScope region(String code) {
    if (code == null || !REGION.matcher(code).matches()) {
      throw new IllegalArgumentException("not a region code: " + code);
    }
    return new StoreScope("region:" + code);
  }

  /** The value of {@code app.store} for this scope. */
  public String setting() {
    return setting;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoreScope scope && scope.setting.equals(setting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(setting);
  }

  @Override
  public String toString() {
    return setting;
  }
}
