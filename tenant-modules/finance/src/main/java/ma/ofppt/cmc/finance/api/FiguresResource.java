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
import java.util.Arrays;
import java.util.List;
import ma.ofppt.cmc.finance.application.FinanceFigures;
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

  /** A funder's statement: its rows and its totals, with the execution rate of the totals. */
  public record Statement(
      String funder,
      String currency,
      List<ExecutionRow> rows,
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal executionRate) {}

  private static final String CSV_HEADER =
      "fiscal_year,category,funder,budget_mad,committed_mad,paid_mad,execution_rate_pct";

  @Inject FinanceFigures figures;
  @Inject TenantContext tenant;

  @GET
  @Path("/execution")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Budget vs committed vs paid by fiscal year, category and funder")
  public List<ExecutionRow> execution(@QueryParam("fiscalYear") Integer fiscalYear) {
    return figures.execution(fiscalYear, null).stream().map(ExecutionRow::of).toList();
  }

  @GET
  @Path("/execution.csv")
  @Produces("text/csv")
  @Operation(summary = "The execution report as CSV (comma-separated, UTF-8, header row)")
  public Response executionCsv(@QueryParam("fiscalYear") Integer fiscalYear) {
    return Response.ok(csv(figures.execution(fiscalYear, null)), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"execution.csv\"")
        .build();
  }

  @GET
  @Path("/execution.xlsx")
  @Produces(XlsxSheet.MEDIA_TYPE)
  @Operation(
      summary = "The execution report as a single-sheet XLSX workbook (same rows as the CSV)")
  public Response executionXlsx(@QueryParam("fiscalYear") Integer fiscalYear) {
    List<List<Object>> rows =
        figures.execution(fiscalYear, null).stream()
            .map(
                r ->
                    Arrays.<Object>asList(
                        r.fiscalYear(),
                        String.valueOf(r.category()),
                        String.valueOf(r.funder()),
                        new BigDecimal(Money.plain(r.budget())),
                        new BigDecimal(Money.plain(r.committed())),
                        new BigDecimal(Money.plain(r.paid())),
                        r.executionRate()))
            .toList();
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
  public Response fiscalDataPackage(@QueryParam("fiscalYear") Integer fiscalYear) {
    String city = tenant.require().value();
    String csv = csv(figures.execution(fiscalYear, null));
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

  /** The CSV described in docs/finance-figures.md. */
  private static String csv(List<FinanceFigures.Row> rows) {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
    for (FinanceFigures.Row r : rows) {
      csv.append(r.fiscalYear())
          .append(',')
          .append(r.category())
          .append(',')
          .append(r.funder())
          .append(',')
          .append(Money.plain(r.budget()))
          .append(',')
          .append(Money.plain(r.committed()))
          .append(',')
          .append(Money.plain(r.paid()))
          .append(',')
          .append(r.executionRate() == null ? "" : r.executionRate().toPlainString())
          .append("\r\n");
    }
    return csv.toString();
  }

  @GET
  @Path("/statements/{funder}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "One funder's statement: its budget, committed and paid, by year and category")
  public Statement statement(
      @PathParam("funder") String funder, @QueryParam("fiscalYear") Integer fiscalYear) {
    Funder which = Funder.parse("funder", funder);
    List<FinanceFigures.Row> rows = figures.execution(fiscalYear, which);
    BigDecimal budget =
        rows.stream().map(FinanceFigures.Row::budget).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal committed =
        rows.stream().map(FinanceFigures.Row::committed).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal paid =
        rows.stream().map(FinanceFigures.Row::paid).reduce(Money.ZERO, BigDecimal::add);
    return new Statement(
        which.name(),
        Money.CURRENCY,
        rows.stream().map(ExecutionRow::of).toList(),
        budget,
        committed,
        paid,
        FinanceFigures.rate(paid, budget));
  }
}
