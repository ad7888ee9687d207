package ma.ofppt.cmc.hq.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ma.ofppt.cmc.hq.domain.CityPeriod;
import ma.ofppt.cmc.hq.domain.CitySide;
import ma.ofppt.cmc.hq.domain.Period;
import ma.ofppt.cmc.hq.domain.PeriodBook;
import ma.ofppt.cmc.hq.domain.PeriodEvent;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;

/**
 * Closing and reopening a city's periods at HQ (ADR 0017). Closing freezes HQ's figures of that
 * city and period; reopening, with a written reason, puts the latest figures HQ received in their
 * place at once. The city reads the history of its own periods.
 */
@ApplicationScoped
public class PeriodService {
  @Inject PeriodBook book;
  @Inject CitySide citySide;
  @Inject TenantRegistry registry;

  private final Clock clock = Clock.systemUTC();

  /** A period of a city as it stands, with its history, newest first. */
  public record State(CityPeriod period, List<PeriodEvent> events) {}

  @Transactional
  public State close(String city, Period period, String actor, String reason) {
    registry.get(city);
    CityPeriod current = book.lock(city, period);
    PeriodEvent event = current.close(actor, reason, now());
    book.closed(current, event);
    return new State(current, book.events(city, period));
  }

  @Transactional
  public State reopen(String city, Period period, String actor, String reason) {
    registry.get(city);
    CityPeriod current = book.lock(city, period);
    PeriodEvent event = current.reopen(actor, reason, now());
    book.reopened(current, event);
    return new State(current, book.events(city, period));
  }

  @Transactional
  public State state(String city, Period period) {
    registry.get(city);
    return new State(book.find(city, period), book.events(city, period));
  }

  /** The periods closed now, of one city or (null) all. */
  @Transactional
  public List<CityPeriod> closed(String city) {
    return book.closedPeriods(city);
  }

  /** The history, newest first, of one city and period or (null) all. */
  @Transactional
  public List<PeriodEvent> events(String city, Period period) {
    return book.events(city, period);
  }

  /** For the city itself (a transaction bound to the city by its token): its own history. */
  @Transactional
  public List<PeriodEvent> ownEvents() {
    return citySide.periodEvents();
  }

  private Instant now() {
    // The database keeps microseconds; the event reads back as it was recorded.
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
