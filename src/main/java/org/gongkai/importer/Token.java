package org.gongkai.importer;

import java.math.BigDecimal;

/** A piece of a table: a number, a cell marked or unreadable, an empty cell, label text, or a row's end. */
sealed interface Token permits Token.Num, Token.Mark, Token.Empty, Token.Text, Token.End {
  int line();

  /** A number as printed ({@code raw}) and its value. */
  record Num(BigDecimal value, String raw, int line) implements Token {}

  /** A cell holding no number: "/", "-", "无", or something unreadable such as "O" for 0. */
  record Mark(String raw, int line) implements Token {}

  /** An empty cell. */
  record Empty(int line) implements Token {}

  /** Label or header text. */
  record Text(String text, int line) implements Token {}

  /** The end of a row, where the layout shows one. */
  record End(int line) implements Token {}

  /** Whether the token fills a value cell (a number or a marked cell). */
  static boolean value(Token t) {
    return t instanceof Num || t instanceof Mark;
  }
}
