package ma.ofppt.cmc.offer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.offer.application.OfferService;
import ma.ofppt.cmc.offer.application.OfferSummary;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The city's offer at a glance: active programmes and seats per pole and level. */
@Path("/v1/offer/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfferSummaryResource {
  public record Counts(long programmes, long totalSeats, long firstYearSeats) {
    static Counts of(OfferSummary.Counts c) {
      return new Counts(c.programmes(), c.totalSeats(), c.firstYearSeats());
    }
  }

  public record LevelRow(TrainingLevel level, Counts counts) {}

  public record PoleRow(
      UUID poleId, String code, Name name, Counts counts, List<LevelRow> levels) {}

  public record SummaryView(String academicYear, Counts totals, List<PoleRow> poles) {}

  @Inject OfferService offer;

  @GET
  @RolesAllowed({
    Roles.CITY_DIRECTOR,
    Roles.ADMISSIONS_OFFICER,
    Roles.REGISTRAR,
    Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER,
    Roles.CAREER_ADVISOR,
    Roles.TRAINER
  })
  @Operation(summary = "Programmes and seats per pole and level for one academic year")
  public SummaryView summary(@QueryParam("academicYear") String academicYear) {
    if (!AcademicYear.isValid(academicYear)) {
      throw new InvalidInputException("academicYear", "required, in the form 2025-2026");
    }
    OfferSummary s = offer.summary(academicYear);
    return new SummaryView(
        s.academicYear(),
        Counts.of(s.totals()),
        s.poles().stream()
            .map(
                p ->
                    new PoleRow(
                        p.pole().id(),
                        p.pole().code(),
                        Name.of(p.pole().name()),
                        Counts.of(p.counts()),
                        p.levels().stream()
                            .map(l -> new LevelRow(l.level(), Counts.of(l.counts())))
                            .toList()))
            .toList());
  }
}
