package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's lines as tokens: the layout is recognised first (rows per line, cells per line in
 * blocks, or a stream), then every cell becomes numbers, marks, empties or label text, with
 * {@link Token.End} wherever the layout shows a row ends.
 */
final class TableText {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万元|元|件|个|条|项|次|人)?");
  private static final Pattern MARK = Pattern.compile("[/\\\\\\-—–_~·…]+|无|空|[A-Za-z]{1,2}");
  // A digit run that is a numeral of a label ("1.属于国家秘密", "(1)") or part of a word, not a value.
  private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** The tokens and the layout they were read in. */
  record Tokens(Layout layout, List<Token> tokens) {
    Tokens {
      tokens = List.copyOf(tokens);
    }
  }

  private TableText() {}

  static Tokens read(List<Line> lines) {
    List<String> folded = new ArrayList<>();
    for (Line l : lines) folded.add(Fold.wide(l.text()));
    int unit = Cells.spaceUnit(folded);
    Layout layout = layout(folded, unit);
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int n = lines.get(i).number();
      String text = folded.get(i);
      if (blank(text)) {
        if (layout == Layout.BLOCKS && !out.isEmpty() && !(out.get(out.size() - 1) instanceof Token.End)) {
          out.add(new Token.End(n));
        }
        continue;
      }
      if (Cells.rule(text)) continue;
      List<String> cells = Cells.split(text, unit);
      if (cells.stream().allMatch(String::isEmpty)) {
        if (layout != Layout.ROWS) out.add(new Token.Empty(n)); // a line that is one empty cell
        continue;
      }
      int first = 0;
      while (cells.get(first).isEmpty()) first++; // leading empties stand under merged labels
      for (int c = first; c < cells.size(); c++) {
        if (cells.get(c).isEmpty()) out.add(new Token.Empty(n));
        else pieces(cells.get(c), n, out);
      }
      if (layout == Layout.ROWS) out.add(new Token.End(n));
    }
    return new Tokens(layout, out);
  }

  private static Layout layout(List<String> folded, int unit) {
    int nonBlank = 0;
    int multi = 0;
    int groups = 0;
    boolean inGroup = false;
    for (String line : folded) {
      if (blank(line)) {
        inGroup = false;
        continue;
      }
      nonBlank++;
      if (!inGroup) groups++;
      inGroup = true;
      if (Cells.split(line, unit).stream().filter(c -> !c.isEmpty()).count() > 1) multi++;
    }
    if (nonBlank > 0 && multi * 2 >= nonBlank) return Layout.ROWS;
    return groups >= 2 && nonBlank >= 2 * groups ? Layout.BLOCKS : Layout.STREAM;
  }

  /** A line with nothing on it; a lone tab or pipe is an empty cell, not a blank line. */
  private static boolean blank(String line) {
    return line.isBlank() && line.indexOf('\t') < 0 && line.indexOf('|') < 0;
  }

  /** One non-empty cell: its words become numbers, marks or text (consecutive text merged). */
  static void pieces(String cell, int line, List<Token> out) {
    StringBuilder text = new StringBuilder();
    for (String word : cell.split("\\s+")) {
      if (word.isEmpty()) continue;
      if (NUMBER.matcher(word).matches()) {
        flush(text, line, out);
        out.add(number(word, line));
      } else if (MARK.matcher(word).matches()) {
        flush(text, line, out);
        out.add(new Token.Mark(word, line));
      } else {
        mixed(word, line, text, out);
      }
    }
    flush(text, line, out);
  }

  /** A word of text and digits ("0规章" when a flattened table lost its separators). */
  private static void mixed(String word, int line, StringBuilder text, List<Token> out) {
    Matcher m = DIGITS.matcher(word);
    int at = 0;
    while (m.find()) {
      if (numeral(word, m.start(), m.end())) continue;
      append(text, word.substring(at, m.start()));
      flush(text, line, out);
      out.add(number(m.group(), line));
      at = m.end();
    }
    append(text, word.substring(at));
  }

  private static void append(StringBuilder text, String s) {
    if (s.isEmpty()) return;
    if (text.length() > 0) text.append(' ');
    text.append(s);
  }

  /** Digits that belong to a label: "1." or "1、" before text, "(1)", "第1项", "2019年". */
  private static boolean numeral(String w, int start, int end) {
    char before = start > 0 ? w.charAt(start - 1) : ' ';
    char after = end < w.length() ? w.charAt(end) : ' ';
    if (before == '(' || before == '第' || "年月日项条号)".indexOf(after) >= 0) return true;
    return after == '.' || after == '、';
  }

  private static Token.Num number(String raw, int line) {
    String digits = raw.replace(",", "").replaceAll("[^0-9.+-]+$", "");
    return new Token.Num(new BigDecimal(digits), raw, line);
  }

  private static void flush(StringBuilder text, int line, List<Token> out) {
    if (text.length() == 0) return;
    out.add(new Token.Text(text.toString(), line));
    text.setLength(0);
  }
}
