package ma.ofppt.cmc.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.tenancy.TenantNotBoundException;

/**
 * Turns every other failure into a problem response. Failures reach JAX-RS wrapped (a commit-time
 * optimistic lock arrives inside a {@code TransactionalException}), so the cause chain is searched
 * for the first exception that says what went wrong. Anything unexpected is a 500 whose detail
 * carries an incident id that is also in the server log, never a stack trace.
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Override
  public Response toResponse(Throwable exception) {
    return classify(exception).toResponse();
  }

  Problem classify(Throwable exception) {
    // Causes first: a BadRequestException wrapping a JSON-B error should name the field.
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Problem known = known(t);
      if (known != null) {
        return known;
      }
    }
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof WebApplicationException web) {
        Problem http = fromHttp(web);
        if (http != null) {
          return http;
        }
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, exception);
    return Problem.of(
        ProblemType.INTERNAL, 500, "An unexpected error occurred; incident " + incident + ".");
  }

  private Problem known(Throwable t) {
    if (t instanceof DomainRuleViolation v) {
      return Problem.invalidField(ProblemType.RULE_VIOLATION, 422, v.field(), v.getMessage());
    }
    if (t instanceof InvalidInputException p) {
      return Problem.invalidField(ProblemType.INVALID_INPUT, 400, p.field(), p.getMessage());
    }
    if (t instanceof NotFoundException) {
      return Problem.of(ProblemType.NOT_FOUND, 404, t.getMessage());
    }
    if (t instanceof ConflictException c) {
      return Problem.invalidField(ProblemType.CONFLICT, 409, c.field(), c.getMessage());
    }
    if (t instanceof OptimisticLockException
        || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
      return Problem.invalidField(
          ProblemType.STALE_VERSION,
          409,
          "version",
          "the record was changed since you read it; reload it and apply your change again");
    }
    if (t instanceof TenantNotBoundException) {
      return Problem.of(ProblemType.NO_TENANT, 403, t.getMessage());
    }
    if (t instanceof JsonbException || t instanceof JsonParsingException) {
      return malformed(t);
    }
    if (t instanceof SQLException sql) {
      return fromSqlState(sql);
    }
    if (t instanceof ProcessingException && t.getCause() == null) {
      return Problem.of(ProblemType.MALFORMED_REQUEST, 400, t.getMessage());
    }
    return null;
  }

  private static Problem malformed(Throwable t) {
    String message = t.getMessage() == null ? "malformed JSON" : t.getMessage();
    Matcher property = JSONB_PROPERTY.matcher(message);
    if (property.find()) {
      return Problem.invalidField(
          ProblemType.MALFORMED_REQUEST, 400, property.group(1), "has the wrong type or format");
    }
    return Problem.of(
        ProblemType.MALFORMED_REQUEST, 400, "the body is not valid JSON for this request");
  }

  private static Problem fromSqlState(SQLException sql) {
    String state = sql.getSQLState();
    if ("23505".equals(state)) {
      return Problem.of(ProblemType.CONFLICT, 409, "a record with the same key already exists");
    }
    if ("23P01".equals(state)) {
      // An exclusion constraint: the period overlaps one already held (a bed, a booking).
      return Problem.of(
          ProblemType.CONFLICT, 409, "overlaps a period already held; nothing was saved");
    }
    if ("40P01".equals(state) || "40001".equals(state)) {
      // A deadlock or serialization failure: PostgreSQL rolled this transaction back whole.
      return Problem.of(
          ProblemType.CONFLICT,
          409,
          "a concurrent change got in the way; nothing was saved, try again");
    }
    if ("23503".equals(state) || "23514".equals(state) || "22001".equals(state)) {
      return Problem.of(ProblemType.RULE_VIOLATION, 422, "the data breaks a database rule");
    }
    return null;
  }

  private static Problem fromHttp(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    if (web instanceof jakarta.ws.rs.NotFoundException) {
      return Problem.of(ProblemType.NOT_FOUND, 404, "no such resource");
    }
    if (web instanceof NotAuthorizedException) {
      return Problem.of(ProblemType.UNAUTHENTICATED, 401, "sign in with a valid token");
    }
    if (web instanceof jakarta.ws.rs.ForbiddenException) {
      return Problem.of(ProblemType.FORBIDDEN, 403, "your role does not allow this operation");
    }
    if (web instanceof NotAllowedException) {
      return Problem.of(ProblemType.METHOD_NOT_ALLOWED, 405, web.getMessage());
    }
    if (web instanceof NotSupportedException) {
      return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, "send application/json");
    }
    if (web instanceof NotAcceptableException) {
      return Problem.of(ProblemType.NOT_ACCEPTABLE, 406, web.getMessage());
    }
    if (status >= 400 && status < 500) {
      return Problem.of(ProblemType.HTTP_ERROR, status, web.getMessage());
    }
    return null;
  }
}
