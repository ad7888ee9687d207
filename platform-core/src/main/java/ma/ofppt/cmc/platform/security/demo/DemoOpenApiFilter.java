package ma.ofppt.cmc.platform.security.demo;

import org.eclipse.microprofile.openapi.OASFilter;

/** Leaves the demo token endpoint out of the OpenAPI document outside demo mode. */
public class DemoOpenApiFilter implements OASFilter {
  @Override
  public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
    if (!DemoMode.isEnabled() && openAPI.getPaths() != null) {
      // The key carries the context root when there is one, so match on the ending.
      openAPI.getPaths().getPathItems().keySet().stream()
          .filter(path -> path.endsWith("/dev/tokens"))
          .toList()
          .forEach(openAPI.getPaths()::removePathItem);
    }
  }
}
