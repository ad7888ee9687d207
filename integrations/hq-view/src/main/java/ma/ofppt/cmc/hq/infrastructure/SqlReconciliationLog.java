package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.hq.domain.Reconciliation;
import ma.ofppt.cmc.hq.domain.ReconciliationLog;
import ma.ofppt.cmc.hq.domain.ReconciliationRun;
import ma.ofppt.cmc.hq.domain.Total;
import ma.ofppt.cmc.platform.consolidation.ConsolidationStores;
import ma.ofppt.cmc.platform.consolidation.StoreScope;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** Runs in {@code hq.reconciliation_run}, differences in {@code hq.reconciliation_difference}. */
@ApplicationScoped
class SqlReconciliationLog implements ReconciliationLog {
  private static final String RUNS =
      "select id, origin, requested_by, started_at, finished_at, status, cities, compared,"
          + " differences, in_flight, frozen, failures from hq.reconciliation_run";

  @Inject ConsolidationStores stores;
  @Inject StoreSql sql;

  @Override
  public ReconciliationRun start(ReconciliationRun.Origin origin, String requestedBy) {
    UUID id = UUID.randomUUID();
    sql.update(
        "insert into hq.reconciliation_run (id, origin, requested_by, status)"
            + " values (?, ?, ?, 'RUNNING')",
        id,
        origin.name(),
        requestedBy);
    return run(id).orElseThrow();
  }

  @Override
  public void record(UUID run, List<Reconciliation.Difference> differences) {
    if (differences.isEmpty()) {
      return;
    }
    stores.withStore(
        StoreScope.hq(),
        store -> {
          try (PreparedStatement insert =
              store
                  .connection()
                  .prepareStatement(
                      """
                      insert into hq.reconciliation_difference
                        (run_id, city_code, source, period, measure, city_value, hq_value, kind,
                         hq_computed_at, city_changed_at)
                      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                      """)) {
            for (Reconciliation.Difference d : differences) {
              StoreSql.bind(
                  store,
                  insert,
                  run,
                  d.city(),
                  d.total().source(),
                  d.total().period(),
                  d.total().measure(),
                  d.cityValue(),
                  d.hqValue(),
                  d.kind().name(),
                  d.hqComputedAt(),
                  d.cityChangedAt());
              insert.addBatch();
            }
            insert.executeBatch();
          }
          return null;
        });
  }

  @Override
  public ReconciliationRun finish(
      UUID run,
      ReconciliationRun.Status status,
      int cities,
      long compared,
      int differences,
      int inFlight,
      int frozen,
      String failures) {
    sql.update(
        """
        update hq.reconciliation_run
           set finished_at = clock_timestamp(), status = ?, cities = ?, compared = ?,
               differences = ?, in_flight = ?, frozen = ?, failures = left(?::text, 8000)
         where id = ?
        """,
        status.name(),
        cities,
        compared,
        differences,
        inFlight,
        frozen,
        failures,
        run);
    return run(run).orElseThrow();
  }

  @Override
  public List<ReconciliationRun> runs(PageRequest page) {
    return sql.list(
        RUNS + " order by started_at desc, id limit ? offset ?",
        SqlReconciliationLog::run,
        page.size(),
        page.offset());
  }

  @Override
  public long count() {
    return sql.first("select count(*) from hq.reconciliation_run", row -> row.getLong(1))
        .orElse(0L);
  }

  @Override
  public Optional<ReconciliationRun> run(UUID id) {
    return sql.first(RUNS + " where id = ?", SqlReconciliationLog::run, id);
  }

  @Override
  public Optional<ReconciliationRun> latest() {
    return sql.first(RUNS + " order by started_at desc, id limit 1", SqlReconciliationLog::run);
  }

  @Override
  public List<Reconciliation.Difference> differences(UUID run) {
    return sql.list(
        """
        select city_code, source, period, measure, city_value, hq_value, kind,
               hq_computed_at, city_changed_at
        from hq.reconciliation_difference where run_id = ?
        order by city_code, source, period, measure
        """,
        row ->
            new Reconciliation.Difference(
                row.getString(1),
                new Total(row.getString(2), row.getString(3), row.getString(4)),
                row.getBigDecimal(5),
                row.getBigDecimal(6),
                Reconciliation.Kind.valueOf(row.getString(7)),
                StoreSql.instant(row, 8),
                StoreSql.instant(row, 9)),
        run);
  }

  private static ReconciliationRun run(ResultSet row) throws SQLException {
    return new ReconciliationRun(
        row.getObject(1, UUID.class),
        ReconciliationRun.Origin.valueOf(row.getString(2)),
        row.getString(3),
        row.getTimestamp(4).toInstant(),
        StoreSql.instant(row, 5),
        ReconciliationRun.Status.valueOf(row.getString(6)),
        row.getInt(7),
        row.getLong(8),
        row.getInt(9),
        row.getInt(10),
        row.getInt(11),
        row.getString(12));
  }
}
