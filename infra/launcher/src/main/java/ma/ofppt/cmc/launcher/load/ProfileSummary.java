package ma.ofppt.cmc.launcher.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's time goes, from a JFR recording of it ({@code settings=profile}): its CPU
 * samples ({@code jdk.ExecutionSample}) split by thread (request threads, the consolidation relay,
 * the rest), then, for the request threads, by the platform's resource method they ran under (which
 * endpoint costs what), by the library their top frame is in (where inside a request) and by the
 * top frames themselves.
 *
 * <pre>
 * java -cp infra/launcher/target/cmc-launcher-runnable.jar \
 *     ma.ofppt.cmc.launcher.load.ProfileSummary server.jfr [rows]
 * </pre>
 */
public final class ProfileSummary {
  private static final String PLATFORM = "ma.ofppt.cmc.";

  /** Libraries by package prefix, most specific first; a top frame in none is "other". */
  private static final List<String[]> LIBRARIES =
      List.of(
          new String[] {"org.postgresql.", "PostgreSQL JDBC driver"},
          new String[] {"org.eclipse.persistence.", "EclipseLink"},
          new String[] {"org.glassfish.jersey.", "Jersey (JAX-RS)"},
          new String[] {"org.jboss.weld.", "Weld (CDI)"},
          new String[] {"org.eclipse.yasson.", "Yasson (JSON-B)"},
          new String[] {"org.glassfish.json.", "JSON-P"},
          new String[] {"org.eclipse.parsson.", "JSON-P"},
          new String[] {"org.hibernate.validator.", "Hibernate Validator"},
          new String[] {"com.sun.enterprise.", "Payara / GlassFish"},
          new String[] {"fish.payara.", "Payara / GlassFish"},
          new String[] {"org.glassfish.", "Payara / GlassFish"},
          new String[] {"org.apache.catalina.", "Payara web container"},
          new String[] {"org.apache.camel.", "Camel"},
          new String[] {"io.smallrye.", "SmallRye (MicroProfile)"},
          new String[] {"com.nimbusds.", "JWT"},
          new String[] {"org.jose4j.", "JWT"},
          new String[] {PLATFORM, "the platform's own code"},
          new String[] {"java.", "JDK"},
          new String[] {"javax.", "JDK"},
          new String[] {"jdk.", "JDK"},
          new String[] {"sun.", "JDK"},
          new String[] {"com.sun.", "JDK"});

  private final Map<String, Long> byThread = new HashMap<>();
  private final Map<String, Long> byResource = new HashMap<>();
  private final Map<String, Long> byLibrary = new HashMap<>();
  private final Map<String, Long> byTopFrame = new HashMap<>();
  private final Map<String, Long> byPlatformFrame = new HashMap<>();
  private final Map<String, Long> consolidationByPlatformFrame = new HashMap<>();
  private long samples;
  private long requestSamples;
  private long consolidationSamples;
  private static final String REQUESTS = "request threads";
  private static final String CONSOLIDATION = "consolidation (relay, Camel)";

  private ProfileSummary() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println(
          "Usage: java -cp infra/launcher/target/cmc-launcher-runnable.jar"
              + " ma.ofppt.cmc.launcher.load.ProfileSummary RECORDING.jfr [rows (default 15)]");
      System.exit(2);
    }
    int rows = args.length == 2 ? Integer.parseInt(args[1]) : 15;
    ProfileSummary summary = new ProfileSummary();
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if ("jdk.ExecutionSample".equals(event.getEventType().getName())) {
          summary.add(event);
        }
      }
    }
    summary.print(System.out, rows);
  }

  private void add(RecordedEvent sample) {
    RecordedStackTrace stack = sample.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    samples++;
    String thread =
        sample.getThread("sampledThread") == null
            ? "?"
            : String.valueOf(sample.getThread("sampledThread").getJavaName());
    String kind = threadKind(thread);
    byThread.merge(kind, 1L, Long::sum);
    List<RecordedFrame> frames = stack.getFrames();
    if (kind.equals(CONSOLIDATION)) {
      consolidationSamples++;
      consolidationByPlatformFrame.merge(outermostPlatformFrame(frames), 1L, Long::sum);
    }
    if (!kind.equals(REQUESTS)) {
      return;
    }
    requestSamples++;
    String top = frames.get(0).getMethod().getType().getName();
    byLibrary.merge(library(top), 1L, Long::sum);
    byTopFrame.merge(name(frames.get(0)), 1L, Long::sum);
    String platformFrame = null;
    String resource = null;
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(PLATFORM)) {
        if (platformFrame == null) {
          platformFrame = name(frame);
        }
        // The outermost frame of a resource class: the endpoint the request runs.
        if (type.contains(".api.") && !type.contains("$Proxy")) {
          resource = name(frame);
        }
      }
    }
    byPlatformFrame.merge(platformFrame == null ? "(none)" : platformFrame, 1L, Long::sum);
    byResource.merge(resource == null ? "(not under a resource)" : resource, 1L, Long::sum);
  }

  /**
   * The platform's method nearest the bottom of the stack that is not the relay's loop itself: what
   * the consolidation thread was asked to do (a city's snapshot, a publication).
   */
  private static String outermostPlatformFrame(List<RecordedFrame> frames) {
    String outermost = "(none)";
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (type.startsWith(PLATFORM) && !type.contains("$Proxy")) {
        outermost = name(frame);
        if (!type.contains("Relay")) {
          break;
        }
      }
    }
    return outermost;
  }

  private static String threadKind(String thread) {
    if (thread.startsWith("http-thread-pool")) {
      return REQUESTS;
    }
    if (thread.contains("relay") || thread.contains("Camel") || thread.contains("camel")) {
      return CONSOLIDATION;
    }
    if (thread.startsWith("C1 ") || thread.startsWith("C2 ") || thread.contains("GC")) {
      return "JVM";
    }
    return "other: " + thread.replaceAll("[-(\\[]?\\d+[)\\]]?$", "").strip();
  }

  private static String library(String type) {
    for (String[] library : LIBRARIES) {
      if (type.startsWith(library[0])) {
        return library[1];
      }
    }
    return "other";
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }

  private void print(PrintStream out, int rows) {
    out.printf(
        Locale.ROOT, "%,d CPU samples, %,d of them on request threads%n", samples, requestSamples);
    table(out, "by thread (of all samples)", byThread, samples, rows);
    table(
        out,
        "request samples by endpoint (outermost resource method)",
        byResource,
        requestSamples,
        rows);
    table(out, "request samples by library of the top frame", byLibrary, requestSamples, rows);
    table(
        out,
        "request samples by the innermost platform frame",
        byPlatformFrame,
        requestSamples,
        rows);
    table(out, "request samples by top frame", byTopFrame, requestSamples, rows);
    table(
        out,
        "consolidation samples by the innermost platform frame",
        consolidationByPlatformFrame,
        consolidationSamples,
        rows);
  }

  private static void table(
      PrintStream out, String title, Map<String, Long> counts, long total, int rows) {
    out.println();
    out.println("| " + title + " | samples | share |");
    out.println("|---|---:|---:|");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(rows)
        .forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.1f %% |%n",
                    e.getKey(),
                    e.getValue(),
                    total == 0 ? 0.0 : 100.0 * e.getValue() / total));
  }
}
