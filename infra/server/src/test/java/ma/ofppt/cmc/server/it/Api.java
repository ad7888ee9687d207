package ma.ofppt.cmc.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A black-box client of the platform's HTTP API, as any caller would use it. */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String base;

  public Api(URL base) {
    String url = base.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String base() {
    return base;
  }

  /** A demo token for a city's staff. */
  public String cityToken(String tenant, String... roles) {
    return token(
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("roles", Json.createArrayBuilder(java.util.List.of(roles)))
            .build());
  }

  public String hqToken() {
    return token(
        Json.createObjectBuilder()
            .add("roles", Json.createArrayBuilder().add("hq-analyst"))
            .build());
  }

  /** A demo token for a regional council's auditor: the region is in the token, nowhere else. */
  public String auditorToken(String region) {
    return token(
        Json.createObjectBuilder()
            .add("region", region)
            .add("roles", Json.createArrayBuilder().add("region-auditor"))
            .build());
  }

  public String platformAdminToken() {
    return token(
        Json.createObjectBuilder()
            .add("roles", Json.createArrayBuilder().add("platform-admin"))
            .build());
  }

  public String token(JsonObject request) {
    Reply reply = post("/api/dev/tokens", null, request);
    if (reply.status() != 200) {
      throw new IllegalStateException("no demo token: " + reply);
    }
    return reply.json().getString("token");
  }

  public Reply get(String path, String token) {
    return send("GET", path, token, null, Map.of());
  }

  public Reply post(String path, String token, JsonStructure body) {
    return send("POST", path, token, body == null ? null : body.toString(), Map.of());
  }

  public Reply put(String path, String token, JsonStructure body) {
    return send("PUT", path, token, body == null ? null : body.toString(), Map.of());
  }

  public Reply delete(String path, String token) {
    return send("DELETE", path, token, null, Map.of());
  }

  public Reply send(
      String method, String path, String token, String body, Map<String, String> headers) {
    byte[] bytes = body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return sendBytes(method, path, token, bytes, headers);
  }

  /** Sends a body exactly as these bytes (a binary file, a text in another encoding). */
  public Reply sendBytes(
      String method, String path, String token, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    if (!headers.containsKey("Accept")) {
      request.header("Accept", "application/json, application/problem+json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET whose answer is kept as bytes (a download, a workbook, a zip). */
  public HttpResponse<byte[]> getBytes(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer. */
  public record Reply(int status, String contentType, String body) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    /** The field a problem names, or null. */
    public String problemField() {
      JsonObject problem = json();
      return problem.containsKey("field")
              && problem.get("field").getValueType() == JsonValue.ValueType.STRING
          ? problem.getString("field")
          : null;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
