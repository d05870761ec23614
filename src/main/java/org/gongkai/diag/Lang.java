package org.gongkai.diag;

import java.util.Locale;

/** The language of messages: Chinese by default, English with {@code --lang en}. */
public enum Lang {
  ZH,
  EN;

  /** Parses {@code zh}/{@code en} (case-insensitive); anything else is an argument error. */
  public static Lang parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
