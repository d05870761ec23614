package org.gongkai.index;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct tokens of a text with how often each occurs: the multiset {@link Tokens#of}
 * gives, which is all the index keeps (it stores frequencies, not positions). Counting here is
 * what makes indexing affordable at 100,000 reports — a report's few thousand n-grams are
 * packed into longs and counted in an open-addressing table instead of being built as strings
 * one by one; {@code TokenCountsTest} checks the result against {@link Tokens#of}.
 *
 * <p>Not thread-safe: one instance per indexing thread, reused from text to text.
 */
final class TokenCounts {
  /** Receives each distinct token once, in order of first occurrence, with its count. */
  interface Sink {
    void token(char[] text, int length, int count);
  }

  /**
   * As {@link Sink}, with Han n-grams as their packed keys ({@link #chars} spells one): what
   * the indexer keys its own term tables by.
   */
  interface KeySink {
    void han(long key, int count);

    void other(String token, int count);
  }

  // Han n-grams of BMP characters: up to four 16-bit characters packed into a long (no Han
  // character is 0, so the length is implied), counted in an open-addressing table.
  private long[] keys = new long[1 << 12];
  private int[] counts = new int[1 << 12];
  private int[] order = new int[1 << 11]; // slots in order of first insertion
  private int size;
  // everything else (words, n-grams with supplementary characters), rare: by string
  private final Map<String, int[]> other = new LinkedHashMap<>();
  private final char[] buf = new char[2 * Tokens.MAX_WORD];

  /** Counts the tokens of {@code text} and hands them to {@code sink}. */
  void count(String text, Sink sink) {
    count(text, new KeySink() {
      @Override
      public void han(long key, int count) {
        sink.token(buf, chars(key, buf), count);
      }

      @Override
      public void other(String token, int count) {
        char[] chars = token.length() <= buf.length ? buf : new char[token.length()];
        token.getChars(0, token.length(), chars, 0);
        sink.token(chars, token.length(), count);
      }
    });
  }

  /** Counts the tokens of {@code text}: first the packed n-grams, then the rest, each in order of first occurrence. */
  void count(String text, KeySink sink) {
    clear();
    String[] norm = Tokens.normalized(text);
    Tokens.eachRun(norm, (han, i, j) -> {
      if (!han) {
        addOther(Tokens.word(norm, i, j));
      } else if (j - i == 1) {
        addHan(norm, i, 1);
      } else {
        for (int k = i; k + 1 < j; k++) {
          for (int n = 2; n <= Tokens.MAX_GRAM && k + n <= j; n++) addHan(norm, k, n);
        }
      }
    });
    for (int o = 0; o < size; o++) sink.han(keys[order[o]], counts[order[o]]);
    for (var e : other.entrySet()) sink.other(e.getKey(), e.getValue()[0]);
  }

  /** Spells a packed n-gram into {@code buf} (at least four long); returns its length. */
  static int chars(long key, char[] buf) {
    int len = 0;
    for (int shift = 48; shift >= 0; shift -= 16) {
      char c = (char) (key >>> shift);
      if (c != 0 || len > 0) buf[len++] = c;
    }
    return len;
  }

  /** The n-gram of {@code n} normalised characters from {@code k}. */
  private void addHan(String[] norm, int k, int n) {
    long key = 0;
    for (int m = k; m < k + n; m++) {
      String c = norm[m];
      if (c.length() != 1) { // a supplementary character, or one NFKC expanded
        StringBuilder s = new StringBuilder();
        for (int q = k; q < k + n; q++) s.append(norm[q]);
        addOther(s.toString());
        return;
      }
      key = (key << 16) | c.charAt(0);
    }
    add(key);
  }

  private void addOther(String token) {
    other.computeIfAbsent(token, t -> new int[1])[0]++;
  }

  private void add(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (true) {
      if (counts[slot] == 0) {
        keys[slot] = key;
        counts[slot] = 1;
        if (size == order.length) order = Arrays.copyOf(order, size * 2);
        order[size++] = slot;
        if (size * 2 > keys.length) grow();
        return;
      }
      if (keys[slot] == key) {
        counts[slot]++;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    int[] oldOrder = Arrays.copyOf(order, size);
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int o = 0; o < oldOrder.length; o++) {
      int from = oldOrder[o];
      int slot = (int) mix(oldKeys[from]) & mask;
      while (counts[slot] != 0) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[from];
      counts[slot] = oldCounts[from];
      order[o] = slot;
    }
  }

  private void clear() {
    for (int o = 0; o < size; o++) counts[order[o]] = 0;
    size = 0;
    other.clear();
  }

  private static long mix(long k) {
    k *= 0x9E3779B97F4A7C15L;
    return k ^ (k >>> 29);
  }
}
