package ma.ofppt.cmc.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on request DTOs and parameters: 400, one entry per field. Declared for
 * the exact exception type so that it wins over the JAX-RS runtime's own validation mapper.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.isEmpty()
            ? exception.getMessage()
            : errors.get(0).field() + ": " + errors.get(0).message();
    return new Problem(
            ProblemType.INVALID_INPUT, 400, ProblemType.INVALID_INPUT.title(), detail, errors)
        .toResponse();
  }

  /**
   * {@code create.request.name.fr} becomes {@code name.fr}; a bare parameter ({@code list.size})
   * keeps its own name, which is also its query-parameter name.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter != null ? parameter : "request";
  }
}
