package ma.ofppt.cmc.console.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For whoever works on the console: with {@code cmc.console.source-dir} set to the console's source
 * folder ({@code infra/console/src/main/resources/META-INF/resources/console}), its scripts and
 * styles are served from there, so that an edit shows on the next reload without a rebuild. Unset
 * (always, in production) this filter passes every request on untouched. {@code index.html} always
 * comes from the jar, where Maven wrote the libraries' versions into it.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleSourceFiles extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private transient Path source;

  @Override
  public void init() {
    Optional<String> configured =
        ConfigProvider.getConfig().getOptionalValue("cmc.console.source-dir", String.class);
    source =
        configured
            .filter(s -> !s.isBlank())
            .map(s -> Path.of(s).toAbsolutePath().normalize())
            .orElse(null);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (source != null) {
      String relative =
          request
              .getRequestURI()
              .substring(request.getContextPath().length() + "/console/".length());
      Path file = source.resolve(relative).normalize();
      if (!relative.isEmpty()
          && !relative.equals("index.html")
          && file.startsWith(source)
          && Files.isRegularFile(file)) {
        response.setContentType(
            request.getServletContext().getMimeType(file.getFileName().toString()));
        response.setHeader("Cache-Control", "no-store");
        Files.copy(file, response.getOutputStream());
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
