package ma.ofppt.cmc.console.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The platform's front door: the root and {@code /console} lead to the console's page, so that the
 * URL the run command prints opens it. The page itself and its scripts are static resources of this
 * jar ({@code META-INF/resources/console}).
 */
@WebServlet(urlPatterns = {"", "/console"})
public class ConsoleEntry extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/console/index.html");
  }
}
