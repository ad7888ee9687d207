package ma.ofppt.cmc.region.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.region.api.AuditViews.DigestView;
import ma.ofppt.cmc.region.api.AuditViews.DocumentView;
import ma.ofppt.cmc.region.api.AuditViews.LineView;
import ma.ofppt.cmc.region.api.AuditViews.VerificationView;
import ma.ofppt.cmc.region.application.RegionalAudit;
import ma.ofppt.cmc.region.domain.EvidenceReference;
import ma.ofppt.cmc.region.domain.LineFilter;
import ma.ofppt.cmc.region.domain.LineKind;
import ma.ofppt.cmc.region.domain.Page;
import ma.ofppt.cmc.region.domain.ResolvedLine;
import ma.ofppt.cmc.region.domain.SpendingLine;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A regional council's auditors read their region's audit store: the spending lines the region
 * co-funds, their documents, the city's signed digests, the verification, and the evidence pack.
 * The region is the token's ({@code region} claim), never a parameter; no city table is read.
 */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGION_AUDITOR)
public class AuditResource {
  static final String CSV = "text/csv; charset=UTF-8";

  @Inject RegionalAudit audit;
  @Inject Caller caller;

  private String region() {
    return caller.region().orElseThrow(ForbiddenException::new);
  }

  @GET
  @Path("/spending-lines")
  @Operation(
      summary =
          "The spending lines the auditor's region co-funds (agreements, budget lines,"
              + " commitments, invoices, payments, reversals), in ledger order, one page")
  public PageResult<LineView> lines(
      @QueryParam("fiscalYear") String fiscalYear,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page<ResolvedLine> lines = audit.lines(region(), filter(fiscalYear, kind), paging(page, size));
    return new PageResult<>(
        lines.items().stream().map(LineView::of).toList(),
        lines.page(),
        lines.size(),
        lines.total());
  }

  @GET
  @Path("/spending-lines/{id}")
  @Operation(summary = "One spending line of the region, with the documents attached to it")
  public LineView line(@PathParam("id") String id) {
    return LineView.of(audit.line(region(), requireUuid(id, "id")));
  }

  @GET
  @Path("/documents")
  @Operation(summary = "The documents attached to the region's lines: name, type, size and SHA-256")
  public PageResult<DocumentView> documents(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Page<EvidenceReference> documents = audit.documents(region(), paging(page, size));
    return new PageResult<>(
        documents.items().stream().map(DocumentView::of).toList(),
        documents.page(),
        documents.size(),
        documents.total());
  }

  @GET
  @Path("/digests")
  @Operation(summary = "The city's signed ledger digests as the region received them, newest first")
  public PageResult<DigestView> digests(
      @QueryParam("city") String city,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    String region = region();
    Page<ma.ofppt.cmc.region.domain.ReceivedDigest> digests =
        audit.digests(region, cityOf(region, city), paging(page, size));
    return new PageResult<>(
        digests.items().stream().map(DigestView::of).toList(),
        digests.page(),
        digests.size(),
        digests.total());
  }

  @GET
  @Path("/verification")
  @Operation(
      summary =
          "Verify what the region received of the city's chain: links and sequences, the hashes"
              + " of the entries it holds, the latest (or a given) signed digest, and the stored"
              + " lines and documents against their entries; names the first problem")
  public VerificationView verification(
      @QueryParam("city") String city, @QueryParam("digest") String digest) {
    String region = region();
    return VerificationView.of(
        audit.verify(region, cityOf(region, city), optionalUuid(digest, "digest")));
  }

  @GET
  @Path("/export/spending-lines.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The evidence pack's spending lines as CSV (UTF-8, header row), with the SHA-256 of"
              + " their documents")
  public Response linesCsv(
      @QueryParam("fiscalYear") String fiscalYear, @QueryParam("kind") String kind) {
    Csv csv = new Csv();
    linesTable(fiscalYear, kind).forEach(csv::row);
    return attachment(csv.toString(), CSV, "spending-lines.csv");
  }

  @GET
  @Path("/export/spending-lines.xlsx")
  @Produces(XlsxSheet.MEDIA_TYPE)
  @Operation(summary = "The evidence pack's spending lines as an XLSX workbook (same columns)")
  public Response linesXlsx(
      @QueryParam("fiscalYear") String fiscalYear, @QueryParam("kind") String kind)
      throws IOException {
    List<List<Object>> table = linesTable(fiscalYear, kind);
    List<String> header = table.get(0).stream().map(String::valueOf).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : table.subList(1, table.size())) {
      List<Object> cells = new ArrayList<>();
      for (Object cell : row) {
        cells.add(cell == null || cell instanceof Number ? cell : cell.toString());
      }
      rows.add(cells);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxSheet.write(out, "spending lines", header, rows);
    return Response.ok(out.toByteArray(), XlsxSheet.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"spending-lines.xlsx\"")
        .build();
  }

  /** The evidence pack's spending lines: the header, then one row per line. */
  private List<List<Object>> linesTable(String fiscalYear, String kind) {
    String region = region();
    List<ResolvedLine> lines = audit.allLines(region, filter(fiscalYear, kind));
    Map<UUID, List<EvidenceReference>> documents =
        audit.allDocuments(region).stream()
            .collect(Collectors.groupingBy(EvidenceReference::lineId));
    TreeSet<String> funders = new TreeSet<>();
    lines.forEach(l -> funders.addAll(l.line().otherShares().keySet()));
    List<String> header =
        new ArrayList<>(
            Arrays.asList(
                "city",
                "fiscal_year",
                "category",
                "sub_category",
                "label",
                "kind",
                "id",
                "reference",
                "supplier_identifier",
                "amount",
                "currency",
                "region_share"));
    funders.forEach(f -> header.add("share_" + f));
    header.addAll(
        List.of(
            "status", "date", "ledger_sequence", "ledger_hash", "documents", "document_sha256"));
    List<List<Object>> table = new ArrayList<>();
    table.add(new ArrayList<>(header));
    for (ResolvedLine r : lines) {
      SpendingLine l = r.line();
      List<Object> row =
          new ArrayList<>(
              Arrays.asList(
                  l.city(),
                  r.fiscalYear(),
                  r.category(),
                  r.subCategory(),
                  r.label(),
                  l.kind().name(),
                  l.id(),
                  l.reference(),
                  r.supplierIdentifier(),
                  l.amount(),
                  l.currency(),
                  l.regionShare()));
      for (String funder : funders) {
        BigDecimal share = l.otherShares().get(funder);
        row.add(share);
      }
      List<EvidenceReference> attached = documents.getOrDefault(l.id(), List.of());
      row.addAll(
          Arrays.asList(
              l.status(),
              l.occurredOn(),
              l.ledgerSequence(),
              l.ledgerHash(),
              attached.size(),
              attached.stream().map(EvidenceReference::sha256).collect(Collectors.joining(" "))));
      table.add(row);
    }
    return table;
  }

  @GET
  @Path("/export/documents.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The evidence pack's documents list as CSV: each document of the region's lines with"
              + " its SHA-256 and ledger entry")
  public Response documentsCsv() {
    String region = region();
    Map<UUID, SpendingLine> lines =
        audit.allLines(region, LineFilter.all()).stream()
            .map(ResolvedLine::line)
            .collect(Collectors.toMap(SpendingLine::id, Function.identity(), (a, b) -> a));
    Csv csv =
        new Csv()
            .row(
                List.of(
                    "city",
                    "line_id",
                    "line_kind",
                    "line_reference",
                    "document_id",
                    "subject_type",
                    "file_name",
                    "content_type",
                    "size_bytes",
                    "sha256",
                    "ledger_sequence",
                    "ledger_hash",
                    "attached_at"));
    for (EvidenceReference d : audit.allDocuments(region)) {
      SpendingLine line = lines.get(d.lineId());
      csv.row(
          Arrays.asList(
              d.city(),
              d.lineId(),
              line == null ? null : line.kind().name(),
              line == null ? null : line.reference(),
              d.id(),
              d.subjectType(),
              d.fileName(),
              d.contentType(),
              d.sizeBytes(),
              d.sha256(),
              d.ledgerSequence(),
              d.ledgerHash(),
              d.attachedAt()));
    }
    return attachment(csv.toString(), CSV, "documents.csv");
  }

  @GET
  @Path("/export/documents.json")
  @Operation(summary = "The evidence pack's documents list as one JSON array")
  public Response documentsJson() {
    List<DocumentView> documents =
        audit.allDocuments(region()).stream().map(DocumentView::of).toList();
    return Response.ok(documents, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"documents.json\"")
        .build();
  }

  private static Response attachment(Object body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  /** The city of the auditor's region asked for, or its only one when none is named. */
  private String cityOf(String region, String city) {
    List<String> cities = audit.cities(region);
    if (city == null || city.isBlank()) {
      if (cities.size() == 1) {
        return cities.get(0);
      }
      throw new InvalidInputException("city", "name one of your region's cities: " + cities);
    }
    if (!cities.contains(city.strip())) {
      throw new InvalidInputException("city", "not a city of your region; yours: " + cities);
    }
    return city.strip();
  }

  private static LineFilter filter(String fiscalYear, String kind) {
    Integer year = null;
    if (fiscalYear != null && !fiscalYear.isBlank()) {
      year = whole(fiscalYear, "fiscalYear");
      if (year < 1900 || year > 2200) {
        throw new InvalidInputException("fiscalYear", "a year between 1900 and 2200");
      }
    }
    return new LineFilter(year, InvalidInputException.parseEnum(LineKind.class, kind, "kind"));
  }

  private static PageRequest paging(String page, String size) {
    return Paging.of(
        page == null || page.isBlank() ? null : whole(page, "page"),
        size == null || size.isBlank() ? null : whole(size, "size"));
  }

  private static int whole(String value, String field) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "not a whole number: " + value);
    }
  }

  private static UUID requireUuid(String value, String field) {
    UUID id = InvalidInputException.parseUuid(value, field);
    if (id == null) {
      throw new InvalidInputException(field, "required");
    }
    return id;
  }

  private static UUID optionalUuid(String value, String field) {
    return InvalidInputException.parseUuid(value, field);
  }
}
