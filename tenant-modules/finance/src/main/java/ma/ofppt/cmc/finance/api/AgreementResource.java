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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.BudgetService;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FundingAgreement;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The city's funding agreements (conventions) with its four funders. */
@Path("/v1/finance/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class AgreementResource {
  public record AgreementRequest(
      @NotBlank String funder,
      @NotBlank String reference,
      @NotNull BigDecimal committedAmount,
      @NotBlank String periodStart,
      @NotBlank String periodEnd,
      @NotBlank String signedOn) {}

  public record AgreementView(
      UUID id,
      String funder,
      String reference,
      BigDecimal committedAmount,
      String currency,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn) {
    static AgreementView of(FundingAgreement a) {
      return new AgreementView(
          a.id(),
          a.funder().name(),
          a.reference(),
          a.committedAmount(),
          "MAD",
          a.periodStart(),
          a.periodEnd(),
          a.signedOn());
    }
  }

  @Inject BudgetService budget;

  @GET
  @Operation(summary = "The city's funding agreements")
  public List<AgreementView> list() {
    return budget.agreements().stream().map(AgreementView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One funding agreement")
  public AgreementView get(@PathParam("id") UUID id) {
    return AgreementView.of(budget.agreement(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Record a signed funding agreement: funder, committed amount, period")
  public Response sign(@NotNull @Valid AgreementRequest request, @Context UriInfo uri) {
    AgreementView created =
        AgreementView.of(
            budget.signAgreement(
                Funder.parse("funder", request.funder()),
                request.reference(),
                request.committedAmount(),
                InvalidInputException.requireDate(request.periodStart(), "periodStart"),
                InvalidInputException.requireDate(request.periodEnd(), "periodEnd"),
                InvalidInputException.requireDate(request.signedOn(), "signedOn")));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
