package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document covers every endpoint: each resource method found in the code, with its HTTP
 * method, must appear in {@code /openapi}, so a new endpoint cannot go undocumented.
 */
class OpenApiIT extends PlatformIT {
  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

  @Test
  void everyResourceMethodIsDocumented() {
    Api.Reply reply = api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
    assertEquals(200, reply.status(), reply::toString);
    JsonObject paths = reply.json().getJsonObject("paths");

    Set<String> missing = new TreeSet<>();
    Set<String> expected = endpointsInCode();
    assertTrue(expected.size() >= 20, "the code has the platform's endpoints: " + expected);
    for (String endpoint : expected) {
      String[] verbAndPath = endpoint.split(" ", 2);
      JsonObject item = paths.getJsonObject(verbAndPath[1]);
      if (item == null || !item.containsKey(verbAndPath[0])) {
        missing.add(endpoint);
      }
    }
    assertEquals(Set.of(), missing, "documented paths: " + paths.keySet());
  }

  /** "verb /api/path/{param}" for every resource method of the platform. */
  private static Set<String> endpointsInCode() {
    Set<String> endpoints = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.ofppt.cmc")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> resource = type.reflect();
      String base = "/api" + normalise(resource.getAnnotation(Path.class).value());
      for (Method method : resource.getDeclaredMethods()) {
        for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
          if (method.isAnnotationPresent(verb.getKey())) {
            Path sub = method.getAnnotation(Path.class);
            endpoints.add(
                verb.getValue() + " " + base + (sub == null ? "" : normalise(sub.value())));
          }
        }
      }
    }
    return endpoints;
  }

  private static String normalise(String path) {
    String withSlash = path.startsWith("/") ? path : "/" + path;
    return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
  }
}
