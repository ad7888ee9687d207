package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.FinanceFigures;
import ma.ofppt.cmc.finance.domain.BookReports;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.finance.infrastructure.FiscalDataPackage;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import ma.ofppt.cmc.platform.tenancy.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Budget execution per fiscal year, category and funder (docs/finance-figures.md), as JSON, CSV,
 * XLSX or a Fiscal Data Package, and a funder's statement.
 */
@Path("/v1/finance/figures")
@RequestScoped
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class FiguresResource {
  public record ExecutionRow(
      int fiscalYear,
      String category,
      String funder,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal executionRate) {
    static ExecutionRow of(FinanceFigures.Row r) {
      return new ExecutionRow(
          r.fiscalYear(),
          r.category().name(),
          r.funder().name(),
          r.budget(),
          r.committed(),
          r.paid(),
          r.executionRate());
    }
  }

  /**
   * A funder's statement: its rows and its totals, with the execution rate of the totals, and its
   * entries in the order they were recorded with the running totals after each.
   */
  public record Statement(
      String funder,
      Integer fiscalYear,
      String currency,
      List<ExecutionRow> rows,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal executionRate,
      List<StatementEntryView> entries) {}

  /** One entry of a funder's statement: what it adds, and the funder's totals after it. */
  public record StatementEntryView(
      int sequence,
      Instant recordedAt,
      LocalDate date,
      String entry,
      UUID recordId,
      String reference,
      int fiscalYear,
      String category,
      UUID budgetLineId,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal budgetTotal,
      BigDecimal committedTotal,
      BigDecimal paidTotal) {
    static List<StatementEntryView> of(List<FinanceFigures.RunningEntry> entries) {
      List<StatementEntryView> views = new ArrayList<>();
      for (FinanceFigures.RunningEntry r : entries) {
        BookReports.StatementEntry e = r.entry();
        views.add(
            new StatementEntryView(
                views.size() + 1,
                e.recordedAt(),
                e.date(),
                e.kind().name(),
                e.recordId(),
                e.reference(),
                e.fiscalYear(),
                e.category().name(),
                e.budgetLineId(),
                e.budget(),
                e.committed(),
                e.paid(),
                r.budgetTotal(),
                r.committedTotal(),
                r.paidTotal()));
      }
      return views;
    }
  }

  private static final String STATEMENT_HEADER =
      "sequence,recorded_at,date,fiscal_year,category,entry,reference,record_id,budget_line_id,"
          + "budget_mad,committed_mad,paid_mad,budget_total_mad,committed_total_mad,paid_total_mad";

  private static final String CSV_HEADER =
      "fiscal_year,category,funder,budget_mad,committed_mad,paid_mad,execution_rate_pct";

  @Inject FinanceFigures figures;
  @Inject TenantContext tenant;

  @GET
  @Path("/execution")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Budget vs committed vs paid by fiscal year, category and funder")
  public List<ExecutionRow> execution(@QueryParam("fiscalYear") String fiscalYear) {
    return figures.execution(Params.fiscalYear(fiscalYear), null).stream()
        .map(ExecutionRow::of)
        .toList();
  }

  @GET
  @Path("/execution.csv")
  @Produces("text/csv")
  @Operation(summary = "The execution report as CSV (comma-separated, UTF-8, header row)")
  public Response executionCsv(@QueryParam("fiscalYear") String fiscalYear) {
    return Response.ok(
            csv(CSV_HEADER, executionCells(Params.fiscalYear(fiscalYear))),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"execution.csv\"")
        .build();
  }

  @GET
  @Path("/execution.xlsx")
  @Produces(XlsxSheet.MEDIA_TYPE)
  @Operation(
      summary = "The execution report as a single-sheet XLSX workbook (same rows as the CSV)")
  public Response executionXlsx(@QueryParam("fiscalYear") String fiscalYear) {
    List<List<Object>> rows = executionCells(Params.fiscalYear(fiscalYear));
    StreamingOutput body =
        out -> XlsxSheet.write(out, "execution", List.of(CSV_HEADER.split(",")), rows);
    return Response.ok(body, XlsxSheet.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"execution.xlsx\"")
        .build();
  }

  @GET
  @Path("/fiscal-data-package.zip")
  @Produces("application/zip")
  @Operation(
      summary =
          "The execution report as an OpenSpending Fiscal Data Package (datapackage.json and"
              + " execution.csv)")
  public Response fiscalDataPackage(@QueryParam("fiscalYear") String fiscalYearParam) {
    Integer fiscalYear = Params.fiscalYear(fiscalYearParam);
    String city = tenant.require().value();
    String csv = csv(CSV_HEADER, executionCells(fiscalYear));
    var descriptor =
        FiscalDataPackage.descriptor(
            "cmc-" + city + "-budget-execution",
            "CMC " + city + ": budget execution" + (fiscalYear == null ? "" : " " + fiscalYear),
            Money.CURRENCY);
    StreamingOutput body = out -> FiscalDataPackage.write(out, descriptor, csv);
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"fiscal-data-package.zip\"")
        .build();
  }

  /** The execution report's cells in the CSV's columns (docs/finance-figures.md). */
  private List<List<Object>> executionCells(Integer fiscalYear) {
    return figures.execution(fiscalYear, null).stream()
        .map(
            r ->
                Arrays.<Object>asList(
                    r.fiscalYear(),
                    r.category().name(),
                    r.funder().name(),
                    r.budget(),
                    r.committed(),
                    r.paid(),
                    r.executionRate()))
        .toList();
  }

  /**
   * A CSV as docs/finance-figures.md describes them: UTF-8, comma-separated, CRLF, the header row
   * first; amounts as plain decimals, an empty field for null, text quoted per RFC 4180 when it
   * needs it.
   */
  static String csv(String header, List<List<Object>> rows) {
    StringBuilder csv = new StringBuilder(header).append("\r\n");
    for (List<Object> cells : rows) {
      List<String> fields = new ArrayList<>();
      for (Object cell : cells) {
        fields.add(
            cell == null
                ? ""
                : cell instanceof BigDecimal amount
                    ? Money.plain(amount)
                    : csvField(cell.toString()));
      }
      csv.append(String.join(",", fields)).append("\r\n");
    }
    return csv.toString();
  }

  @GET
  @Path("/statements/{funder}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "One funder's statement: its budget, committed and paid by year and category, and its"
              + " entries in recording order with running totals")
  public Statement statement(
      @PathParam("funder") String funder, @QueryParam("fiscalYear") String fiscalYear) {
    Funder which = Funder.parse("funder", funder);
    Integer year = Params.fiscalYear(fiscalYear);
    List<FinanceFigures.Row> rows = figures.execution(year, which);
    BigDecimal budget =
        rows.stream().map(FinanceFigures.Row::budget).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal committed =
        rows.stream().map(FinanceFigures.Row::committed).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal paid =
        rows.stream().map(FinanceFigures.Row::paid).reduce(Money.ZERO, BigDecimal::add);
    return new Statement(
        which.name(),
        year,
        Money.CURRENCY,
        rows.stream().map(ExecutionRow::of).toList(),
        budget,
        committed,
        paid,
        FinanceFigures.rate(paid, budget),
        StatementEntryView.of(figures.statementEntries(which, year)));
  }

  @GET
  @Path("/statements/{funder}.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "One funder's statement entries with running totals as CSV (comma-separated, UTF-8,"
              + " header row)")
  public Response statementCsv(
      @PathParam("funder") String funder, @QueryParam("fiscalYear") String fiscalYear) {
    Funder which = Funder.parse("funder", funder);
    Integer year = Params.fiscalYear(fiscalYear);
    return Response.ok(
            csv(STATEMENT_HEADER, statementCells(which, year)), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + statementName(which, year) + ".csv\"")
        .build();
  }

  @GET
  @Path("/statements/{funder}.xlsx")
  @Produces(XlsxSheet.MEDIA_TYPE)
  @Operation(
      summary =
          "One funder's statement entries with running totals as a single-sheet XLSX workbook"
              + " (same columns as the CSV)")
  public Response statementXlsx(
      @PathParam("funder") String funder, @QueryParam("fiscalYear") String fiscalYear) {
    Funder which = Funder.parse("funder", funder);
    Integer year = Params.fiscalYear(fiscalYear);
    List<List<Object>> rows = statementCells(which, year);
    StreamingOutput body =
        out -> XlsxSheet.write(out, "statement", List.of(STATEMENT_HEADER.split(",")), rows);
    return Response.ok(body, XlsxSheet.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + statementName(which, year) + ".xlsx\"")
        .build();
  }

  /** The statement's cells in the CSV's columns: text, numbers (amounts at scale 2) or null. */
  private List<List<Object>> statementCells(Funder funder, Integer fiscalYear) {
    List<List<Object>> rows = new ArrayList<>();
    for (StatementEntryView e :
        StatementEntryView.of(figures.statementEntries(funder, fiscalYear))) {
      rows.add(
          Arrays.<Object>asList(
              e.sequence(),
              e.recordedAt() == null ? null : e.recordedAt().toString(),
              e.date() == null ? null : e.date().toString(),
              e.fiscalYear(),
              e.category(),
              e.entry(),
              e.reference(),
              e.recordId().toString(),
              e.budgetLineId().toString(),
              e.budget(),
              e.committed(),
              e.paid(),
              e.budgetTotal(),
              e.committedTotal(),
              e.paidTotal()));
    }
    return rows;
  }

  private static String statementName(Funder funder, Integer fiscalYear) {
    return "statement-" + funder.name() + (fiscalYear == null ? "" : "-" + fiscalYear);
  }

  /** A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds , " CR or LF. */
  static String csvField(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
