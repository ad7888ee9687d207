package ma.ofppt.cmc.hq.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What national figures can be grouped and filtered by. A figure carries all but {@link #REGION},
 * which HQ takes from the tenant registry (a city lies in one region); dimensions a figure does not
 * have are empty, so a figure of boarding adds up along {@link #SECTOR} as an empty sector.
 */
public enum Dimension {
  CITY("city"),
  REGION("region"),
  SOURCE("source"),
  PERIOD("period"),
  SECTOR("sector"),
  POLE("pole"),
  LEVEL("level"),
  FUNDER("funder"),
  CATEGORY("category");

  private final String apiName;

  Dimension(String apiName) {
    this.apiName = apiName;
  }

  /** The name in query parameters and exported headers. */
  public String apiName() {
    return apiName;
  }

  public static Optional<Dimension> byName(String name) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
  }
}
