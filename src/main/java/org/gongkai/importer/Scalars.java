package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * YAML scalars as the hand-written files write them: plain where YAML reads the text back as
 * the same string, double-quoted otherwise (a title with ": ", a name like "yes", digits that
 * must stay text).
 */
final class Scalars {
  private static final Pattern SPECIAL = Pattern.compile(
      "(?i)~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.\\d+|\\d[\\d_,:.]*)([eE][-+]?\\d+)?|0x[0-9a-f]+"
          + "|[-+]?\\.(inf|nan)|\\d{4}-\\d{1,2}-\\d{1,2}.*|=|<<");

  private Scalars() {}

  /** The text as a scalar in block context ({@code key: value}). */
  static String text(String s) {
    return plain(s, false) ? s : quoted(s);
  }

  /** The text as a scalar inside a flow collection ({@code [a, b]}, {@code {name: a}}). */
  static String flow(String s) {
    return plain(s, true) ? s : quoted(s);
  }

  /** A number of a table; {@code ~} for a missing one. 0.00 is written 0. */
  static String number(BigDecimal v) {
    if (v == null) return "~";
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static boolean plain(String s, boolean flow) {
    if (s.isEmpty() || !s.equals(s.strip()) || SPECIAL.matcher(s).matches()) return false;
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) return false;
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.indexOf('\t') >= 0) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 0x20) return false;
    return !flow || s.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c == '\t') b.append("\\t");
      else if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
