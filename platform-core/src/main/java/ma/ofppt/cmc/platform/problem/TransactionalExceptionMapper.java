package ma.ofppt.cmc.platform.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at commit (a unique key lost to a concurrent request, a stale version) reaches JAX-RS
 * as a {@link TransactionalException}. Jersey ships a mapper for exactly this type that rethrows,
 * which ends in the container's HTML error page; this one, for the same type and with a higher
 * priority, answers with the same problem the cause would have produced.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {
  private final ThrowableMapper classifier = new ThrowableMapper();

  @Override
  public Response toResponse(TransactionalException exception) {
    return classifier.classify(exception).toResponse();
  }
}
