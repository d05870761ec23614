package org.gongkai.region;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Suggest;

/**
 * How near a candidate place name is to a name someone wrote; smaller is nearer.
 *
 * <p>Plain edit distance ranks badly for Chinese place names: "湘乡" is as far from "湘潭县" as
 * from "湘乡市" once the suffix is counted, and "郟县" is one edit from both "郏县" and "叶县". So
 * names are ranked by tier first (same name but for the administrative suffix, then prefix, then
 * substring, then edit distance), and only then by distance.
 *
 * @param tier which kind of match this is; see the {@code EXACT}…{@code EDIT} constants
 * @param distance the edit distance between the two names, in code points
 * @param gap for names of equal length, the summed code-point difference of the characters that
 *     differ; {@link Integer#MAX_VALUE} otherwise
 */
record Closeness(int tier, int distance, int gap) implements Comparable<Closeness> {
  static final int EXACT = 0;
  static final int SAME_STEM = 1;
  static final int PREFIX = 2;
  static final int CONTAINS = 3;
  static final int EDIT = 4;

  // Longest first, so "自治县" is stripped whole rather than as "县". The traditional forms are
  // here because people copy names out of traditional-script documents (滑縣 for 滑县).
  private static final List<String> SUFFIXES =
      List.of(
          "特别行政区", "民族苏木", "自治区", "自治州", "自治县", "自治旗", "民族乡", "地区", "街道", "苏木",
          "新区", "林区", "特区", "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡", "縣", "區", "鎮", "鄉");

  private static final Comparator<Closeness> ORDER =
      Comparator.comparingInt(Closeness::tier)
          .thenComparingInt(Closeness::distance)
          .thenComparingInt(Closeness::gap);

  /**
   * How near {@code candidate} is to {@code query}, or empty if it is not near at all.
   *
   * @param withinEditBudget whether {@link Suggest#closest} counted the candidate as a near miss;
   *     the diagnostics package owns that policy, so it is asked rather than re-derived here
   */
  static Optional<Closeness> of(String query, String candidate, boolean withinEditBudget) {
    int tier;
    if (candidate.equals(query)) {
      tier = EXACT;
    } else if (stem(candidate).equals(stem(query))) {
      tier = SAME_STEM;
    } else if (candidate.startsWith(query)) {
      tier = PREFIX;
    } else if (candidate.contains(query)) {
      tier = CONTAINS;
    } else if (withinEditBudget) {
      tier = EDIT;
    } else {
      return Optional.empty();
    }
    int distance = Suggest.distance(query, candidate);
    return Optional.of(new Closeness(tier, distance, gap(query, candidate)));
  }

  /** The name without its administrative suffix (湘乡市 → 湘乡), unless that would leave nothing. */
  static String stem(String name) {
    for (String suffix : SUFFIXES) {
      if (name.length() > suffix.length() && name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /**
   * Breaks ties between equally distant names by how far apart the differing characters are in
   * Unicode. CJK ideographs are ordered by radical and stroke count, with each simplified form
   * placed beside its traditional radical group, so a variant or traditional character (郟 U+90DF)
   * lies close to the intended one (郏 U+90CF), while an unrelated one-character slip (叶 U+53F6)
   * lies far away.
   */
  private static int gap(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length != y.length) return Integer.MAX_VALUE;
    long sum = 0;
    for (int i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
    return (int) Math.min(sum, Integer.MAX_VALUE - 1);
  }

  @Override
  public int compareTo(Closeness other) {
    return ORDER.compare(this, other);
  }
}
