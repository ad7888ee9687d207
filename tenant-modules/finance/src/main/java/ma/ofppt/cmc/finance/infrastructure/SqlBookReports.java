package ma.ofppt.cmc.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import ma.ofppt.cmc.finance.domain.BookReports;
import ma.ofppt.cmc.finance.domain.BudgetCategory;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * The statement and the running-total cross-check in SQL, on the transaction's own connection
 * (bound to the city, row-level security behind it; every statement also names the tenant). The
 * cross-check sums the entries in the database and compares each sum with the stored running total,
 * so that it never trusts the application's arithmetic that it checks.
 */
@ApplicationScoped
class SqlBookReports implements BookReports {
  @Inject TenantPersistence persistence;

  @Override
  public List<StatementEntry> statement(Funder funder, Integer fiscalYear) {
    String share = Columns.share(funder);
    String year = fiscalYear == null ? "" : " and b.fiscal_year = ?";
    String sql =
        "select e.recorded_at, e.on_date, e.kind, e.record_id, e.reference, e.fiscal_year,"
            + " e.category, e.budget_line_id, e.budget, e.committed, e.paid from ("
            + " select b.created_at as recorded_at, (b.created_at at time zone 'UTC')::date as"
            + " on_date, 0 as rank, 'BUDGET_LINE' as kind, b.id as record_id, b.name_fr as"
            + " reference, b.fiscal_year, b.category, b.id as budget_line_id, b."
            + share
            + " as budget, 0::numeric as committed, 0::numeric as paid"
            + " from finance_budget_line b where b.tenant_id = ?"
            + year
            + " union all"
            + " select c.made_at, (c.made_at at time zone 'UTC')::date, 1,"
            + " case when c.reverses_id is null then 'COMMITMENT' else 'COMMITMENT_REVERSAL' end,"
            + " c.id, c.reference, b.fiscal_year, b.category, b.id, 0, c."
            + share
            + ", 0 from finance_commitment c join finance_budget_line b"
            + " on b.tenant_id = c.tenant_id and b.id = c.budget_line_id where c.tenant_id = ?"
            + year
            + " union all"
            + " select p.recorded_at, p.paid_on, 2,"
            + " case when p.reverses_id is null then 'PAYMENT' else 'PAYMENT_REVERSAL' end,"
            + " p.id, p.reference, b.fiscal_year, b.category, b.id, 0, 0, p."
            + share
            + " from finance_payment p"
            + " join finance_commitment c on c.tenant_id = p.tenant_id and c.id = p.commitment_id"
            + " join finance_budget_line b on b.tenant_id = c.tenant_id and b.id = c.budget_line_id"
            + " where p.tenant_id = ?"
            + year
            + ") e where e.budget <> 0 or e.committed <> 0 or e.paid <> 0"
            + " order by e.recorded_at nulls first, e.rank, e.record_id";
    return persistence.withConnection(
        c -> {
          try (PreparedStatement query = c.connection().prepareStatement(sql)) {
            int p = 1;
            for (int part = 0; part < 3; part++) {
              query.setString(p++, c.tenant().value());
              if (fiscalYear != null) {
                query.setInt(p++, fiscalYear);
              }
            }
            List<StatementEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                OffsetDateTime at = rows.getObject(1, OffsetDateTime.class);
                Date on = rows.getDate(2);
                entries.add(
                    new StatementEntry(
                        at == null ? null : at.toInstant(),
                        on == null ? null : on.toLocalDate(),
                        EntryKind.valueOf(rows.getString(3)),
                        rows.getObject(4, UUID.class),
                        rows.getString(5),
                        rows.getInt(6),
                        BudgetCategory.valueOf(rows.getString(7)),
                        rows.getObject(8, UUID.class),
                        Columns.money(rows.getBigDecimal(9)),
                        Columns.money(rows.getBigDecimal(10)),
                        Columns.money(rows.getBigDecimal(11))));
              }
            }
            return entries;
          }
        });
  }

  @Override
  public Consistency runningTotals() {
    String sql =
        "select 'BUDGET_LINE', b.id, b.fiscal_year || ' ' || b.category || ' ' || b.name_fr,"
            + " v.total, v.funder, v.recorded, v.recomputed"
            + " from finance_budget_line b"
            + " left join (select budget_line_id as id, "
            + sums("")
            + " from finance_commitment where tenant_id = ? group by budget_line_id) c"
            + " on c.id = b.id"
            + " left join (select k.budget_line_id as id, "
            + sums("p.")
            + " from finance_payment p join finance_commitment k"
            + " on k.tenant_id = p.tenant_id and k.id = p.commitment_id"
            + " where p.tenant_id = ? group by k.budget_line_id) p on p.id = b.id"
            + " cross join lateral (values "
            + values("b", "committed", "c", "paid", "p")
            + ") v(total, funder, recorded, recomputed)"
            + " where b.tenant_id = ? and v.recorded <> v.recomputed"
            + " union all"
            + " select 'COMMITMENT', k.id, k.reference, v.total, v.funder, v.recorded, v.recomputed"
            + " from finance_commitment k"
            + " left join (select commitment_id as id, "
            + sums("")
            + " from finance_invoice where tenant_id = ? group by commitment_id) i on i.id = k.id"
            + " left join (select commitment_id as id, "
            + sums("")
            + " from finance_payment where tenant_id = ? group by commitment_id) p on p.id = k.id"
            + " cross join lateral (values "
            + values("k", "invoiced", "i", "paid", "p")
            + ") v(total, funder, recorded, recomputed)"
            + " where k.tenant_id = ? and v.recorded <> v.recomputed"
            + " order by 1, 3, 2, 4, 5";
    return persistence.withConnection(
        c -> {
          long lines;
          long commitments;
          try (PreparedStatement count =
              c.connection()
                  .prepareStatement(
                      "select (select count(*) from finance_budget_line where tenant_id = ?),"
                          + " (select count(*) from finance_commitment where tenant_id = ?)")) {
            count.setString(1, c.tenant().value());
            count.setString(2, c.tenant().value());
            try (ResultSet row = count.executeQuery()) {
              row.next();
              lines = row.getLong(1);
              commitments = row.getLong(2);
            }
          }
          List<TotalDifference> differences = new ArrayList<>();
          try (PreparedStatement query = c.connection().prepareStatement(sql)) {
            for (int p = 1; p <= 6; p++) {
              query.setString(p, c.tenant().value());
            }
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                differences.add(difference(rows));
              }
            }
          }
          return new Consistency(lines, commitments, differences);
        });
  }

  private static TotalDifference difference(ResultSet rows) throws SQLException {
    return new TotalDifference(
        rows.getString(1),
        rows.getObject(2, UUID.class),
        rows.getString(3),
        rows.getString(4),
        Funder.valueOf(rows.getString(5)),
        Columns.money(rows.getBigDecimal(6)),
        Columns.money(rows.getBigDecimal(7)));
  }

  /** {@code sum(region_share) as region, ...}: the entries' sums, one column per funder. */
  private static String sums(String alias) {
    return join(f -> "sum(" + alias + Columns.share(f) + ") as " + Columns.suffix(f));
  }

  /**
   * The VALUES rows that pair each stored running total with its recomputed sum: for both totals of
   * a row, one row per funder.
   */
  private static String values(
      String row, String first, String firstSums, String second, String secondSums) {
    return join(f -> value(row, first, firstSums, f))
        + ", "
        + join(f -> value(row, second, secondSums, f));
  }

  private static String value(String row, String total, String sums, Funder funder) {
    String suffix = Columns.suffix(funder);
    return "('"
        + total
        + "', '"
        + funder.name()
        + "', "
        + row
        + "."
        + total
        + "_"
        + suffix
        + ", coalesce("
        + sums
        + "."
        + suffix
        + ", 0))";
  }

  private static String join(Function<Funder, String> part) {
    List<String> parts = new ArrayList<>();
    for (Funder funder : Funder.values()) {
      parts.add(part.apply(funder));
    }
    return String.join(", ", parts);
  }
}
