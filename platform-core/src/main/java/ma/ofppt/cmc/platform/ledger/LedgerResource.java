package ma.ofppt.cmc.platform.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The city's ledger, read-only: its entries, its verification, its export for the command-line
 * verifier, its signed digests and the platform key they verify with. Nothing here appends: the
 * finance module does, in-process, through {@link Ledger}.
 */
@Path("/v1/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
  /** JSON lines, one entry per line. */
  public static final String JSON_LINES = "application/x-ndjson";

  public record BrokenView(long sequence, String reason, String detail) {}

  public record DigestView(
      UUID id,
      String tenant,
      long entryCount,
      String headHash,
      Instant producedAt,
      String keyId,
      String signature) {
    static DigestView of(SignedDigest d) {
      return new DigestView(
          d.id(),
          d.tenant(),
          d.entryCount(),
          d.headHash(),
          d.producedAt(),
          d.keyId(),
          d.signature());
    }
  }

  public record VerificationView(
      boolean valid, long entries, String head, BrokenView firstBroken, DigestView digest) {}

  public record EntryView(
      UUID id,
      long sequence,
      String type,
      UUID subjectId,
      Instant recordedAt,
      String actor,
      Map<String, String> facts,
      String previousHash,
      String hash) {}

  public record PublicKeyView(String algorithm, String keyId, String pem) {}

  @Inject LedgerService ledger;
  @Inject LedgerSigningKey signingKey;

  @GET
  @Path("/verification")
  @RolesAllowed({Roles.FINANCE_OFFICER, Roles.CITY_DIRECTOR})
  @Operation(
      summary =
          "Recompute the city's chain and name its first broken entry (edited, deleted,"
              + " reordered, truncated)")
  public VerificationView verification() {
    LedgerService.Outcome outcome = ledger.verify();
    ChainVerifier.Verification v = outcome.verification();
    return new VerificationView(
        v.valid(),
        v.entries(),
        v.head(),
        v.firstBroken()
            .map(b -> new BrokenView(b.sequence(), b.reason().label(), b.detail()))
            .orElse(null),
        outcome.digest().map(DigestView::of).orElse(null));
  }

  @GET
  @Path("/entries")
  @RolesAllowed({Roles.FINANCE_OFFICER, Roles.CITY_DIRECTOR})
  @Operation(summary = "The city's ledger entries in sequence order, one page")
  public PageResult<EntryView> entries(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageResult<ChainEntry> result = ledger.entries(Paging.of(page, size));
    return new PageResult<>(
        result.items().stream()
            .map(
                e ->
                    new EntryView(
                        e.id(),
                        e.sequence(),
                        e.type(),
                        e.subjectId(),
                        e.recordedAt(),
                        e.actor(),
                        e.facts(),
                        e.previousHash(),
                        e.hash()))
            .toList(),
        result.page(),
        result.size(),
        result.total());
  }

  @GET
  @Path("/export")
  @Produces(JSON_LINES)
  @RolesAllowed({Roles.FINANCE_OFFICER, Roles.CITY_DIRECTOR})
  @Operation(
      summary =
          "The city's whole chain as JSON lines, the file the command-line verifier"
              + " (VerifyLedger) reads")
  public Response export() {
    return Response.ok(ledger.export(), JSON_LINES)
        .header("Content-Disposition", "attachment; filename=\"ledger.jsonl\"")
        .build();
  }

  @GET
  @Path("/digests")
  @RolesAllowed({Roles.FINANCE_OFFICER, Roles.CITY_DIRECTOR})
  @Operation(summary = "The city's signed ledger digests, newest first")
  public PageResult<DigestView> digests(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageResult<SignedDigest> result = ledger.digests(Paging.of(page, size));
    return new PageResult<>(
        result.items().stream().map(DigestView::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }

  @POST
  @Path("/digests")
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(
      summary = "Sign a digest of the city's chain now (refused with 409 if the chain is broken)")
  public Response produceDigest() {
    return Response.status(Response.Status.CREATED)
        .entity(DigestView.of(ledger.produceDigest()))
        .build();
  }

  @GET
  @Path("/public-key")
  @RolesAllowed({
    Roles.FINANCE_OFFICER,
    Roles.CITY_DIRECTOR,
    Roles.HQ_ANALYST,
    Roles.REGION_AUDITOR,
    Roles.PLATFORM_ADMIN
  })
  @Operation(summary = "The platform's Ed25519 public key that ledger digests verify with")
  public PublicKeyView publicKey() {
    return new PublicKeyView(
        LedgerKeys.ALGORITHM,
        signingKey.keyId(),
        LedgerKeys.pem("PUBLIC KEY", signingKey.publicKey().getEncoded()));
  }
}
