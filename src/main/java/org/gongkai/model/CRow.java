package org.gongkai.model;

/** The three groups of table C: administrative review and the two kinds of lawsuit. */
public enum CRow implements FormLabel {
  REVIEW("review", "行政复议", "administrative review"),
  LITIGATION_DIRECT("litigation_direct", "行政诉讼（未经复议直接起诉）", "lawsuits without prior review"),
  LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼（复议后起诉）", "lawsuits after review");

  private final String key;
  private final String zh;
  private final String en;

  CRow(String key, String zh, String en) {
    this.key = key;
    this.zh = zh;
    this.en = en;
  }

  public String key() {
    return key;
  }

  public String pointer() {
    return "/table_c/" + key;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
