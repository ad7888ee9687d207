package ma.ofppt.cmc.finance.api;

import java.util.function.Function;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** A page of the books as the API shows it: the platform's {@link PageResult} of views. */
final class Pages {
  private Pages() {}

  static <T, V> PageResult<V> of(
      Books.Page<T> found, PageRequest request, Function<? super T, V> view) {
    return new PageResult<>(
        found.items().stream().<V>map(view).toList(),
        request.page(),
        request.size(),
        found.total());
  }
}
