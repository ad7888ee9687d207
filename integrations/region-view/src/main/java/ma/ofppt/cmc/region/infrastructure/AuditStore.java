package ma.ofppt.cmc.region.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.ConsolidationStores;
import ma.ofppt.cmc.platform.consolidation.StoreScope;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.region.domain.AuditRecords;
import ma.ofppt.cmc.region.domain.EvidenceReference;
import ma.ofppt.cmc.region.domain.LineFilter;
import ma.ofppt.cmc.region.domain.Page;
import ma.ofppt.cmc.region.domain.ReceivedDigest;
import ma.ofppt.cmc.region.domain.ResolvedLine;
import ma.ofppt.cmc.region.domain.SpendingLine;

/**
 * Reads one region's audit store, bound to it through {@link ConsolidationStores} (the caller's
 * transaction). The region is always the caller's, from its token; nothing here takes it from a
 * request parameter.
 */
@ApplicationScoped
public class AuditStore implements AuditRecords {
  @Inject ConsolidationStores stores;

  /** The joins that give a line the fiscal year, category and supplier of what it belongs to. */
  private static final String LINES_FROM =
      """
       from region_audit.spending_line l
       left join region_audit.spending_line c
         on c.region_code = l.region_code and c.city_code = l.city_code and c.id = l.commitment_ref
       left join region_audit.spending_line r
         on r.region_code = l.region_code and r.city_code = l.city_code and r.id = l.reverses_ref
       left join region_audit.spending_line b
         on b.region_code = l.region_code and b.city_code = l.city_code
        and b.id = coalesce(l.budget_line_ref, c.budget_line_ref, r.budget_line_ref)
       where l.region_code = ?
      """;

  private static final String RESOLVED =
      ", coalesce(l.fiscal_year, b.fiscal_year), coalesce(l.category, b.category),"
          + " coalesce(l.sub_category, b.sub_category), coalesce(l.label, b.label),"
          + " coalesce(l.supplier_identifier, c.supplier_identifier, r.supplier_identifier)";

  @Override
  public Page<ResolvedLine> lines(String region, LineFilter filter, PageRequest page) {
    return stores.withStore(
        StoreScope.region(region),
        store -> {
          Connection sql = store.connection();
          String where = where(filter);
          long total;
          try (PreparedStatement count =
              sql.prepareStatement("select count(*)" + LINES_FROM + where)) {
            bind(count, region, filter);
            try (ResultSet row = count.executeQuery()) {
              row.next();
              total = row.getLong(1);
            }
          }
          List<ResolvedLine> items =
              readLines(
                  sql,
                  region,
                  filter,
                  null,
                  " order by l.city_code, l.ledger_sequence, l.id limit ? offset ?",
                  page);
          return new Page<>(items, page.page(), page.size(), total);
        });
  }

  @Override
  public List<ResolvedLine> allLines(String region, LineFilter filter) {
    return stores.withStore(
        StoreScope.region(region),
        store ->
            readLines(
                store.connection(),
                region,
                filter,
                null,
                " order by l.city_code, l.ledger_sequence, l.id",
                null));
  }

  @Override
  public Optional<ResolvedLine> line(String region, UUID id) {
    return stores.withStore(
        StoreScope.region(region),
        store -> {
          List<ResolvedLine> found =
              readLines(
                  store.connection(), region, LineFilter.all(), id, " order by l.city_code", null);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          ResolvedLine line = found.get(0);
          return Optional.of(
              line.withDocuments(
                  AuditTables.documents(
                      store.connection(), region, line.line().city(), line.line().id())));
        });
  }

  @Override
  public Page<EvidenceReference> documents(String region, PageRequest page) {
    return stores.withStore(
        StoreScope.region(region),
        store -> {
          Connection sql = store.connection();
          long total =
              count(
                  sql,
                  "select count(*) from region_audit.evidence_reference where region_code = ?",
                  region);
          List<EvidenceReference> items = new ArrayList<>();
          try (PreparedStatement query =
              sql.prepareStatement(
                  "select "
                      + AuditTables.DOCUMENT_COLUMNS
                      + " from region_audit.evidence_reference d where d.region_code = ?"
                      + " order by d.city_code, d.ledger_sequence, d.id"
                      + (page == null ? "" : " limit ? offset ?"))) {
            query.setString(1, region);
            if (page != null) {
              query.setInt(2, page.size());
              query.setInt(3, page.offset());
            }
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                items.add(AuditTables.document(rows));
              }
            }
          }
          return new Page<>(
              items,
              page == null ? 0 : page.page(),
              page == null ? items.size() : page.size(),
              total);
        });
  }

  @Override
  public Page<ReceivedDigest> digests(String region, String city, PageRequest page) {
    return stores.withStore(
        StoreScope.region(region),
        store -> {
          Connection sql = store.connection();
          long total =
              count(
                  sql,
                  "select count(*) from region_audit.ledger_digest"
                      + " where region_code = ? and city_code = ?",
                  region,
                  city);
          List<ReceivedDigest> items = new ArrayList<>();
          try (PreparedStatement query =
              sql.prepareStatement(
                  "select "
                      + AuditTables.DIGEST_COLUMNS
                      + " from region_audit.ledger_digest where region_code = ? and city_code = ?"
                      + " order by produced_at desc, entry_count desc, id limit ? offset ?")) {
            query.setString(1, region);
            query.setString(2, city);
            query.setInt(3, page.size());
            query.setInt(4, page.offset());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                items.add(AuditTables.digest(rows));
              }
            }
          }
          return new Page<>(items, page.page(), page.size(), total);
        });
  }

  @Override
  public Optional<CityAudit> cityAudit(String region, String city, UUID digestId) {
    return stores.withStore(
        StoreScope.region(region),
        store -> {
          Connection sql = store.connection();
          Optional<ReceivedDigest> digest;
          try (PreparedStatement query =
              sql.prepareStatement(
                  "select "
                      + AuditTables.DIGEST_COLUMNS
                      + " from region_audit.ledger_digest where region_code = ? and city_code = ?"
                      + (digestId == null
                          ? " order by produced_at desc, entry_count desc limit 1"
                          : " and id = ?"))) {
            query.setString(1, region);
            query.setString(2, city);
            if (digestId != null) {
              query.setObject(3, digestId);
            }
            try (ResultSet rows = query.executeQuery()) {
              digest = rows.next() ? Optional.of(AuditTables.digest(rows)) : Optional.empty();
            }
          }
          if (digestId != null && digest.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new CityAudit(
                  AuditTables.chain(sql, region, city),
                  digest,
                  AuditTables.storedLines(sql, region, city),
                  AuditTables.documents(sql, region, city, null)));
        });
  }

  private static long count(Connection sql, String query, String... parameters)
      throws SQLException {
    try (PreparedStatement count = sql.prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        count.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String where(LineFilter filter) {
    return (filter.fiscalYear() == null ? "" : " and coalesce(l.fiscal_year, b.fiscal_year) = ?")
        + (filter.kind() == null ? "" : " and l.kind = ?");
  }

  private static int bind(PreparedStatement statement, String region, LineFilter filter)
      throws SQLException {
    int i = 1;
    statement.setString(i++, region);
    if (filter.fiscalYear() != null) {
      statement.setInt(i++, filter.fiscalYear());
    }
    if (filter.kind() != null) {
      statement.setString(i++, filter.kind().name());
    }
    return i;
  }

  private static List<ResolvedLine> readLines(
      Connection sql, String region, LineFilter filter, UUID id, String tail, PageRequest page)
      throws SQLException {
    List<ResolvedLine> lines = new ArrayList<>();
    try (PreparedStatement query =
        sql.prepareStatement(
            "select "
                + AuditTables.LINE_COLUMNS
                + RESOLVED
                + LINES_FROM
                + where(filter)
                + (id == null ? "" : " and l.id = ?")
                + tail)) {
      int i = bind(query, region, filter);
      if (id != null) {
        query.setObject(i++, id);
      }
      if (page != null) {
        query.setInt(i++, page.size());
        query.setInt(i, page.offset());
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          SpendingLine line = AuditTables.line(rows);
          lines.add(
              new ResolvedLine(
                  line,
                  rows.getObject(23, Integer.class),
                  rows.getString(24),
                  rows.getString(25),
                  rows.getString(26),
                  rows.getString(27),
                  List.of()));
        }
      }
    }
    return lines;
  }
}
