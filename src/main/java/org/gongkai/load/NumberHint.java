package org.gongkai.load;

import java.math.BigDecimal;

/**
 * Guesses the number a person meant when a count is written as text: full-width digits
 * ({@code １２}), thousands separators ({@code 1,234} or {@code 1，234}), a trailing 件 or 项.
 * The guess is only offered as a hint; the file must be corrected by hand.
 */
final class NumberHint {
  private NumberHint() {}

  /** The corrected value, or null when no plain reading exists. */
  static String correct(String text, boolean decimalsAllowed) {
    StringBuilder b = new StringBuilder();
    for (int cp : text.strip().codePoints().toArray()) {
      if (cp >= '０' && cp <= '９') b.append((char) ('0' + cp - '０'));
      else if (cp == '．') b.append('.');
      else if (cp == ',' || cp == '，' || cp == ' ' || cp == '　') continue;
      else b.appendCodePoint(cp);
    }
    String s = b.toString().replaceFirst("[件项条个]$", "");
    if (s.equals(text.strip())) return null;
    try {
      BigDecimal v = new BigDecimal(s);
      if (v.signum() < 0) return null;
      if (!decimalsAllowed && v.stripTrailingZeros().scale() > 0) return null;
      return v.toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
