package ma.ofppt.cmc.region.domain;

import java.util.List;

/** One page of a store's rows and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }
}
