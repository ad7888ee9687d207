package ma.ofppt.cmc.platform.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current city's figure sources, as the relay publishes them and as the city can see them
 * before they leave: one place that knows every {@link FigureSource}.
 */
@ApplicationScoped
public class CityFigures {
  @Inject @Any Instance<FigureSource> sources;

  public List<String> sourceNames() {
    return sources.stream().map(FigureSource::name).sorted().toList();
  }

  public Optional<FigureSource> source(String name) {
    return sources.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The named sources ({@link Outbox#ALL_SOURCES} for all), in name order. */
  public List<FigureSource> sources(Set<String> names) {
    return sources.stream()
        .filter(s -> names.contains(Outbox.ALL_SOURCES) || names.contains(s.name()))
        .sorted(Comparator.comparing(FigureSource::name))
        .toList();
  }
}
