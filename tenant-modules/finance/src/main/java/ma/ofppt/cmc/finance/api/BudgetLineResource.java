package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.BudgetService;
import ma.ofppt.cmc.finance.domain.BudgetCategory;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The city's budget lines, each split exactly across the four funders. */
@Path("/v1/finance/budget-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class BudgetLineResource {
  public record LabelDto(
      @NotBlank @Size(max = 200) String fr, @NotBlank @Size(max = 200) String ar) {}

  public record BudgetLineRequest(
      @NotNull Integer fiscalYear,
      @NotBlank String category,
      String subCategory,
      @NotNull @Valid LabelDto label,
      @NotNull BigDecimal amount,
      @NotNull Map<String, BigDecimal> split) {}

  public record BudgetLineView(
      UUID id,
      int fiscalYear,
      String category,
      String subCategory,
      Name label,
      BigDecimal amount,
      String currency,
      SplitView split,
      SplitView committed,
      SplitView paid) {
    static BudgetLineView of(BudgetLine b) {
      return new BudgetLineView(
          b.id(),
          b.fiscalYear(),
          b.category().name(),
          b.subCategory(),
          Name.of(b.label()),
          b.amount(),
          Money.CURRENCY,
          SplitView.of(b.split()),
          SplitView.of(b.committed()),
          SplitView.of(b.paid()));
    }
  }

  @Inject BudgetService budget;

  @GET
  @Operation(summary = "The city's budget lines, optionally of one fiscal year, one page")
  public PageResult<BudgetLineView> list(
      @QueryParam("fiscalYear") String fiscalYear,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(
        budget.budgetLines(Params.fiscalYear(fiscalYear), request), request, BudgetLineView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One budget line with its committed and paid amounts per funder")
  public BudgetLineView get(@PathParam("id") UUID id) {
    return BudgetLineView.of(budget.budgetLine(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Create a budget line; its split must sum exactly to its amount")
  public Response create(@NotNull @Valid BudgetLineRequest request, @Context UriInfo uri) {
    BigDecimal amount = Money.positive("amount", request.amount());
    BudgetLineView created =
        BudgetLineView.of(
            budget.createBudgetLine(
                request.fiscalYear(),
                InvalidInputException.parseEnum(
                    BudgetCategory.class, request.category(), "category"),
                request.subCategory(),
                LocalizedName.of("label", request.label().fr(), request.label().ar()),
                amount,
                FunderSplit.of("split", amount, request.split())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
