package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the rows of the national form by the words their labels must contain, on folded
 * text ({@link Fold#tight}). When a label holds several (a merged header, or a group label and
 * its sub-row: "（三）不予公开 1.属于国家秘密"), the one that ends last names the row.
 *
 * @param <T> what a keyword stands for
 */
final class Keywords<T> {
  private record Entry<T>(Pattern pattern, T target) {}

  private final List<Entry<T>> entries;

  private Keywords(List<Entry<T>> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Keywords from (regex, target) pairs; immutable, so tables of them can be constants. */
  static <T> Keywords<T> of(List<Map.Entry<String, T>> pairs) {
    List<Entry<T>> list = new ArrayList<>();
    for (Map.Entry<String, T> p : pairs) list.add(new Entry<>(Pattern.compile(p.getKey()), p.getValue()));
    return new Keywords<>(list);
  }

  /** Where a keyword was found: its target and the end of the match in the folded label. */
  record Hit<T>(T target, int end) {}

  /** The target whose keyword ends last in {@code folded}, or null when none occurs. */
  T last(String folded) {
    Hit<T> h = hit(folded);
    return h == null ? null : h.target();
  }

  /** Like {@link #last}, with where the keyword ends. */
  Hit<T> hit(String folded) {
    Hit<T> best = null;
    for (Entry<T> e : entries) {
      Matcher m = e.pattern().matcher(folded);
      while (m.find()) {
        if (best == null || m.end() > best.end()) best = new Hit<>(e.target(), m.end());
      }
    }
    return best;
  }
}
