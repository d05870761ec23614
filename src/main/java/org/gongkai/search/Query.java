package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongkai.index.Tokens;

/**
 * A user's query: its text, its distinct tokens (the same tokens the index holds), optional
 * filters and the page wanted. Any text is acceptable input: punctuation, query syntax or
 * regular-expression characters are just separators, and very long input is cut.
 *
 * @param region a region name at any level ({@code 滑县}) or a path ({@code 河南省/安阳市}), or null
 * @param year a year, or null
 */
public record Query(String text, Set<String> tokens, String region, Integer year, int offset, int limit) {
  /** Queries are cut to this many characters and this many distinct tokens. */
  public static final int MAX_CHARS = 200;
  public static final int MAX_TOKENS = 32;

  public Query {
    Objects.requireNonNull(text, "text");
    tokens = Set.copyOf(tokens);
    if (offset < 0 || limit < 1 || limit > 1000) throw new IllegalArgumentException("bad page: " + offset + "+" + limit);
  }

  public static Query of(String text, String region, Integer year, int offset, int limit) {
    String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    return new Query(cut, tokensOf(cut), blankToNull(region), year, offset, limit);
  }

  /** The distinct tokens in order of first appearance, at most {@link #MAX_TOKENS}. */
  static Set<String> tokensOf(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : Tokens.texts(text)) {
      if (out.size() >= MAX_TOKENS) break;
      out.add(t);
    }
    return out;
  }

  /** Tokens in a stable order (first appearance), for building the query and snippets. */
  public List<String> orderedTokens() {
    return new ArrayList<>(tokensOf(text));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
