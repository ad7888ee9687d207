package ma.ofppt.cmc.admissions.domain.selection;

import java.util.Arrays;
import java.util.UUID;

/**
 * A map from UUID to a non-negative int index, for the selection's hot loops: open addressing over
 * primitive arrays, so that a lookup touches two arrays instead of a chain of objects, and nothing
 * is boxed. Not thread-safe while being filled; read-only afterwards.
 */
final class UuidIndex {
  private static final int ABSENT = -1;
  private final long[] keys;
  private final int[] values;
  private final int mask;
  private int size;

  UuidIndex(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
    this.keys = new long[capacity * 2];
    this.values = new int[capacity];
    Arrays.fill(values, ABSENT);
    this.mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /**
   * Maps {@code id} to {@code value} unless it is already mapped.
   *
   * @return the value already mapped, or -1 if {@code id} was new (and is now mapped)
   */
  int putIfAbsent(UUID id, int value) {
    long msb = id.getMostSignificantBits();
    long lsb = id.getLeastSignificantBits();
    int slot = slot(msb, lsb);
    while (values[slot] != ABSENT) {
      if (keys[2 * slot] == msb && keys[2 * slot + 1] == lsb) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (size + 1 > (mask + 1) / 2) {
      throw new IllegalStateException("UuidIndex sized for fewer entries");
    }
    keys[2 * slot] = msb;
    keys[2 * slot + 1] = lsb;
    values[slot] = value;
    size++;
    return ABSENT;
  }

  /** The value mapped to {@code id}, or -1. */
  int get(UUID id) {
    long msb = id.getMostSignificantBits();
    long lsb = id.getLeastSignificantBits();
    int slot = slot(msb, lsb);
    while (values[slot] != ABSENT) {
      if (keys[2 * slot] == msb && keys[2 * slot + 1] == lsb) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  private int slot(long msb, long lsb) {
    // Name-based and sequential UUIDs share many bits: mix before masking (MurmurHash3 finaliser).
    long h = msb * 31 + lsb;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
