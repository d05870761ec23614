package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongkai.index.Tokens;

/**
 * A user's query: its text, its units — each run of Chinese characters and each word, as the
 * index's tokens — optional filters and the page wanted. A report matches when it contains
 * every unit; a unit of several bigrams must occur as a phrase (its bigrams at consecutive
 * positions), so 国办公开办函 finds that reference and not a report that merely has 国办, 办公,
 * 公开 and 办函 somewhere. Any text is acceptable input: punctuation, query syntax or
 * regular-expression characters are just separators, and very long input is cut.
 *
 * @param region a region name at any level ({@code 滑县}) or a path ({@code 河南省/安阳市}), or null
 * @param year a year, or null
 */
public record Query(String text, List<List<String>> units, String region, Integer year, int offset, int limit) {
  /** Queries are cut to this many characters and this many units. */
  public static final int MAX_CHARS = 200;
  public static final int MAX_UNITS = 16;

  public Query {
    Objects.requireNonNull(text, "text");
    units = units.stream().map(List::copyOf).toList();
    if (offset < 0 || limit < 1 || limit > 1000) throw new IllegalArgumentException("bad page: " + offset + "+" + limit);
  }

  public static Query of(String text, String region, Integer year, int offset, int limit) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return new Query(cut, unitsOf(cut), blankToNull(region), year, offset, limit);
  }

  /** The distinct units in order of first appearance, at most {@link #MAX_UNITS}. */
  static List<List<String>> unitsOf(String text) {
    Set<List<String>> out = new LinkedHashSet<>();
    List<String> current = new ArrayList<>();
    int lastEnd = -1;
    for (Tokens.Token t : Tokens.of(text)) {
      // Bigrams of one run overlap; a gap or a word starts a new unit.
      boolean continues = !current.isEmpty() && t.start() < lastEnd;
      if (!continues && !current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(t.text());
      lastEnd = t.end();
    }
    if (!current.isEmpty()) out.add(current);
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_UNITS));
  }

  /** Every token of every unit, for marking snippets. */
  public Set<String> tokens() {
    Set<String> all = new LinkedHashSet<>();
    units.forEach(all::addAll);
    return all;
  }

  /** The tokens of a text as a snippet marks them. */
  static Set<String> tokensOf(String text) {
    Set<String> all = new LinkedHashSet<>();
    unitsOf(text).forEach(all::addAll);
    return all;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
