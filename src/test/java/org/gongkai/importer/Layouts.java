package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Layout variants of a seed's text, the way other converters and sites deliver reports: each
 * rewrites the seed's tables or whole text and keeps its content.
 */
final class Layouts {
  private static final String TABLES_FROM = "二、主动公开政府信息情况";
  private static final String TABLES_TO = "五、存在的主要问题及改进情况";

  private Layouts() {}

  /** Every tab becomes two spaces, as when a converter expands tabs. */
  static String spaces(String t) {
    return t.replace("\t", "  ");
  }

  /** One cell per line, a blank line after each row (the layout of seed 003). */
  static String cellPerLine(String t) {
    return tableLines(t, line -> {
      if (line.indexOf('\t') < 0) return line;
      StringBuilder b = new StringBuilder();
      for (String cell : line.split("\t", -1)) b.append('\t').append(cell).append('\n');
      return b.toString();
    });
  }

  static String crlf(String t) {
    return t.replace("\n", "\r\n");
  }

  /** A blank line after every line. */
  static String blankLines(String t) {
    return t.replace("\n", "\n\n");
  }

  /** Digits and ASCII punctuation as full-width characters, everywhere. */
  static String fullWidth(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (char c : t.toCharArray()) {
      if ((c >= '0' && c <= '9') || "().,:;/-".indexOf(c) >= 0) b.append((char) (c - 0x21 + 0xFF01));
      else b.append(c);
    }
    return b.toString();
  }

  /** Table cells separated by '|', with edge pipes or without. */
  static String pipes(String t, boolean edges) {
    return tableLines(t, line -> {
      if (line.indexOf('\t') < 0) return line;
      String row = String.join(" | ", line.split("\t", -1));
      return edges ? "| " + row + " |" : row;
    });
  }

  /** The whole report on one line: every line break became a space. */
  static String oneLine(String t) {
    return t.replace("\r", "").replace("\n", " ");
  }

  /** Half-width brackets for full-width ones: (一) for （一）. */
  static String halfBrackets(String t) {
    return t.replace('（', '(').replace('）', ')');
  }

  /** Rewrites the lines of the table sections (二 to 四). */
  static String tableLines(String t, UnaryOperator<String> f) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : t.split("\n", -1)) {
      if (line.contains(TABLES_FROM)) in = true;
      else if (line.contains(TABLES_TO)) in = false;
      else if (in) line = f.apply(line);
      out.add(line);
    }
    return String.join("\n", out);
  }

  /** The text without the lines from the first containing {@code from} up to the one before {@code to}. */
  static String cut(String t, String from, String to) {
    int a = t.indexOf(from);
    a = t.lastIndexOf('\n', a) + 1;
    int b = t.indexOf(to, a);
    b = t.lastIndexOf('\n', b) + 1;
    return t.substring(0, a) + t.substring(b);
  }

  /** The line containing {@code needle} replaced by {@code replacement}. */
  static String replaceLine(String t, String needle, String replacement) {
    int at = t.indexOf(needle);
    if (at < 0) throw new AssertionError("no line contains " + needle);
    int a = t.lastIndexOf('\n', at) + 1;
    int b = t.indexOf('\n', at);
    return t.substring(0, a) + replacement + (b < 0 ? "" : t.substring(b));
  }
}
