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
  private int terms;
  // Postings as they come, report by report: term number, report, count. Appending is
  // sequential; one counting sort by term at the end beats growing a list per term, whose
  // scattered arrays cost a cache miss per posting.
  private int[] seqTerm = new int[1 << 12];
  private int[] seqDoc = new int[1 << 12];
  private int[] seqCount;
  private int size;
  private int lastDoc = -1;
  private int docCount;
  private long sumTotalTermFreq;
  // filled by sort(): term t's postings are [start[t], end[t]) of docs and counts
  private int[] start;
  private int[] end;
  private int[] docs;
  private int[] counts;

  TermTable(boolean freqs) {
    this.freqs = freqs;
    this.seqCount = freqs ? new int[1 << 12] : null;
  }

  /** Adds {@code count} occurrences of a packed n-gram ({@link TokenCounts}) in report {@code doc}. */
  void han(long key, int doc, int count) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (slots[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
    int t;
    if (slots[slot] == 0) {
      keys[slot] = key;
      t = terms++;
      slots[slot] = t + 1;
      if (++han * 2 > keys.length) grow();
    } else {
      t = slots[slot] - 1;
    }
    add(t, doc, count);
  }

  /** Adds {@code count} occurrences of any other token in report {@code doc}. */
  void other(String token, int doc, int count) {
    long key = pack(token);
    if (key != 0) { // one spelling, one term: an NFKC-expanded n-gram may spell a packed one
      han(key, doc, count);
      return;
    }
    Integer t = others.get(token);
    if (t == null) {
      t = terms++;
      others.put(token, t);
    }
    add(t, doc, count);
  }

  /** A token of at most four BMP characters, none a surrogate, as a packed key; else 0. */
  private static long pack(String token) {
    if (token.isEmpty() || token.length() > 4) return 0;
    long key = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == 0 || Character.isSurrogate(c)) return 0;
      key = key << 16 | c;
    }
    return key;
  }

  private void add(int t, int doc, int count) {
    if (doc != lastDoc) {
      lastDoc = doc;
      docCount++;
    }
    if (size == seqTerm.length) {
      seqTerm = Arrays.copyOf(seqTerm, size * 2);
      seqDoc = Arrays.copyOf(seqDoc, size * 2);
      if (freqs) seqCount = Arrays.copyOf(seqCount, size * 2);
    }
    seqTerm[size] = t;
    seqDoc[size] = doc;
    if (freqs) seqCount[size] = count;
    size++;
    sumTotalTermFreq += freqs ? count : 1;
  }

  /**
   * Groups the postings by term, reports ascending within each. A report given a term twice —
   * a value repeated in an untokenised field, or one n-gram spelt two ways — is one posting,
   * its counts added up, as Lucene's own inversion makes it.
   */
  private void sort() {
    start = new int[terms];
    end = new int[terms];
    for (int i = 0; i < size; i++) end[seqTerm[i]]++;
    int at = 0;
    for (int t = 0; t < terms; t++) {
      start[t] = at;
      at += end[t];
      end[t] = start[t];
    }
    docs = new int[size];
    counts = freqs ? new int[size] : null;
    for (int i = 0; i < size; i++) {
      int t = seqTerm[i];
      int e = end[t];
      if (e > start[t] && docs[e - 1] == seqDoc[i]) {
        if (freqs) counts[e - 1] += seqCount[i];
        else sumTotalTermFreq--;
        continue;
      }
      docs[e] = seqDoc[i];
      if (freqs) counts[e] = seqCount[i];
      end[t] = e + 1;
    }
    seqTerm = seqDoc = seqCount = null;
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
    sort();
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
    int[] offsets = new int[terms + 1];
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
      offsets[n] = at;
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
    offsets[terms] = at;
    return new Sorted(this, bytes, offsets, order);
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
   * A table's terms in order: term {@code i}'s bytes are {@code bytes[offsets[i]..offsets[i+1])},
   * its postings those of term number {@code order[i]}.
   */
  record Sorted(TermTable table, byte[] bytes, int[] offsets, int[] order) {
    int size() {
      return order.length;
    }

    /** Term i's first posting in {@link #docs} and {@link #counts}. */
    int from(int i) {
      return table.start[order[i]];
    }

    /** Just after term i's last posting. */
    int to(int i) {
      return table.end[order[i]];
    }

    int[] docs() {
      return table.docs;
    }

    /** Counts beside {@link #docs}; null without frequencies. */
    int[] counts() {
      return table.counts;
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
      for (int t = 0; t < table.terms; t++) sum += table.end[t] - table.start[t];
      return sum;
    }
  }
}
