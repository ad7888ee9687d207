package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.admissions.application.ImportService;
import ma.ofppt.cmc.admissions.domain.ImportJob;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk import of applications (the file an online-registration platform exports): upload it as the
 * request body, then follow the job until it completes and read its row errors.
 */
@Path("/v1/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
public class ImportResource {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public record JobView(
      UUID id,
      String academicYear,
      String fileName,
      String status,
      int rowsRead,
      int imported,
      int alreadyPresent,
      int rejected,
      String failure,
      String createdBy,
      Instant createdAt,
      Instant finishedAt) {
    static JobView of(ImportJob j) {
      return new JobView(
          j.id(),
          j.academicYear(),
          j.fileName(),
          j.status().name(),
          j.rowsRead(),
          j.imported(),
          j.alreadyPresent(),
          j.rejected(),
          j.failure().orElse(null),
          j.createdBy(),
          j.createdAt(),
          j.finishedAt().orElse(null));
    }
  }

  public record RowErrorView(long row, String field, String reason) {}

  @Inject ImportService imports;

  @POST
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Upload a CSV or XLSX file of applications; answers 202 with the job to follow")
  public Response upload(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("fileName") String fileName,
      InputStream file,
      @Context UriInfo uri) {
    JobView job = JobView.of(imports.start(academicYear, fileName, file));
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  @GET
  @Operation(summary = "The city's latest imports")
  public List<JobView> recent() {
    return imports.recent().stream().map(JobView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An import's progress and counts")
  public JobView job(@PathParam("id") UUID id) {
    return JobView.of(imports.job(id));
  }

  @GET
  @Path("/{id}/errors")
  @Operation(summary = "The rows an import rejected: row, field, reason")
  public PageResult<RowErrorView> errors(
      @PathParam("id") UUID id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    ImportService.ErrorPage result = imports.errors(id, paging.offset(), paging.size());
    return new PageResult<>(
        result.items().stream()
            .map(e -> new RowErrorView(e.rowNumber(), e.field(), e.reason()))
            .toList(),
        paging.page(),
        paging.size(),
        result.total());
  }
}
