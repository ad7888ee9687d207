package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import ma.ofppt.cmc.finance.application.BudgetService;
import ma.ofppt.cmc.finance.domain.Supplier;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The suppliers the city contracts with, one per identifier (ICE). */
@Path("/v1/finance/suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class SupplierResource {
  public record SupplierRequest(@NotBlank String name, @NotBlank String identifier) {}

  public record SupplierView(UUID id, String name, String identifier) {
    static SupplierView of(Supplier s) {
      return new SupplierView(s.id(), s.name(), s.identifier());
    }
  }

  @Inject BudgetService budget;

  @GET
  @Operation(summary = "The city's suppliers by name, one page")
  public PageResult<SupplierView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(budget.suppliers(request), request, SupplierView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One supplier")
  public SupplierView get(@PathParam("id") UUID id) {
    return SupplierView.of(budget.supplier(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Register a supplier by name and identifier (ICE), unique in the city")
  public Response create(@NotNull @Valid SupplierRequest request, @Context UriInfo uri) {
    SupplierView created =
        SupplierView.of(budget.registerSupplier(request.name(), request.identifier()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
