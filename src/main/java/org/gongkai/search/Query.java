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
 * every unit. A Han run of up to four characters is one indexed n-gram; a longer one is the
 * 4-grams that cover it ({@link Tokens#unitTerms}), all of which one field must hold — the
 * index keeps no positions (docs/search/analyzers.md measures what that costs: nothing on the
 * query set). Any text is acceptable input: punctuation, query syntax or
 * regular-expression characters are just separators, and very long input is cut.
 *
 * @param region a region name at any level ({@code 滑县}) or a path ({@code 河南省/安阳市}), or null
 * @param year a year, or null
 */
public record Query(String text, List<Unit> units, String region, Integer year, int offset, int limit) {
  /** Queries are cut to this many characters and this many units. */
  public static final int MAX_CHARS = 200;
  public static final int MAX_UNITS = 16;

  /**
   * One unit: a single term, or the terms a field must all hold (a Han run longer than
   * {@value Tokens#MAX_GRAM} characters: its non-overlapping 4-grams and one ending the run).
   */
  public record Unit(List<String> terms) {
    public Unit {
      terms = List.copyOf(terms);
    }
  }

  public Query {
    Objects.requireNonNull(text, "text");
    units = List.copyOf(units);
    if (offset < 0 || limit < 1 || limit > 1000) throw new IllegalArgumentException("bad page: " + offset + "+" + limit);
  }

  public static Query of(String text, String region, Integer year, int offset, int limit) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return new Query(cut, unitsOf(cut), blankToNull(region), year, offset, limit);
  }

  /** The distinct units in order of first appearance, at most {@link #MAX_UNITS}. */
  static List<Unit> unitsOf(String text) {
    Set<Unit> out = new LinkedHashSet<>();
    for (Tokens.Run run : Tokens.runs(text)) {
      out.add(new Unit(run.han() ? Tokens.unitTerms(run.parts()) : run.parts()));
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_UNITS));
  }

  /** Every term of every unit, for marking snippets. */
  public Set<String> tokens() {
    Set<String> all = new LinkedHashSet<>();
    units.forEach(u -> all.addAll(u.terms()));
    return all;
  }

  /** The tokens of a text as a snippet marks them. */
  static Set<String> tokensOf(String text) {
    Set<String> all = new LinkedHashSet<>();
    unitsOf(text).forEach(u -> all.addAll(u.terms()));
    return all;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
