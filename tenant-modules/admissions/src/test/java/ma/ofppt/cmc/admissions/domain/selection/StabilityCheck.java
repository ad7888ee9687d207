package ma.ofppt.cmc.admissions.domain.selection;

import java.util.List;
import java.util.Map;

/** The definition of a stable allocation, checked naively over names. */
final class StabilityCheck {
  private StabilityCheck() {}

  /**
   * Whether the assignment (applicant → programme; unassigned applicants absent) respects the seats
   * and the wishes and leaves no blocking pair: an applicant who wants a programme more than what
   * they got, where the programme has a free seat or admitted someone it ranks lower.
   */
  static boolean isStable(SelectionInstance instance, Map<String, String> assignment) {
    return blockingPair(instance, assignment) == null;
  }

  /** A description of what is wrong, or null if the assignment is stable. */
  static String blockingPair(SelectionInstance instance, Map<String, String> assignment) {
    for (Map.Entry<String, Integer> programme : instance.seats.entrySet()) {
      long admitted = assignment.values().stream().filter(programme.getKey()::equals).count();
      if (admitted > programme.getValue()) {
        return programme.getKey() + " over capacity";
      }
    }
    for (Map.Entry<String, List<String>> applicant : instance.wishes.entrySet()) {
      String a = applicant.getKey();
      List<String> wishes = applicant.getValue();
      String held = assignment.get(a);
      if (held != null && !wishes.contains(held)) {
        return a + " assigned to " + held + " which they did not wish";
      }
      int heldAt = held == null ? wishes.size() : wishes.indexOf(held);
      for (String p : wishes.subList(0, heldAt)) {
        List<String> ranking = instance.rankings.get(p);
        long taken = assignment.values().stream().filter(p::equals).count();
        if (taken < instance.seats.get(p)) {
          return a + " wants " + p + " which has a free seat";
        }
        for (Map.Entry<String, String> other : assignment.entrySet()) {
          if (other.getValue().equals(p) && ranking.indexOf(a) < ranking.indexOf(other.getKey())) {
            return a + " wants " + p + " which ranks them above " + other.getKey();
          }
        }
      }
    }
    return null;
  }
}
