package ma.ofppt.cmc.careers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import ma.ofppt.cmc.careers.application.TracerService;
import ma.ofppt.cmc.careers.domain.ContactChannel;
import ma.ofppt.cmc.careers.domain.ContractType;
import ma.ofppt.cmc.careers.domain.Situation;
import ma.ofppt.cmc.careers.domain.SurveyAnswer;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One graduate's tracer survey: contact attempts and its final state. */
@Path("/v1/tracer-surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAREER_ADVISOR, Roles.CITY_DIRECTOR})
public class TracerSurveyResource {
  public record AttemptRequest(
      @NotNull String attemptedOn, @NotNull String channel, @Size(max = 500) String note) {}

  public record ResponseRequest(
      @NotNull String respondedOn,
      @NotNull String situation,
      String sectorCode,
      String contractType,
      Boolean inFieldOfTraining,
      Boolean incubatorStartup,
      String country,
      @Size(max = 100) String mobilityProgramme) {}

  public record ClosingRequest(@NotNull String on) {}

  @Inject TracerService tracer;

  @GET
  @Path("/{id}")
  @Operation(summary = "One tracer survey with its contact attempts and answer")
  public TracerViews.SurveyView get(@PathParam("id") UUID id) {
    return TracerViews.SurveyView.of(tracer.survey(id));
  }

  @POST
  @Path("/{id}/contact-attempts")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Record an attempt to reach the graduate")
  public TracerViews.SurveyView attempt(
      @PathParam("id") UUID id, @Valid @NotNull AttemptRequest request) {
    return TracerViews.SurveyView.of(
        tracer.recordAttempt(
            id,
            Inputs.date(request.attemptedOn(), "attemptedOn"),
            Inputs.required(ContactChannel.class, request.channel(), "channel"),
            request.note()));
  }

  @POST
  @Path("/{id}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Record the graduate's answer: the situation at the reference date")
  public TracerViews.SurveyView respond(
      @PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
    SurveyAnswer answer =
        new SurveyAnswer(
            Inputs.required(Situation.class, request.situation(), "situation"),
            request.sectorCode(),
            InvalidInputException.parseEnum(
                ContractType.class, request.contractType(), "contractType"),
            request.inFieldOfTraining(),
            Boolean.TRUE.equals(request.incubatorStartup()),
            request.country(),
            request.mobilityProgramme());
    return TracerViews.SurveyView.of(
        tracer.respond(id, answer, Inputs.date(request.respondedOn(), "respondedOn")));
  }

  @POST
  @Path("/{id}/unreachable")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Close the survey: the graduate could not be reached after 3 attempts")
  public TracerViews.SurveyView unreachable(
      @PathParam("id") UUID id, @Valid @NotNull ClosingRequest request) {
    return TracerViews.SurveyView.of(tracer.markUnreachable(id, Inputs.date(request.on(), "on")));
  }

  @POST
  @Path("/{id}/refusal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Close the survey: the graduate declined to answer")
  public TracerViews.SurveyView refuse(
      @PathParam("id") UUID id, @Valid @NotNull ClosingRequest request) {
    return TracerViews.SurveyView.of(tracer.refuse(id, Inputs.date(request.on(), "on")));
  }
}
