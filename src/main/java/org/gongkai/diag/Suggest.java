package org.gongkai.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean …?" candidates by edit distance, for misspelt keys and place names. */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidates closest to {@code word}, nearest first, within a distance that grows with the
   * word's length (1 for short words, up to a third of the length).
   */
  public static List<String> closest(String word, Collection<String> candidates, int limit) {
    int budget = Math.max(1, word.codePointCount(0, word.length()) / 3);
    record Scored(String candidate, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String c : candidates) {
      int d = distance(word, c);
      if (d <= budget && !c.equals(word)) scored.add(new Scored(c, d));
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate));
    return scored.stream().limit(limit).map(Scored::candidate).toList();
  }

  /** Levenshtein distance over code points, so one Chinese character counts as one edit. */
  public static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) prev[j] = j;
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }
}
