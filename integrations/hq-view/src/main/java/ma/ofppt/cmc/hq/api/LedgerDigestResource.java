package ma.ofppt.cmc.hq.api;

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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.hq.application.LedgerDigestService;
import ma.ofppt.cmc.hq.domain.ReceivedDigest;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cities' signed ledger digests as HQ keeps them (ADR 0014): each city's latest, or all of one
 * city's. Anyone holding a city's ledger export can check it against them offline.
 */
@Path("/v1/national/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(HqRoles.ANALYST)
public class LedgerDigestResource {
  public record DigestView(
      String city,
      UUID id,
      long entryCount,
      String headHash,
      Instant producedAt,
      String keyId,
      String signature,
      String publicKey,
      Instant receivedAt) {
    static DigestView of(ReceivedDigest d) {
      return new DigestView(
          d.city(),
          d.id(),
          d.entryCount(),
          d.headHash(),
          d.producedAt(),
          d.keyId(),
          d.signature(),
          d.publicKey(),
          d.receivedAt());
    }
  }

  @Inject LedgerDigestService digests;

  @GET
  @Path("/digests")
  @Operation(summary = "Each city's latest digest, or (city=...) every digest of one city")
  public List<DigestView> list(@QueryParam("city") String city) {
    return query(city).stream().map(DigestView::of).toList();
  }

  @GET
  @Path("/digests.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(summary = "The same digests as CSV or XLSX")
  public Response export(@PathParam("format") String format, @QueryParam("city") String city) {
    Exports.Format as = Params.format(format);
    return Exports.of(as, Exports.table("ledger-digests", DigestView.class, list(city)));
  }

  private List<ReceivedDigest> query(String city) {
    if (city == null || city.isBlank()) {
      return digests.latest();
    }
    String code = city.strip();
    if (!digests.isCity(code)) {
      throw new InvalidInputException("city", "not a city of the registry: " + code);
    }
    return digests.of(code);
  }
}
