package org.gongkai.model;

/**
 * What kind of organ publishes a report. It decides the publication deadline (条例 art. 49):
 * a county-level or higher government's own aggregate report is due by 31 March, every other
 * report by 31 January.
 */
public enum OrganKind {
  TOWNSHIP("township"),
  GOVERNMENT("government"),
  DEPARTMENT("department");

  private final String key;

  OrganKind(String key) {
    this.key = key;
  }

  /** The value written in report files. */
  public String key() {
    return key;
  }

  public static OrganKind fromKey(String key) {
    for (OrganKind k : values()) if (k.key.equals(key)) return k;
    throw new IllegalArgumentException("unknown organ kind: " + key);
  }
}
