package org.gongkai.importer;

/** How a table's cells were laid out in the text, which decides where its rows end. */
enum Layout {
  /** One row per line, cells separated by tabs, pipes or spaces. */
  ROWS("每行一行表格", "one row per line"),
  /** One cell per line, rows separated by blank lines. */
  BLOCKS("每格一行、行间空行", "one cell per line, blank line between rows"),
  /** Cells one after another with no sign of where rows end: only labels tell. */
  STREAM("单元格连续排列", "cells in a stream");

  private final String zh;
  private final String en;

  Layout(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  org.gongkai.diag.Label label() {
    return org.gongkai.diag.Label.of(zh, en);
  }
}
