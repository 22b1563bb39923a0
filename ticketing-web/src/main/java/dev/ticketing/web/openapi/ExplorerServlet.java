package dev.ticketing.web.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The OpenAPI explorer at {@code /openapi-ui/}: Swagger UI from its WebJar (bundled in the WAR,
 * nothing fetched from a CDN), pointed at this server's {@code /openapi}.
 */
@WebServlet(urlPatterns = "/openapi-ui/*")
public class ExplorerServlet extends HttpServlet {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "png", "image/png",
          "map", "application/json");

  private final String webjar = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null) { // /openapi-ui without the slash: relative links need it
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    String file = path.equals("/") ? "index.html" : path.substring(1);
    if (file.contains("..") || !file.matches("[A-Za-z0-9._-]+")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (file.equals("swagger-initializer.js")) {
      serveInitializer(request, response);
      return;
    }
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(webjar + file)) {
      if (in == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      String extension = file.substring(file.lastIndexOf('.') + 1);
      response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
      response.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(response.getOutputStream());
    }
  }

  /** Replaces the WebJar's initializer, which points at a demo API on the internet. */
  private void serveInitializer(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(TYPES.get("js"));
    response.setHeader("Cache-Control", "no-cache");
    String script =
        "window.onload = function () {\n"
            + "  window.ui = SwaggerUIBundle({\n"
            + "    url: '/openapi',\n"
            + "    dom_id: '#swagger-ui',\n"
            + "    deepLinking: true,\n"
            + "    tryItOutEnabled: false,\n"
            + "    requestSnippetsEnabled: true,\n"
            + "    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],\n"
            + "    plugins: [SwaggerUIBundle.plugins.DownloadUrl],\n"
            + "    layout: 'StandaloneLayout'\n"
            + "  });\n"
            + "};\n";
    response.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
  }

  private static String swaggerUiVersion() {
    try (InputStream in =
        ExplorerServlet.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the swagger-ui WebJar is missing from the WAR", e);
    }
  }
}
