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
import ma.ofppt.cmc.finance.domain.Commitment;
import ma.ofppt.cmc.finance.domain.CommitmentKind;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.Invoice;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Commitments (contracts, purchase orders) against budget lines, their invoices and evidence. */
@Path("/v1/finance/commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class CommitmentResource {
  public record CommitmentRequest(
      @NotNull UUID budgetLineId,
      @NotNull UUID supplierId,
      @NotBlank String kind,
      @NotBlank String reference,
      @NotNull BigDecimal amount,
      @NotNull Map<String, BigDecimal> split) {}

  public record ReversalRequest(@NotBlank String reference) {}

  public record InvoiceRequest(
      @NotBlank String number,
      @NotBlank String issuedOn,
      @NotNull BigDecimal amount,
      @NotNull Map<String, BigDecimal> split) {}

  public record CommitmentView(
      UUID id,
      UUID budgetLineId,
      UUID supplierId,
      String kind,
      String reference,
      BigDecimal amount,
      String currency,
      SplitView split,
      String status,
      UUID reverses,
      String madeBy,
      Instant madeAt,
      String approvedBy,
      Instant approvedAt,
      SplitView invoiced,
      SplitView paid) {
    static CommitmentView of(Commitment c) {
      return new CommitmentView(
          c.id(),
          c.budgetLineId(),
          c.supplierId(),
          c.kind().name(),
          c.reference(),
          c.amount(),
          Money.CURRENCY,
          SplitView.of(c.split()),
          c.status().name(),
          c.reversesId().orElse(null),
          c.madeBy(),
          c.madeAt(),
          c.approvedBy().orElse(null),
          c.approvedAt().orElse(null),
          SplitView.of(c.invoiced()),
          SplitView.of(c.paid()));
    }
  }

  /** A credit note: its own number, why, and its date (today when left out). */
  public record InvoiceReversalRequest(
      @NotBlank String number, @NotBlank String reason, String on) {}

  public record InvoiceView(
      UUID id,
      UUID commitmentId,
      String number,
      LocalDate issuedOn,
      BigDecimal amount,
      String currency,
      SplitView split,
      UUID reverses,
      boolean reversed,
      String reason,
      String recordedBy,
      Instant recordedAt) {
    static InvoiceView of(Invoice i) {
      return new InvoiceView(
          i.id(),
          i.commitmentId(),
          i.number(),
          i.issuedOn(),
          i.amount(),
          Money.CURRENCY,
          SplitView.of(i.split()),
          i.reversesId().orElse(null),
          i.reversed(),
          i.reason().orElse(null),
          i.recordedBy(),
          i.recordedAt());
    }
  }

  @Inject SpendingService spending;
  @Inject EvidenceService evidence;

  @GET
  @Operation(
      summary = "The city's commitments and reversals, optionally of one budget line, one page")
  public PageResult<CommitmentView> list(
      @QueryParam("budgetLineId") String budgetLineId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(
        spending.commitments(
            InvalidInputException.parseUuid(budgetLineId, "budgetLineId"), request),
        request,
        CommitmentView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One commitment with what is invoiced and paid per funder")
  public CommitmentView get(@PathParam("id") UUID id) {
    return CommitmentView.of(spending.commitment(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(
      summary =
          "Commit against a budget line; per funder the line's share is never exceeded; above the"
              + " approval threshold it waits for a director")
  public Response commit(@NotNull @Valid CommitmentRequest request, @Context UriInfo uri) {
    BigDecimal amount = Money.positive("amount", request.amount());
    CommitmentView created =
        CommitmentView.of(
            spending.commit(
                request.budgetLineId(),
                request.supplierId(),
                InvalidInputException.parseEnum(CommitmentKind.class, request.kind(), "kind"),
                request.reference(),
                amount,
                FunderSplit.of("split", amount, request.split())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/approval")
  @RolesAllowed(FinanceRoles.DIRECTOR)
  @Operation(summary = "Approve a pending commitment (a director who is not its maker)")
  public CommitmentView approve(@PathParam("id") UUID id) {
    return CommitmentView.of(spending.approve(id));
  }

  @POST
  @Path("/{id}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Reverse a commitment with nothing paid: a new entry with negated amounts")
  public Response reverse(
      @PathParam("id") UUID id, @NotNull @Valid ReversalRequest request, @Context UriInfo uri) {
    CommitmentView reversal = CommitmentView.of(spending.reverse(id, request.reference()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/finance/commitments")
                .path(reversal.id().toString())
                .build())
        .entity(reversal)
        .build();
  }

  @GET
  @Path("/{id}/invoices")
  @Operation(summary = "The invoices and credit notes recorded against a commitment, one page")
  public PageResult<InvoiceView> invoices(
      @PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(spending.invoices(id, request), request, InvoiceView::of);
  }

  @GET
  @Path("/{id}/invoices/{invoiceId}")
  @Operation(summary = "One invoice (or credit note) of a commitment")
  public InvoiceView invoice(@PathParam("id") UUID id, @PathParam("invoiceId") UUID invoiceId) {
    return InvoiceView.of(spending.invoice(id, invoiceId));
  }

  @POST
  @Path("/{id}/invoices/{invoiceId}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(
      summary =
          "Reverse an invoice with a credit note (a new entry with the negated amounts); refused"
              + " while payments settle it")
  public Response reverseInvoice(
      @PathParam("id") UUID id,
      @PathParam("invoiceId") UUID invoiceId,
      @NotNull @Valid InvoiceReversalRequest request,
      @Context UriInfo uri) {
    InvoiceView reversal =
        InvoiceView.of(
            spending.reverseInvoice(
                id,
                invoiceId,
                request.number(),
                request.reason(),
                InvalidInputException.parseDate(request.on(), "on")));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/finance/commitments")
                .path(id.toString())
                .path("invoices")
                .path(reversal.id().toString())
                .build())
        .entity(reversal)
        .build();
  }

  @POST
  @Path("/{id}/invoices")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Record a supplier's invoice against an approved commitment")
  public Response invoice(
      @PathParam("id") UUID id, @NotNull @Valid InvoiceRequest request, @Context UriInfo uri) {
    BigDecimal amount = Money.positive("amount", request.amount());
    InvoiceView created =
        InvoiceView.of(
            spending.recordInvoice(
                id,
                request.number(),
                InvalidInputException.requireDate(request.issuedOn(), "issuedOn"),
                amount,
                FunderSplit.of("split", amount, request.split())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}/evidence")
  @Operation(summary = "The documents attached to a commitment (without their bytes), one page")
  public PageResult<EvidenceViews.EvidenceView> evidence(
      @PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return EvidenceViews.list(evidence, Evidence.Subject.COMMITMENT, id, page, size);
  }

  @POST
  @Path("/{id}/evidence")
  @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.WILDCARD})
  @RolesAllowed(FinanceRoles.OFFICER)
  @Operation(summary = "Attach a document (PDF, PNG, JPEG; the body is the file) to a commitment")
  public Response attach(
      @PathParam("id") UUID id,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body,
      @Context UriInfo uri) {
    return EvidenceViews.upload(
        evidence, Evidence.Subject.COMMITMENT, id, fileName, contentType, body, uri);
  }
}
