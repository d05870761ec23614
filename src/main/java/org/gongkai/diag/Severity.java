package org.gongkai.diag;

/** How bad a finding is: errors fail {@code check} and {@code build}, warnings do not. */
public enum Severity {
  ERROR("错误", "error"),
  WARNING("警告", "warning");

  private final String zh;
  private final String en;

  Severity(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  /** The lower-case English name used in JSON output. */
  public String id() {
    return en;
  }
}
