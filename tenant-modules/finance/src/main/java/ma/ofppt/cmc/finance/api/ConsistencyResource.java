package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.ConsistencyCheck;
import ma.ofppt.cmc.finance.domain.BookReports;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cross-check of the city's running totals against their entries, recomputed by the database.
 * The ledger's verification (GET /v1/ledger/verification) covers the events; this covers the totals
 * kept beside them.
 */
@Path("/v1/finance/consistency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class ConsistencyResource {
  /** A running total that is not the sum of its entries; difference = recorded − recomputed. */
  public record DifferenceView(
      String record,
      UUID id,
      String label,
      String total,
      String funder,
      BigDecimal recorded,
      BigDecimal recomputed,
      BigDecimal difference) {
    static DifferenceView of(BookReports.TotalDifference d) {
      return new DifferenceView(
          d.record(),
          d.id(),
          d.label(),
          d.total(),
          d.funder().name(),
          d.recorded(),
          d.recomputed(),
          d.difference());
    }
  }

  public record ConsistencyView(
      boolean consistent,
      long budgetLinesChecked,
      long commitmentsChecked,
      List<DifferenceView> differences) {}

  @Inject ConsistencyCheck check;

  @GET
  @Operation(
      summary =
          "Recompute every running total (committed and paid per funder on budget lines,"
              + " invoiced and paid on commitments) from its entries and list each difference")
  public ConsistencyView check() {
    BookReports.Consistency result = check.run();
    return new ConsistencyView(
        result.differences().isEmpty(),
        result.budgetLines(),
        result.commitments(),
        result.differences().stream().map(DifferenceView::of).toList());
  }
}
