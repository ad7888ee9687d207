package ma.ofppt.cmc.admissions.domain.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The primitive UUID → index map behind the draw and the allocation. */
class UuidIndexTest {

  @Test
  void agreesWithAHashMapOnRandomAndSequentialIds() {
    Random random = new Random(5);
    for (int round = 0; round < 20; round++) {
      int size = 1 + random.nextInt(5_000);
      UuidIndex index = new UuidIndex(size);
      Map<UUID, Integer> expected = new HashMap<>();
      for (int i = 0; i < size; i++) {
        // Half the rounds use ids that differ in a few low bits only.
        UUID id =
            round % 2 == 0
                ? new UUID(random.nextLong(), random.nextLong())
                : new UUID(0x1234L, random.nextInt(3 * size));
        Integer previous = expected.putIfAbsent(id, i);
        assertEquals(previous == null ? -1 : previous, index.putIfAbsent(id, i));
      }
      assertEquals(expected.size(), index.size());
      expected.forEach((id, value) -> assertEquals(value, index.get(id)));
      for (int i = 0; i < 100; i++) {
        UUID stranger = new UUID(random.nextLong(), random.nextLong());
        assertEquals(expected.getOrDefault(stranger, -1), index.get(stranger));
      }
    }
  }

  @Test
  void refusesMoreEntriesThanItWasSizedFor() {
    UuidIndex index = new UuidIndex(2);
    for (int i = 0; i < 4; i++) {
      index.putIfAbsent(new UUID(0, i), i);
    }
    assertThrows(IllegalStateException.class, () -> index.putIfAbsent(new UUID(0, 99), 99));
  }
}
