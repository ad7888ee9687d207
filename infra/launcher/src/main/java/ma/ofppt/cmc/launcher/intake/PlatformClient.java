package ma.ofppt.cmc.launcher.intake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The calls the intake command makes to a running platform, as any client would: a demo token for a
 * city's staff, the city's programmes of an intake, an import of a file and its job, and the
 * intake's admissions figures. A refused or unexpected answer is a {@link PlatformException} naming
 * the call, the status and the body.
 */
public final class PlatformClient {
  private static final int PAGE_SIZE = 500;

  private final URI base;
  private final HttpClient http;

  /**
   * @param base the platform's address, e.g. {@code http://localhost:8080}
   */
  public PlatformClient(URI base) {
    String url = Objects.requireNonNull(base, "base").toString();
    this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** An answer the platform should not have given, or a refusal. */
  public static final class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    PlatformException(String call, int status, String body) {
      super(call + " answered " + status + ": " + shorten(body));
      this.status = status;
    }

    /** The HTTP status the platform answered. */
    public int status() {
      return status;
    }

    private static String shorten(String body) {
      return body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }
  }

  /** An import job as {@code GET /api/v1/imports/{id}} shows it. */
  public record ImportJob(
      String id,
      String status,
      int rowsRead,
      int imported,
      int alreadyPresent,
      int rejected,
      String failure,
      String createdAt,
      String finishedAt) {

    /** Whether the job has ended, completed or failed. */
    public boolean isFinished() {
      return "COMPLETED".equals(status) || "FAILED".equals(status);
    }
  }

  /**
   * The city's line of an intake's admissions figures, and the first choices per seat of each level
   * (docs/admissions-figures.md).
   */
  public record Figures(
      long firstYearSeats,
      long applications,
      BigDecimal demandRate,
      SortedMap<String, BigDecimal> applicantsPerSeatByLevel) {}

  /**
   * A demo token for one role of a city's staff ({@code POST /api/dev/tokens}); the platform must
   * run in demo mode.
   */
  public String demoToken(String city, String role) {
    String body = "{\"tenant\":" + Json.quote(city) + ",\"roles\":[" + Json.quote(role) + "]}";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    if (response.statusCode() == 404) {
      throw new PlatformException(
          "POST /api/dev/tokens (is " + base + " running in demo mode?)", 404, response.body());
    }
    return string(object(expect("POST /api/dev/tokens", response, 200)), "token");
  }

  /**
   * The active programmes of the token's city that open first-year seats in the intake, with what
   * the generator needs of them.
   */
  public List<IntakeGenerator.Programme> programmes(String token, String academicYear) {
    List<IntakeGenerator.Programme> programmes = new ArrayList<>();
    long total = Long.MAX_VALUE;
    for (int page = 0; (long) page * PAGE_SIZE < total; page++) {
      String path = "/api/v1/programmes?status=ACTIVE&size=" + PAGE_SIZE + "&page=" + page;
      Map<String, Object> result = object(get(path, token));
      total = integer(result, "total");
      List<Object> items = array(result, "items");
      if (items.isEmpty()) {
        break;
      }
      for (Object item : items) {
        Map<String, Object> programme = object(item);
        for (Object i : array(programme, "intakes")) {
          Map<String, Object> intake = object(i);
          if (academicYear.equals(string(intake, "academicYear"))
              && integer(intake, "firstYearSeats") > 0) {
            programmes.add(
                new IntakeGenerator.Programme(
                    string(programme, "code"),
                    string(programme, "level"),
                    (int) integer(intake, "firstYearSeats"),
                    (int) integer(programme, "targetAgeMin"),
                    (int) integer(programme, "targetAgeMax"),
                    Education.valueOf(string(programme, "minimumEducation"))));
          }
        }
      }
    }
    return List.copyOf(programmes);
  }

  /**
   * Uploads a CSV file, streamed from disk, as an import of applications for the intake ({@code
   * POST /api/v1/imports}); the platform answers at once with the job to follow.
   */
  public ImportJob startImport(String token, String academicYear, Path file) {
    String path =
        "/api/v1/imports?academicYear="
            + encode(academicYear)
            + "&fileName="
            + encode(file.getFileName().toString());
    HttpRequest.BodyPublisher body;
    try {
      body = HttpRequest.BodyPublishers.ofFile(file);
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(body));
    return job(object(expect("POST " + path, response, 202)));
  }

  /** An import's progress and counts ({@code GET /api/v1/imports/{id}}). */
  public ImportJob importJob(String token, String id) {
    return job(object(get("/api/v1/imports/" + encode(id), token)));
  }

  /** The first rows an import rejected, as "row N, field: reason". */
  public List<String> importErrors(String token, String id, int limit) {
    Map<String, Object> page =
        object(get("/api/v1/imports/" + encode(id) + "/errors?size=" + limit, token));
    List<String> errors = new ArrayList<>();
    for (Object item : array(page, "items")) {
      Map<String, Object> error = object(item);
      errors.add(
          "row "
              + integer(error, "row")
              + ", "
              + string(error, "field")
              + ": "
              + string(error, "reason"));
    }
    return errors;
  }

  /** The intake's admissions figures ({@code GET /api/v1/admissions/{year}/figures}). */
  public Figures figures(String token, String academicYear) {
    Map<String, Object> figures =
        object(get("/api/v1/admissions/" + encode(academicYear) + "/figures", token));
    Map<String, Object> city = object(figures.get("city"));
    SortedMap<String, BigDecimal> perSeat = new TreeMap<>();
    for (Object group : array(figures, "byLevel")) {
      Map<String, Object> level = object(group);
      BigDecimal ratio = decimalOrNull(object(level.get("figures")), "applicantsPerSeat");
      if (ratio != null) {
        perSeat.put(string(level, "key"), ratio);
      }
    }
    return new Figures(
        integer(city, "firstYearSeats"),
        integer(city, "applications"),
        decimalOrNull(city, "demandRate"),
        perSeat);
  }

  /** A {@code GET} with the token's rights, expecting 200; the answer, parsed (object or array). */
  public Object getJson(String path, String token) {
    return get(path, token);
  }

  /**
   * Sends a JSON body with the token's rights ({@code POST} or {@code PUT}) and expects one status;
   * the answer, parsed. Used by the commands that build data through the API, one call at a time.
   */
  public Map<String, Object> sendJson(
      String method, String path, String token, String json, int expected) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    return object(expect(method + " " + path, response, expected));
  }

  /**
   * Sends raw bytes (a document: PDF, PNG, JPEG) with the token's rights and expects one status;
   * the answer, parsed.
   */
  public Map<String, Object> sendBytes(
      String method, String path, String token, String contentType, byte[] body, int expected) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    return object(expect(method + " " + path, response, expected));
  }

  private Object get(String path, String token) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET());
    return expect("GET " + path, response, 200);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + built.uri(), e);
    }
  }

  private static Object expect(String call, HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new PlatformException(call, response.statusCode(), response.body());
    }
    try {
      return Json.parse(response.body());
    } catch (IllegalArgumentException e) {
      throw new PlatformException(call + " (" + e.getMessage() + ")", status, response.body());
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static ImportJob job(Map<String, Object> job) {
    return new ImportJob(
        string(job, "id"),
        string(job, "status"),
        (int) integer(job, "rowsRead"),
        (int) integer(job, "imported"),
        (int) integer(job, "alreadyPresent"),
        (int) integer(job, "rejected"),
        (String) job.get("failure"),
        (String) job.get("createdAt"),
        (String) job.get("finishedAt"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("a JSON object was expected, not " + value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Map<String, Object> object, String name) {
    if (object.get(name) instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new IllegalArgumentException("'" + name + "' is not an array in " + object);
  }

  private static String string(Map<String, Object> object, String name) {
    if (object.get(name) instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("'" + name + "' is not a string in " + object);
  }

  /** A rate, which the platform leaves null where there is no seat. */
  private static BigDecimal decimalOrNull(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    throw new IllegalArgumentException("'" + name + "' is not a number in " + object);
  }

  private static long integer(Map<String, Object> object, String name) {
    if (object.get(name) instanceof BigDecimal number) {
      return number.longValueExact();
    }
    throw new IllegalArgumentException("'" + name + "' is not a number in " + object);
  }
}
