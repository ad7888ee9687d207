package ma.ofppt.cmc.platform.api;

import java.util.List;

/** One page of a list: the items, where the page starts and how many there are in all. */
public record PageResult<T>(List<T> items, int page, int size, long total) {}
