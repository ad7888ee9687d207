package ma.ofppt.cmc.server.it;

import static ma.ofppt.cmc.server.it.FinanceBooks.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ledger under concurrent appends: 16 writers in Dakhla-Oued Ed-Dahab and 8 in Rabat-Salé-
 * Kénitra at once (cities where no other test keeps books), each posting a payment on its own
 * budget line (so that no row lock but the ledger's own serialises them) and attaching evidence to
 * the payment and to its commitment. Afterwards each city's chain verifies, has exactly the entries
 * written, and its sequence numbers run 1..n without a gap or a repeat.
 */
class LedgerConcurrencyIT extends PlatformIT {
  private static final String CITY = "dakhla-oued-ed-dahab";
  private static final String SECOND = "rabat-sale-kenitra";
  private static final int YEAR = 2038;
  private static final int WRITERS = 16;
  private static final int SECOND_WRITERS = 8;
  private static final int WRITES_EACH = 3;

  /** One writer's work: a payment, then a document on it and one on its commitment. */
  private static Callable<List<String>> writer(
      FinanceBooks books, String commitmentId, CountDownLatch start) {
    return () -> {
      start.await();
      List<String> written = new ArrayList<>();
      Api.Reply paid = books.paymentReply(commitmentId, null, "10.00", split("6.00", "4.00"));
      assertEquals(201, paid.status(), paid.toString());
      String paymentId = paid.json().getString("id");
      written.add(paymentId);
      for (String path :
          List.of(
              "/api/v1/finance/payments/" + paymentId,
              "/api/v1/finance/commitments/" + commitmentId)) {
        Api.Reply attached = books.attach(path, "piece.pdf");
        assertEquals(201, attached.status(), attached.toString());
        written.add(attached.json().getString("id"));
      }
      return written;
    };
  }

  /** Per writer a budget line and a commitment on it, written before the race. */
  private static List<String> commitments(FinanceBooks books, int writers) {
    books.envelopes(YEAR, "1000000.00");
    String supplierId = books.supplier();
    List<String> commitments = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String lineId = books.line(YEAR, "1000.00", split("600.00", "400.00")).getString("id");
      commitments.add(
          books.commitment(lineId, supplierId, "100.00", split("60.00", "40.00")).getString("id"));
    }
    return commitments;
  }

  @Test
  void concurrentWritesInTwoCitiesLeaveEachChainWholeAndGapless() throws Exception {
    FinanceBooks first = new FinanceBooks(api, CITY);
    FinanceBooks second = new FinanceBooks(api, SECOND);
    List<String> firstCommitments = commitments(first, WRITERS);
    List<String> secondCommitments = commitments(second, SECOND_WRITERS);
    long firstBefore = first.verification().getJsonNumber("entries").longValue();
    long secondBefore = second.verification().getJsonNumber("entries").longValue();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + SECOND_WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> firstWork = new ArrayList<>();
    List<Future<List<String>>> secondWork = new ArrayList<>();
    try {
      for (int i = 0; i < WRITERS; i++) {
        firstWork.add(pool.submit(writer(first, firstCommitments.get(i), start)));
        if (i < SECOND_WRITERS) {
          secondWork.add(pool.submit(writer(second, secondCommitments.get(i), start)));
        }
      }
      start.countDown();
      assertChain(first, firstBefore, collect(firstWork), WRITERS * WRITES_EACH);
      assertChain(second, secondBefore, collect(secondWork), SECOND_WRITERS * WRITES_EACH);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<String> collect(List<Future<List<String>>> work) throws Exception {
    Set<String> written = new HashSet<>();
    for (Future<List<String>> f : work) {
      written.addAll(f.get(3, TimeUnit.MINUTES));
    }
    return written;
  }

  private static void assertChain(
      FinanceBooks books, long before, Set<String> written, int expected) {
    assertEquals(expected, written.size(), "records written in " + books.city);
    JsonObject verification = books.verification();
    assertTrue(verification.getBoolean("valid"), verification.toString());
    assertEquals(before + expected, verification.getJsonNumber("entries").longValue());

    List<JsonObject> chain = books.ledger();
    assertEquals(before + expected, chain.size(), books.city);
    List<Long> sequences = new ArrayList<>();
    for (JsonObject e : chain) {
      sequences.add(e.getJsonNumber("sequence").longValue());
    }
    List<Long> sorted = new ArrayList<>(sequences);
    Collections.sort(sorted);
    for (int i = 0; i < sorted.size(); i++) {
      assertEquals(i + 1L, sorted.get(i), books.city + ": a gap or a repeat at " + (i + 1));
    }
    assertEquals(sorted, sequences, books.city + ": entries come in sequence order");
    for (int i = 1; i < chain.size(); i++) {
      assertEquals(
          chain.get(i - 1).getString("hash"),
          chain.get(i).getString("previousHash"),
          books.city + ": entry " + (i + 1) + " chains to its predecessor");
    }
    // The new entries are exactly the records written, each once, and all of this city's.
    List<String> subjects = new ArrayList<>();
    for (JsonObject e : chain.subList((int) before, chain.size())) {
      subjects.add(e.getString("subjectId"));
    }
    assertEquals(expected, new HashSet<>(subjects).size(), books.city + ": an entry twice");
    assertEquals(written, new HashSet<>(subjects), books.city);
  }
}
