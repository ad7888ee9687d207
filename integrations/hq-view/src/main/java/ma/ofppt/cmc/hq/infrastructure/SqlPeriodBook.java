package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import ma.ofppt.cmc.hq.domain.CityPeriod;
import ma.ofppt.cmc.hq.domain.Period;
import ma.ofppt.cmc.hq.domain.PeriodAction;
import ma.ofppt.cmc.hq.domain.PeriodBook;
import ma.ofppt.cmc.hq.domain.PeriodEvent;
import ma.ofppt.cmc.platform.consolidation.ConsolidationStores;
import ma.ofppt.cmc.platform.consolidation.StoreConnection;
import ma.ofppt.cmc.platform.consolidation.StoreScope;

/** Closed periods in {@code hq.closed_period}, their history in {@code hq.period_event}. */
@ApplicationScoped
class SqlPeriodBook implements PeriodBook {
  static final String EVENTS =
      "select id, city_code, period, action, actor, reason, occurred_at from hq.period_event";

  private static final String CLOSED =
      "select city_code, period, closed_at, closed_by from hq.closed_period";

  @Inject ConsolidationStores stores;
  @Inject StoreSql sql;

  @Override
  public CityPeriod lock(String city, Period period) {
    stores.withStore(
        StoreScope.hq(),
        store -> {
          // The same lock a snapshot of the city takes: a close never interleaves with one.
          HqStore.lockCity(store, city);
          return null;
        });
    return find(city, period);
  }

  @Override
  public CityPeriod find(String city, Period period) {
    return sql.first(
            CLOSED + " where city_code = ? and period = ?",
            SqlPeriodBook::closedPeriod,
            city,
            period.value())
        .orElseGet(() -> CityPeriod.open(city, period));
  }

  @Override
  public void closed(CityPeriod period, PeriodEvent event) {
    stores.withStore(
        StoreScope.hq(),
        store -> {
          StoreSql.update(
              store,
              "insert into hq.closed_period (city_code, period, closed_at, closed_by)"
                  + " values (?, ?, ?, ?)",
              period.city(),
              period.period().value(),
              event.occurredAt(),
              event.actor());
          record(store, event);
          return null;
        });
  }

  @Override
  public void reopened(CityPeriod period, PeriodEvent event) {
    stores.withStore(
        StoreScope.hq(),
        store -> {
          String city = period.city();
          String value = period.period().value();
          StoreSql.update(
              store,
              "delete from hq.closed_period where city_code = ? and period = ?",
              city,
              value);
          StoreSql.update(
              store, "delete from hq.figure where city_code = ? and period = ?", city, value);
          StoreSql.update(
              store,
              """
              insert into hq.figure
                (city_code, source, period, sector, pole, level, funder, category, measure, value)
              select city_code, source, period, sector, pole, level, funder, category, measure,
                     value
              from hq.received_figure where city_code = ? and period = ?
              """,
              city,
              value);
          record(store, event);
          return null;
        });
  }

  @Override
  public List<CityPeriod> closedPeriods(String city) {
    return sql.list(
        CLOSED + " where (?::text is null or city_code = ?) order by city_code, period",
        SqlPeriodBook::closedPeriod,
        city,
        city);
  }

  @Override
  public Set<String> closedPeriodsOf(String city) {
    Set<String> periods = new TreeSet<>();
    closedPeriods(city).forEach(p -> periods.add(p.period().value()));
    return periods;
  }

  @Override
  public List<PeriodEvent> events(String city, Period period) {
    String p = period == null ? null : period.value();
    return sql.list(
        EVENTS
            + " where (?::text is null or city_code = ?) and (?::text is null or period = ?)"
            + " order by occurred_at desc, id",
        SqlPeriodBook::event,
        city,
        city,
        p,
        p);
  }

  static PeriodEvent event(ResultSet row) throws SQLException {
    return new PeriodEvent(
        row.getObject(1, UUID.class),
        row.getString(2),
        new Period(row.getString(3)),
        PeriodAction.valueOf(row.getString(4)),
        row.getString(5),
        row.getString(6),
        row.getTimestamp(7).toInstant());
  }

  private static CityPeriod closedPeriod(ResultSet row) throws SQLException {
    return CityPeriod.closed(
        row.getString(1),
        new Period(row.getString(2)),
        row.getTimestamp(3).toInstant(),
        row.getString(4));
  }

  private static void record(StoreConnection store, PeriodEvent event) throws SQLException {
    StoreSql.update(
        store,
        "insert into hq.period_event (id, city_code, period, action, actor, reason, occurred_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        event.id(),
        event.city(),
        event.period().value(),
        event.action().name(),
        event.actor(),
        event.reason(),
        event.occurredAt());
  }
}
