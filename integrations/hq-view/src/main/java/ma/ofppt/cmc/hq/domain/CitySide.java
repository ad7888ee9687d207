package ma.ofppt.cmc.hq.domain;

import java.util.List;
import java.util.Map;

/**
 * What HQ's features read on a city's side, in a transaction bound to that city (the tenant binding
 * decides which city): the history of the city's periods, and what the city's outbox says of its
 * figure sources' changes.
 */
public interface CitySide {

  /** The close and reopen events of the bound city, newest first. */
  List<PeriodEvent> periodEvents();

  /** Per figure source, the bound city's last change and whether one waits for the relay. */
  Map<String, Reconciliation.CityChange> figureChanges();
}
