package ma.ofppt.cmc.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The drain turns readiness DOWN at once and stops only after its time, or at a second signal (the
 * readiness answer itself is read through {@code /health/ready} in TwoInstancesIT).
 */
class ShutdownDrainTest {
  @Test
  void readyUntilTheSignalThenDownForTheDrainThenStops() throws InterruptedException {
    ShutdownDrain drain = new ShutdownDrain(300);
    assertFalse(drain.draining());

    CountDownLatch stopped = new CountDownLatch(1);
    long signalled = System.nanoTime();
    long[] stoppedAfter = new long[1];
    drain.drain(
        () -> {
          stoppedAfter[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
          stopped.countDown();
        });

    assertTrue(drain.draining(), "readiness is DOWN from the signal on");
    assertFalse(stopped.await(100, TimeUnit.MILLISECONDS), "still serving during the drain");
    assertTrue(stopped.await(5, TimeUnit.SECONDS), "stopped after the drain");
    assertTrue(stoppedAfter[0] >= 300, "stopped after " + stoppedAfter[0] + " ms");
  }

  @Test
  void aSecondSignalStopsAtOnce() {
    ShutdownDrain drain = new ShutdownDrain(60_000);
    drain.drain(() -> {});
    boolean[] stopped = new boolean[1];
    drain.drain(() -> stopped[0] = true);
    assertTrue(stopped[0], "the second signal ran the stop on its own thread");
  }

  @Test
  void aNegativeDrainIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ShutdownDrain(-1));
  }
}
