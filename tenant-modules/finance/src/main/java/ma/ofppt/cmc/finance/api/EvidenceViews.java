package ma.ofppt.cmc.finance.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.finance.application.EvidenceService;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** How attached documents are shown, and the upload shared by commitments and payments. */
final class EvidenceViews {
  private EvidenceViews() {}

  public record EvidenceView(
      UUID id,
      String subjectType,
      UUID subjectId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt,
      String contentPath) {
    static EvidenceView of(Books.EvidenceSummary e) {
      return new EvidenceView(
          e.id(),
          e.subjectType().name(),
          e.subjectId(),
          e.fileName(),
          e.contentType(),
          e.sizeBytes(),
          e.sha256(),
          e.uploadedBy(),
          e.uploadedAt(),
          "/api/v1/finance/evidence/" + e.id() + "/content");
    }

    static EvidenceView of(Evidence e) {
      return of(
          new Books.EvidenceSummary(
              e.id(),
              e.subjectType(),
              e.subjectId(),
              e.fileName(),
              e.contentType(),
              e.sizeBytes(),
              e.sha256(),
              e.uploadedBy(),
              e.uploadedAt()));
    }
  }

  static Response upload(
      EvidenceService service,
      Evidence.Subject subject,
      UUID id,
      String fileName,
      String contentType,
      InputStream body,
      UriInfo uri) {
    EvidenceView created =
        EvidenceView.of(service.attach(subject, id, fileName, contentType, body));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/finance/evidence")
                .path(created.id().toString())
                .build())
        .entity(created)
        .build();
  }

  static PageResult<EvidenceView> list(
      EvidenceService service, Evidence.Subject subject, UUID id, String page, String size) {
    PageRequest request = Paging.of(page, size);
    return Pages.of(service.attachedTo(subject, id, request), request, EvidenceView::of);
  }
}
