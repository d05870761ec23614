package org.gongkai.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * One field's postings for a part of the index, inverted in memory: each term with the reports
 * it occurs in (ascending, in the order they are added) and, for text, its count in each. Han
 * n-grams are keyed by their packed form ({@link TokenCounts}) in an open-addressing table of
 * longs — one cheap lookup per distinct token per report, where Lucene's own inversion hashes
 * the token's bytes into byte pools — and the rare other tokens by string. {@link #sorted} gives
 * the terms in Lucene's order for the codec to write.
 */
final class TermTable {
  private final boolean freqs;
  // packed Han n-gram -> term number + 1 (0: empty slot)
  private long[] keys = new long[1 << 12];
  private int[] slots = new int[1 << 12];
  private int han;
  private final Map<String, Integer> others = new HashMap<>();
  // per term number: doc, count, doc, count, … (docs only without frequencies)
  private int[][] postings = new int[1 << 10][];
  private int[] lengths = new int[1 << 10];
  private int terms;
  private int lastDoc = -1;
  private int docCount;
  private long sumTotalTermFreq;

  TermTable(boolean freqs) {
    this.freqs = freqs;
  }

  boolean freqs() {
    return freqs;
  }

  /** Adds {@code count} occurrences of a packed Han n-gram in report {@code doc}. */
  void han(long key, int doc, int count) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (slots[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
    if (slots[slot] == 0) {
      keys[slot] = key;
      slots[slot] = newTerm() + 1;
      if (++han * 2 > keys.length) grow();
      add(terms - 1, doc, count);
    } else {
      add(slots[slot] - 1, doc, count);
    }
  }

  /** Adds {@code count} occurrences of any other token in report {@code doc}. */
  void other(String token, int doc, int count) {
    Integer t = others.get(token);
    if (t == null) {
      t = newTerm();
      others.put(token, t);
    }
    add(t, doc, count);
  }

  private int newTerm() {
    if (terms == postings.length) {
      postings = Arrays.copyOf(postings, terms * 2);
      lengths = Arrays.copyOf(lengths, terms * 2);
    }
    postings[terms] = new int[freqs ? 2 : 1];
    return terms++;
  }

  private void add(int t, int doc, int count) {
    if (doc != lastDoc) {
      lastDoc = doc;
      docCount++;
    }
    int[] p = postings[t];
    int n = lengths[t];
    if (freqs) {
      if (n > 0 && p[n - 2] == doc) { // the same token given twice for one report: counts add up
        p[n - 1] += count;
        sumTotalTermFreq += count;
        return;
      }
      if (n + 2 > p.length) p = postings[t] = Arrays.copyOf(p, p.length * 2);
      p[n] = doc;
      p[n + 1] = count;
      lengths[t] = n + 2;
      sumTotalTermFreq += count;
    } else {
      if (n > 0 && p[n - 1] == doc) return; // a value given twice for one report is one posting
      if (n + 1 > p.length) p = postings[t] = Arrays.copyOf(p, p.length * 2);
      p[n] = doc;
      lengths[t] = n + 1;
      sumTotalTermFreq++;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldSlots[i] == 0) continue;
      int slot = (int) mix(oldKeys[i]) & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[i];
      slots[slot] = oldSlots[i];
    }
  }

  private int termOf(long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (keys[slot] != key) slot = (slot + 1) & mask;
    return slots[slot] - 1;
  }

  private static long mix(long k) {
    k *= 0x9E3779B97F4A7C15L;
    return k ^ (k >>> 29);
  }

  /** The terms in Lucene's order — by their UTF-8 bytes — with their postings. */
  Sorted sorted() {
    // A packed n-gram moved to the top of the long sorts, unsigned, as its characters do: no
    // character is 0, so a shorter n-gram is followed by zeros and comes before its extensions.
    long[] aligned = new long[han];
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      if (slots[i] != 0) aligned[h++] = keys[i] << (16 * (4 - length(keys[i])));
    }
    for (int i = 0; i < aligned.length; i++) aligned[i] ^= Long.MIN_VALUE; // unsigned order by signed sort
    Arrays.sort(aligned);
    List<Map.Entry<BytesRef, Integer>> rest = new ArrayList<>();
    for (var e : others.entrySet()) rest.add(Map.entry(new BytesRef(e.getKey()), e.getValue()));
    rest.sort(Map.Entry.comparingByKey());

    byte[] bytes = new byte[han * 12 + rest.stream().mapToInt(e -> e.getKey().length).sum()];
    int[] start = new int[terms + 1];
    int[] order = new int[terms];
    byte[] scratch = new byte[12];
    int at = 0;
    int a = 0;
    int r = 0;
    for (int n = 0; n < terms; n++) {
      int hanLength = 0;
      long key = 0;
      if (a < aligned.length) {
        long left = aligned[a] ^ Long.MIN_VALUE;
        int len = 4 - Long.numberOfTrailingZeros(left) / 16;
        key = left >>> (16 * (4 - len));
        hanLength = utf8(key, scratch);
      }
      boolean takeHan = a < aligned.length && (r == rest.size()
          || Arrays.compareUnsigned(scratch, 0, hanLength, rest.get(r).getKey().bytes, rest.get(r).getKey().offset,
              rest.get(r).getKey().offset + rest.get(r).getKey().length) < 0);
      start[n] = at;
      if (takeHan) {
        System.arraycopy(scratch, 0, bytes, at, hanLength);
        at += hanLength;
        order[n] = termOf(key);
        a++;
      } else {
        BytesRef b = rest.get(r).getKey();
        System.arraycopy(b.bytes, b.offset, bytes, at, b.length);
        at += b.length;
        order[n] = rest.get(r).getValue();
        r++;
      }
    }
    start[terms] = at;
    return new Sorted(this, bytes, start, order);
  }

  /** How many characters a packed n-gram has. */
  private static int length(long key) {
    return key >>> 48 != 0 ? 4 : key >>> 32 != 0 ? 3 : key >>> 16 != 0 ? 2 : 1;
  }

  /** Writes a packed n-gram's UTF-8 bytes (its characters are in the BMP and none is a surrogate). */
  private static int utf8(long key, byte[] out) {
    int n = 0;
    for (int shift = 48; shift >= 0; shift -= 16) {
      char c = (char) (key >>> shift);
      if (c == 0) continue;
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xC0 | c >> 6);
        out[n++] = (byte) (0x80 | c & 0x3F);
      } else {
        out[n++] = (byte) (0xE0 | c >> 12);
        out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return n;
  }

  /**
   * A table's terms in order: term {@code i}'s bytes are {@code bytes[start[i]..start[i+1])}, its
   * postings those of term number {@code order[i]}.
   */
  record Sorted(TermTable table, byte[] bytes, int[] start, int[] order) {
    int size() {
      return order.length;
    }

    int[] postings(int i) {
      return table.postings[order[i]];
    }

    /** Ints used in {@link #postings}: two per report with frequencies, else one. */
    int length(int i) {
      return table.lengths[order[i]];
    }

    boolean freqs() {
      return table.freqs;
    }

    int docCount() {
      return table.docCount;
    }

    long sumTotalTermFreq() {
      return table.sumTotalTermFreq;
    }

    long sumDocFreq() {
      long sum = 0;
      for (int i = 0; i < table.terms; i++) sum += table.freqs ? table.lengths[i] / 2 : table.lengths[i];
      return sum;
    }
  }
}
