package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.hq.domain.CitySide;
import ma.ofppt.cmc.hq.domain.PeriodEvent;
import ma.ofppt.cmc.hq.domain.Reconciliation;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * HQ's reads on a city's side, through the tenant binding ({@link TenantPersistence}): the city's
 * period events (its own rows of {@code hq.period_event}, which the table's second policy lets a
 * city's transaction see) and its outbox's figure changes (a tenant table under the city's RLS).
 * Each statement names the city too, as every tenant-scoped query does.
 */
@ApplicationScoped
class SqlCitySide implements CitySide {
  @Inject TenantPersistence persistence;

  @Override
  public List<PeriodEvent> periodEvents() {
    return persistence.withConnection(
        city -> {
          try (PreparedStatement query =
              city.connection()
                  .prepareStatement(
                      SqlPeriodBook.EVENTS
                          + " where city_code = ? order by occurred_at desc, id")) {
            query.setString(1, city.tenant().value());
            List<PeriodEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                events.add(SqlPeriodBook.event(rows));
              }
            }
            return events;
          }
        });
  }

  @Override
  public Map<String, Reconciliation.CityChange> figureChanges() {
    return persistence.withConnection(
        city -> {
          Map<String, Reconciliation.CityChange> changes = new HashMap<>();
          try (PreparedStatement query =
              city.connection()
                  .prepareStatement(
                      """
                      select payload->>'source', max(created_at),
                             bool_or(published_at is null)
                      from outbox_message
                      where tenant_id = ? and topic = ?
                      group by payload->>'source'
                      """)) {
            query.setString(1, city.tenant().value());
            query.setString(2, Outbox.FIGURES_CHANGED);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                Timestamp last = rows.getTimestamp(2);
                changes.put(
                    rows.getString(1),
                    new Reconciliation.CityChange(
                        last == null ? null : last.toInstant(), rows.getBoolean(3)));
              }
            }
          }
          return changes;
        });
  }
}
