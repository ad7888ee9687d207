package ma.ofppt.cmc.platform.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Every resource method that reads a request body gets a 400 naming {@code body} when the body is
 * missing, so that no resource has to check for a null request itself. (A {@code @NotNull} on the
 * body parameter would say the same, but it crashes Payara's OpenAPI generator, which takes any
 * constrained parameter for a path parameter.)
 */
@Provider
public class RequiredBodyFeature implements DynamicFeature {
  private static final Set<Class<? extends Annotation>> NOT_A_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  private static final ContainerRequestFilter REQUIRE_BODY =
      request -> {
        if (!request.hasEntity()) {
          request.abortWith(
              Problem.invalidField(
                      ProblemType.INVALID_INPUT, 400, "body", "a JSON body is required")
                  .toResponse());
        }
      };

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (readsBody(resource.getResourceMethod())) {
      context.register(REQUIRE_BODY);
    }
  }

  static boolean readsBody(Method method) {
    return Arrays.stream(method.getParameterAnnotations())
        .anyMatch(
            annotations ->
                Arrays.stream(annotations).noneMatch(a -> NOT_A_BODY.contains(a.annotationType())));
  }
}
