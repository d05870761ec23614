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

  /** The last day a report of this kind about {@code year} may be published on time. */
  public java.time.LocalDate deadline(int year) {
    return this == GOVERNMENT ? java.time.LocalDate.of(year + 1, 3, 31) : java.time.LocalDate.of(year + 1, 1, 31);
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
