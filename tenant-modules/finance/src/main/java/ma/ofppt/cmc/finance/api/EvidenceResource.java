package ma.ofppt.cmc.finance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.EvidenceService;
import ma.ofppt.cmc.finance.domain.Evidence;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One attached document: its description, and its bytes exactly as uploaded. */
@Path("/v1/finance/evidence")
@RequestScoped
@RolesAllowed({FinanceRoles.OFFICER, FinanceRoles.DIRECTOR})
public class EvidenceResource {
  @Inject EvidenceService evidence;

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One attached document's description and SHA-256")
  public EvidenceViews.EvidenceView get(@PathParam("id") UUID id) {
    return EvidenceViews.EvidenceView.of(evidence.evidence(id));
  }

  @GET
  @Path("/{id}/content")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download an attached document, byte for byte")
  public Response content(@PathParam("id") UUID id) {
    Evidence e = evidence.evidence(id);
    return Response.ok(e.content(), e.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + e.fileName().replace("\"", "") + "\"")
        .header("X-Content-SHA256", e.sha256())
        .build();
  }
}
