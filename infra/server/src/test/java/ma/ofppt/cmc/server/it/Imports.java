package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Uploads an application file and follows its import job as a client would. */
final class Imports {
  private static final Duration LIMIT = Duration.ofSeconds(120);

  private Imports() {}

  static Api.Reply upload(Api api, String token, String year, String csv) {
    return api.send(
        "POST",
        "/api/v1/imports?academicYear=" + year + "&fileName=inscriptions.csv",
        token,
        csv,
        Map.of("Content-Type", "text/csv"));
  }

  /** Uploads for 2025-2026, expects the job accepted, and returns it as it ended. */
  static JsonObject importAndWait(Api api, String token, String csv) {
    Api.Reply started = upload(api, token, "2025-2026", csv);
    assertEquals(202, started.status(), started::toString);
    assertTrue(started.json().getString("status").matches("QUEUED|RUNNING|COMPLETED"));
    return waitFor(api, token, started.json().getString("id"));
  }

  /** Polls the job until it has ended (bounded). */
  static JsonObject waitFor(Api api, String token, String jobId) {
    Instant deadline = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(deadline)) {
      JsonObject job = api.get("/api/v1/imports/" + jobId, token).json();
      if (job.getString("status").equals("COMPLETED") || job.getString("status").equals("FAILED")) {
        return job;
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
    throw new AssertionError("import " + jobId + " did not end within " + LIMIT.toSeconds() + " s");
  }
}
