package ma.ofppt.cmc.platform.problem;

/** The stable problem types of the API; the URI is the contract, the title its human form. */
public enum ProblemType {
  INVALID_INPUT("invalid-input", "The request has invalid fields"),
  MALFORMED_REQUEST("malformed-request", "The request body could not be read"),
  RULE_VIOLATION("rule-violation", "The request breaks a rule of the domain"),
  NOT_FOUND("not-found", "Not found"),
  CONFLICT("conflict", "The request conflicts with the current state"),
  STALE_VERSION("stale-version", "The record was changed by someone else"),
  UNAUTHENTICATED("unauthenticated", "A valid token is required"),
  FORBIDDEN("forbidden", "Your role does not allow this"),
  NO_TENANT("no-tenant", "This operation belongs to a city"),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
  HTTP_ERROR("http-error", "The request failed"),
  INTERNAL("internal", "Internal error");

  public static final String BASE = "https://cmc.ofppt.ma/problems/";

  private final String slug;
  private final String title;

  ProblemType(String slug, String title) {
    this.slug = slug;
    this.title = title;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }
}
