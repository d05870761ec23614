package org.gongkai.diag;

/**
 * A term shown inside a message (a row or column of the national form, a field name) that has
 * both a Chinese and an English wording; messages resolve it in their own language.
 */
public interface Label {
  String zh();

  String en();

  default String in(Lang lang) {
    return lang == Lang.ZH ? zh() : en();
  }

  static Label of(String zh, String en) {
    return new Text(zh, en);
  }

  /** A label given by its two wordings. */
  record Text(String zh, String en) implements Label {}
}
