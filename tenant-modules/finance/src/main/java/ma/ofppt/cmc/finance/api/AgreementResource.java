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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.BudgetService;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FundingAgreement;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
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

  /** A cancellation: the reversal's own reference and why. */
  public record CancellationRequest(@NotBlank String reference, @NotBlank String reason) {}

  /**
   * An amendment (avenant): its reference, the new committed amount, the new period (each end
   * optional: unchanged when left out), the date it was signed, and why.
   */
  public record AmendmentRequest(
      @NotBlank String reference,
      @NotNull BigDecimal committedAmount,
      String periodStart,
      String periodEnd,
      @NotBlank String signedOn,
      @NotBlank String reason) {}

  public record AgreementView(
      UUID id,
      String funder,
      String reference,
      BigDecimal committedAmount,
      String currency,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn,
      String status,
      UUID reverses,
      UUID amends,
      String reason,
      String recordedBy,
      Instant recordedAt) {
    static AgreementView of(FundingAgreement a) {
      return new AgreementView(
          a.id(),
          a.funder().name(),
          a.reference(),
          a.committedAmount(),
          Money.CURRENCY,
          a.periodStart(),
          a.periodEnd(),
          a.signedOn(),
          a.status().name(),
          a.reversesId().orElse(null),
          a.amendsId().orElse(null),
          a.reason().orElse(null),
          a.recordedBy().orElse(null),
          a.recordedAt().orElse(null));
    }
  }

  @Inject BudgetService budget;

  @GET
  @Operation(
      summary =
          "The city's funding agreement rows (terms, amendments and reversals), one page, by"
              + " period start")
  public PageResult<AgreementView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(budget.agreements(request), request, AgreementView::of);
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

  @POST
  @Path("/{id}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(
      summary =
          "Cancel an agreement in force: a new entry with the negated amount; refused while the"
              + " funder's budget lines draw on it")
  public Response cancel(
      @PathParam("id") UUID id, @NotNull @Valid CancellationRequest request, @Context UriInfo uri) {
    return created(uri, budget.cancelAgreement(id, request.reference(), request.reason()));
  }

  @POST
  @Path("/{id}/amendment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(
      summary =
          "Amend an agreement in force: its terms reversed and new terms recorded; refused when"
              + " the funder's budget lines would exceed what remains")
  public Response amend(
      @PathParam("id") UUID id, @NotNull @Valid AmendmentRequest request, @Context UriInfo uri) {
    return created(
        uri,
        budget.amendAgreement(
            id,
            request.reference(),
            Money.positive("committedAmount", request.committedAmount()),
            InvalidInputException.parseDate(request.periodStart(), "periodStart"),
            InvalidInputException.parseDate(request.periodEnd(), "periodEnd"),
            InvalidInputException.requireDate(request.signedOn(), "signedOn"),
            request.reason()));
  }

  private static Response created(UriInfo uri, FundingAgreement agreement) {
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/finance/agreements")
                .path(agreement.id().toString())
                .build())
        .entity(AgreementView.of(agreement))
        .build();
  }
}
