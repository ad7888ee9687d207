package ma.ofppt.cmc.admissions.domain.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deferred acceptance the slow, obvious way, as an oracle: in rounds, every free applicant with a
 * wish left proposes to it at once; each programme keeps the best-ranked of what it held and what
 * it was offered, up to its seats, and rejects the rest.
 */
final class ReferenceDeferredAcceptance {
  private ReferenceDeferredAcceptance() {}

  /** Applicant → programme, unassigned applicants absent. */
  static Map<String, String> allocate(SelectionInstance instance) {
    Map<String, Integer> next = new HashMap<>();
    Map<String, List<String>> held = new LinkedHashMap<>();
    instance.seats.keySet().forEach(p -> held.put(p, new ArrayList<>()));
    List<String> free = new ArrayList<>(instance.wishes.keySet());
    free.forEach(a -> next.put(a, 0));
    while (true) {
      Map<String, List<String>> offers = new HashMap<>();
      for (String a : free) {
        List<String> wishes = instance.wishes.get(a);
        if (next.get(a) < wishes.size()) {
          offers.computeIfAbsent(wishes.get(next.get(a)), p -> new ArrayList<>()).add(a);
        }
      }
      if (offers.isEmpty()) {
        break;
      }
      List<String> nowFree = new ArrayList<>();
      for (Map.Entry<String, List<String>> offer : offers.entrySet()) {
        String p = offer.getKey();
        List<String> ranking = instance.rankings.get(p);
        List<String> pool = new ArrayList<>(held.get(p));
        pool.addAll(offer.getValue());
        pool.sort(Comparator.comparingInt(ranking::indexOf));
        int keep = Math.min(instance.seats.get(p), pool.size());
        held.put(p, new ArrayList<>(pool.subList(0, keep)));
        for (String rejected : pool.subList(keep, pool.size())) {
          next.merge(rejected, 1, Integer::sum);
          nowFree.add(rejected);
        }
      }
      // Applicants who proposed and were not rejected are held; the rejected try their next wish.
      free = nowFree;
    }
    Map<String, String> assignment = new HashMap<>();
    held.forEach((p, as) -> as.forEach(a -> assignment.put(a, p)));
    return assignment;
  }
}
