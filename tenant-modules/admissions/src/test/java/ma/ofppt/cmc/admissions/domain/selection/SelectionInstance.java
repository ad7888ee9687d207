package ma.ofppt.cmc.admissions.domain.selection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Test data for allocations, written with short names ("x", "A") that map to fixed UUIDs: the
 * applicants' wishes, the programmes' seats and rankings, and a textual rendering of a result.
 */
final class SelectionInstance {
  final Map<String, List<String>> wishes = new LinkedHashMap<>();
  final Map<String, Integer> seats = new LinkedHashMap<>();
  final Map<String, List<String>> rankings = new LinkedHashMap<>();
  private final Map<UUID, String> names = new HashMap<>();

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  SelectionInstance applicant(String name, String... programmes) {
    wishes.put(name, List.of(programmes));
    names.put(id(name), name);
    return this;
  }

  SelectionInstance programme(String name, int seatCount, String... ranking) {
    seats.put(name, seatCount);
    rankings.put(name, List.of(ranking));
    names.put(id(name), name);
    return this;
  }

  String name(UUID id) {
    String name = names.get(id);
    if (name == null) {
      throw new IllegalArgumentException("unknown id " + id);
    }
    return name;
  }

  List<String> names(List<UUID> ids) {
    List<String> result = new ArrayList<>(ids.size());
    ids.forEach(id -> result.add(name(id)));
    return result;
  }

  List<ApplicantWishes> applicantWishes() {
    List<ApplicantWishes> list = new ArrayList<>();
    wishes.forEach(
        (a, ps) ->
            list.add(new ApplicantWishes(id(a), ps.stream().map(SelectionInstance::id).toList())));
    return list;
  }

  List<ProgrammeSeats> programmeSeats() {
    List<ProgrammeSeats> list = new ArrayList<>();
    rankings.forEach(
        (p, r) ->
            list.add(
                new ProgrammeSeats(
                    id(p), seats.get(p), r.stream().map(SelectionInstance::id).toList())));
    return list;
  }

  Allocation allocate() {
    return DeferredAcceptance.allocate(applicantWishes(), programmeSeats());
  }

  /** The same instance with both input lists in a random order. */
  Allocation allocateShuffled(Random random) {
    List<ApplicantWishes> a = applicantWishes();
    List<ProgrammeSeats> p = programmeSeats();
    Collections.shuffle(a, random);
    Collections.shuffle(p, random);
    return DeferredAcceptance.allocate(a, p);
  }

  String assignmentOf(Allocation allocation, String applicant) {
    return allocation.assignmentOf(id(applicant)).map(this::name).orElse("-");
  }

  List<String> admitted(Allocation allocation, String programme) {
    return names(allocation.admitted(id(programme)));
  }

  List<String> waitlist(Allocation allocation, String programme) {
    return names(allocation.waitlist(id(programme)));
  }

  /** Outcomes as "A ADMITTED #2", "B WAITLISTED #3 w1", "C NOT_CONSIDERED #1" (# = rank). */
  List<String> outcomes(Allocation allocation, String applicant) {
    List<String> list = new ArrayList<>();
    for (WishOutcome o : allocation.outcomesOf(id(applicant))) {
      list.add(
          name(o.programmeId())
              + " "
              + o.status()
              + " #"
              + o.rank()
              + (o.waitlistPosition() > 0 ? " w" + o.waitlistPosition() : ""));
    }
    return list;
  }

  /** Everything a result says, in the result's own order. */
  String render(Allocation allocation) {
    StringBuilder s = new StringBuilder();
    for (UUID a : allocation.applicants()) {
      s.append(name(a))
          .append(" -> ")
          .append(allocation.assignmentOf(a).map(this::name).orElse("-"))
          .append(' ')
          .append(outcomes(allocation, name(a)))
          .append('\n');
    }
    for (UUID p : allocation.programmes()) {
      s.append(name(p))
          .append(" seats ")
          .append(allocation.seats(p))
          .append(" admitted ")
          .append(names(allocation.admitted(p)))
          .append(" waitlist ")
          .append(names(allocation.waitlist(p)))
          .append('\n');
    }
    return s.toString();
  }

  /**
   * A random instance: up to the given numbers of applicants, programmes, seats per programme and
   * wishes per applicant; each programme ranks its candidates in a random order.
   */
  static SelectionInstance random(
      Random random, int maxApplicants, int maxProgrammes, int maxSeats, int maxWishes) {
    return random(
        random,
        1 + random.nextInt(maxApplicants),
        1 + random.nextInt(maxProgrammes),
        maxSeats,
        maxWishes,
        false);
  }

  /**
   * A random instance where every applicant wishes every programme and each programme has 1 to
   * {@code maxSeats} seats: the setting where several stable allocations are common.
   */
  static SelectionInstance randomFullLists(
      Random random, int applicantCount, int programmeCount, int maxSeats) {
    return random(random, applicantCount, programmeCount, maxSeats, programmeCount, true);
  }

  private static SelectionInstance random(
      Random random,
      int applicantCount,
      int programmeCount,
      int maxSeats,
      int maxWishes,
      boolean full) {
    SelectionInstance instance = new SelectionInstance();
    List<String> programmes = new ArrayList<>();
    for (int p = 0; p < programmeCount; p++) {
      programmes.add("P" + p);
    }
    for (int a = 0; a < applicantCount; a++) {
      List<String> shuffled = new ArrayList<>(programmes);
      Collections.shuffle(shuffled, random);
      int wishCount =
          full ? programmeCount : random.nextInt(Math.min(maxWishes, programmeCount) + 1);
      instance.applicant("a" + a, shuffled.subList(0, wishCount).toArray(new String[0]));
    }
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    programmes.forEach(p -> candidates.put(p, new ArrayList<>()));
    instance.wishes.forEach((a, ps) -> ps.forEach(p -> candidates.get(p).add(a)));
    for (String p : programmes) {
      List<String> ranking = new ArrayList<>(candidates.get(p));
      Collections.shuffle(ranking, random);
      int seatCount = full ? 1 + random.nextInt(maxSeats) : random.nextInt(maxSeats + 1);
      instance.programme(p, seatCount, ranking.toArray(new String[0]));
    }
    return instance;
  }
}
