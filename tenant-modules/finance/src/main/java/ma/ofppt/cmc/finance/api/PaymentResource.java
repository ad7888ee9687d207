package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.EvidenceService;
import ma.ofppt.cmc.finance.application.SpendingService;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.finance.domain.Payment;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Payments against approved commitments, their reversals and evidence. */
@Path("/v1/finance/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class PaymentResource {
  public record PaymentRequest(
      @NotNull UUID commitmentId,
      UUID invoiceId,
      @NotBlank String reference,
      @NotBlank String paidOn,
      @NotNull BigDecimal amount,
      @NotNull Map<String, BigDecimal> split) {}

  public record PaymentReversalRequest(@NotBlank String reference, String on) {}

  public record PaymentView(
      UUID id,
      UUID commitmentId,
      UUID invoiceId,
      String reference,
      LocalDate paidOn,
      BigDecimal amount,
      String currency,
      SplitView split,
      UUID reverses,
      boolean reversed,
      String recordedBy,
      Instant recordedAt) {
    static PaymentView of(Payment p) {
      return new PaymentView(
          p.id(),
          p.commitmentId(),
          p.invoiceId().orElse(null),
          p.reference(),
          p.paidOn(),
          p.amount(),
          Money.CURRENCY,
          SplitView.of(p.split()),
          p.reversesId().orElse(null),
          p.reversed(),
          p.recordedBy(),
          p.recordedAt());
    }
  }

  @Inject SpendingService spending;
  @Inject EvidenceService evidence;

  @GET
  @Operation(summary = "The city's payments and reversals, optionally of one commitment, one page")
  public PageResult<PaymentView> list(
      @QueryParam("commitmentId") String commitmentId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(
        spending.payments(InvalidInputException.parseUuid(commitmentId, "commitmentId"), request),
        request,
        PaymentView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One payment")
  public PaymentView get(@PathParam("id") UUID id) {
    return PaymentView.of(spending.payment(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(
      summary = "Pay against an approved commitment; per funder paid never exceeds committed")
  public Response pay(@NotNull @Valid PaymentRequest request, @Context UriInfo uri) {
    BigDecimal amount = Money.positive("amount", request.amount());
    PaymentView created =
        PaymentView.of(
            spending.pay(
                request.commitmentId(),
                request.invoiceId(),
                request.reference(),
                InvalidInputException.requireDate(request.paidOn(), "paidOn"),
                amount,
                FunderSplit.of("split", amount, request.split())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Reverse a payment: a new entry with the negated amounts")
  public Response reverse(
      @PathParam("id") UUID id,
      @NotNull @Valid PaymentReversalRequest request,
      @Context UriInfo uri) {
    PaymentView reversal =
        PaymentView.of(
            spending.reversePayment(
                id, request.reference(), InvalidInputException.parseDate(request.on(), "on")));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/finance/payments")
                .path(reversal.id().toString())
                .build())
        .entity(reversal)
        .build();
  }

  @GET
  @Path("/{id}/evidence")
  @Operation(summary = "The documents attached to a payment (without their bytes), one page")
  public PageResult<EvidenceViews.EvidenceView> evidence(
      @PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return EvidenceViews.list(evidence, Evidence.Subject.PAYMENT, id, page, size);
  }

  @POST
  @Path("/{id}/evidence")
  @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.WILDCARD})
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Attach a document (PDF, PNG, JPEG; the body is the file) to a payment")
  public Response attach(
      @PathParam("id") UUID id,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body,
      @Context UriInfo uri) {
    return EvidenceViews.upload(
        evidence, Evidence.Subject.PAYMENT, id, fileName, contentType, body, uri);
  }
}
