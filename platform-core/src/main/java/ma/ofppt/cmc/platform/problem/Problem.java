package ma.ofppt.cmc.platform.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: every error the platform returns has this shape, a stable {@code type} that
 * clients can switch on, and, for bad input, the fields at fault.
 */
public record Problem(
    ProblemType type, int status, String title, String detail, List<FieldError> errors) {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * One field that was wrong, in the API's spelling ({@code name.ar}, {@code intakes[0].seats}).
   */
  public record FieldError(String field, String message) {}

  public static Problem of(ProblemType type, int status, String detail) {
    return new Problem(type, status, type.title(), detail, List.of());
  }

  public static Problem invalidField(ProblemType type, int status, String field, String message) {
    return new Problem(
        type,
        status,
        type.title(),
        field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public Response toResponse() {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", type.uri())
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (!errors.isEmpty()) {
      // "field" names the first culprit for clients that show one message; "errors" lists all.
      body.add("field", errors.get(0).field());
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }
}
