package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.index.Tokens;

/**
 * Picks and marks the passage to show under a hit. The browser's search script runs the same
 * steps, so the static search and the server show the same snippet:
 *
 * <ol>
 *   <li>split the text into passages after 。！？；or a line break;
 *   <li>take the passage holding the most distinct query tokens (the first on ties), else the first;
 *   <li>keep at most {@value #MAX} characters, starting up to 20 before its first match;
 *   <li>mark every stretch of the passage covered by a query token.
 * </ol>
 */
public final class Snippets {
  static final int MAX = 120;

  private Snippets() {}

  public static String html(String text, Set<String> queryTokens) {
    if (text == null || text.isEmpty()) return "";
    String passage = best(text, queryTokens);
    List<Tokens.Token> tokens = Tokens.of(passage);
    int first = -1;
    for (Tokens.Token t : tokens) {
      if (queryTokens.contains(t.text())) {
        first = t.start();
        break;
      }
    }
    int from = 0;
    if (passage.length() > MAX && first > 20) from = Math.min(first - 20, passage.length() - MAX);
    int to = Math.min(passage.length(), from + MAX);
    boolean[] marked = new boolean[passage.length()];
    for (Tokens.Token t : tokens) {
      if (queryTokens.contains(t.text())) for (int i = t.start(); i < t.end(); i++) marked[i] = true;
    }
    StringBuilder b = new StringBuilder();
    if (from > 0) b.append('…');
    boolean open = false;
    for (int i = from; i < to; i++) {
      if (marked[i] != open) {
        b.append(open ? "</mark>" : "<mark>");
        open = marked[i];
      }
      escape(passage.charAt(i), b);
    }
    if (open) b.append("</mark>");
    if (to < passage.length()) b.append('…');
    return b.toString();
  }

  static String best(String text, Set<String> queryTokens) {
    List<String> passages = passages(text);
    String best = passages.get(0);
    int bestScore = 0;
    for (String p : passages) {
      int score = (int) Tokens.texts(p).stream().filter(queryTokens::contains).distinct().count();
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  static List<String> passages(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
        add(out, text.substring(start, i + 1));
        start = i + 1;
      }
    }
    add(out, text.substring(start));
    if (out.isEmpty()) out.add("");
    return out;
  }

  private static void add(List<String> out, String p) {
    String s = p.strip();
    if (!s.isEmpty()) out.add(s);
  }

  private static void escape(char c, StringBuilder b) {
    switch (c) {
      case '<' -> b.append("&lt;");
      case '>' -> b.append("&gt;");
      case '&' -> b.append("&amp;");
      case '"' -> b.append("&quot;");
      case '\'' -> b.append("&#39;");
      default -> b.append(c);
    }
  }
}
