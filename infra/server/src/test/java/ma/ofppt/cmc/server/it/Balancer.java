package ma.ofppt.cmc.server.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simplest load balancer in front of several platform instances, for the test that runs two of
 * them: round robin over the backends whose {@code /health/ready} answered 200 at the last probe
 * (every 200 ms), each answer tagged with the backend that gave it ({@code X-Cmc-Backend}) and
 * counted per backend.
 *
 * <p>A request is tried on another backend only when the first one failed before any byte of its
 * answer arrived (connection refused, or closed before the status line): then the caller has seen
 * nothing, and the balancer can still give it one whole answer from elsewhere. Once a backend has
 * started to answer, it has handled the request; sending the request again would do it twice (a
 * write stored twice), and the caller gets a 502 instead. Even a request that reached a dying
 * backend and got no answer may have been committed there: a retried write then meets its own first
 * copy (an application is unique per national id and intake, so the retry is a 409, never a second
 * row). The test counts both kinds and checks what was stored. The one answer taken for a refusal
 * is the 503 page of a container that is stopping (see {@link #stoppingContainer}).
 */
final class Balancer implements AutoCloseable {
  static final String BACKEND_HEADER = "X-Cmc-Backend";
  private static final Set<String> FORWARDED =
      Set.of("authorization", "content-type", "accept", "accept-language");
  private static final Set<String> NOT_RETURNED =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "date");

  /** One instance behind the balancer, with what it served. */
  static final class Backend {
    private final String name;
    private final String base;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger failedBeforeAnswer = new AtomicInteger();

    Backend(String name, URL base) {
      this.name = name;
      String url = base.toString();
      this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String name() {
      return name;
    }

    boolean ready() {
      return ready.get();
    }

    int served() {
      return served.get();
    }

    int failedBeforeAnswer() {
      return failedBeforeAnswer.get();
    }
  }

  private final List<Backend> backends;
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newFixedThreadPool(48);
  private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final AtomicLong next = new AtomicLong();
  private final AtomicInteger retried = new AtomicInteger();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicInteger refusedWhileStopping = new AtomicInteger();

  Balancer(List<Backend> backends) throws IOException {
    this.backends = List.copyOf(backends);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    backends.forEach(this::probe);
    prober.scheduleWithFixedDelay(
        () -> this.backends.forEach(this::probe), 200, 200, TimeUnit.MILLISECONDS);
    server.start();
  }

  URL base() {
    try {
      return URI.create("http://localhost:" + server.getAddress().getPort()).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Backend> backends() {
    return backends;
  }

  /** Requests sent again to another backend after the first failed before answering. */
  int retried() {
    return retried.get();
  }

  /** Requests the balancer could not get any whole answer for (it answered 502). */
  int unanswered() {
    return unanswered.get();
  }

  private void probe(Backend backend) {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(backend.base + "/health/ready"))
            .timeout(Duration.ofSeconds(1))
            .build();
    boolean up;
    try {
      up = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException down) {
      // A backend that does not answer its probe is out of the rotation until it does.
      up = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    backend.ready.set(up);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      int start = (int) (next.getAndIncrement() % backends.size());
      for (int i = 0; i < backends.size(); i++) {
        Backend backend = backends.get((start + i) % backends.size());
        if (!backend.ready()) {
          continue;
        }
        Attempt attempt = forward(exchange, body, backend);
        if (attempt.response != null && stoppingContainer(attempt.response)) {
          // Not the platform's answer: the container refused it, the application never ran it.
          backend.failedBeforeAnswer.incrementAndGet();
          backend.ready.set(false);
          refusedWhileStopping.incrementAndGet();
          retried.incrementAndGet();
          continue;
        }
        if (attempt.response != null) {
          backend.served.incrementAndGet();
          reply(exchange, backend, attempt.response);
          return;
        }
        backend.failedBeforeAnswer.incrementAndGet();
        if (attempt.answerStarted) {
          break;
        }
        // Nothing of an answer came back: out of the rotation until its probe says otherwise.
        backend.ready.set(false);
        retried.incrementAndGet();
      }
      unanswered.incrementAndGet();
      byte[] problem =
          ("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
                  + "\"detail\":\"no backend answered\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
      exchange.sendResponseHeaders(502, problem.length);
      exchange.getResponseBody().write(problem);
    }
  }

  /**
   * Payara Micro, stopping after SIGTERM, undeploys the application while its listener still
   * accepts: it answers 503 with its own HTML error page, before any of the platform's code runs
   * (the platform's own 503s are problem+json). Such a request was not handled and may go
   * elsewhere, as one refused at connection.
   */
  private static boolean stoppingContainer(HttpResponse<byte[]> response) {
    return response.statusCode() == 503
        && !response.headers().firstValue("Content-Type").orElse("").contains("json");
  }

  /** 503s of a stopping container (see {@link #stoppingContainer}), sent to another backend. */
  int refusedWhileStopping() {
    return refusedWhileStopping.get();
  }

  private record Attempt(HttpResponse<byte[]> response, boolean answerStarted) {}

  private Attempt forward(HttpExchange exchange, byte[] body, Backend backend) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(backend.base + exchange.getRequestURI()))
            .timeout(Duration.ofSeconds(60))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (FORWARDED.contains(header.getKey().toLowerCase())) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    AtomicBoolean answerStarted = new AtomicBoolean();
    try {
      HttpResponse<byte[]> response =
          http.send(
              request.build(),
              info -> {
                answerStarted.set(true);
                return HttpResponse.BodySubscribers.ofByteArray();
              });
      return new Attempt(response, true);
    } catch (IOException failed) {
      // Refused, reset or closed: whether another backend may try is decided by the caller.
      return new Attempt(null, answerStarted.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, answerStarted.get());
    }
  }

  private static void reply(HttpExchange exchange, Backend backend, HttpResponse<byte[]> response)
      throws IOException {
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!NOT_RETURNED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
              }
            });
    exchange.getResponseHeaders().set(BACKEND_HEADER, backend.name);
    byte[] bytes = response.body();
    exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    prober.shutdownNow();
    handlers.shutdownNow();
  }
}
