package org.gongkai.region;

/** The four levels of the division list, from province (省级) down to township (乡级). */
public enum Level {
  PROVINCE("省级"),
  CITY("地级"),
  COUNTY("县级"),
  TOWNSHIP("乡级");

  private final String zh;

  Level(String zh) {
    this.zh = zh;
  }

  /** The level's Chinese name as the statistics bureau uses it: 省级, 地级, 县级 or 乡级. */
  public String zh() {
    return zh;
  }

  /**
   * The level a code of this length denotes: 统计用区划代码 give provinces 2 digits, cities 4,
   * counties 6 and townships 9, so the length alone says the level.
   */
  static Level ofCode(String code) {
    return switch (code.length()) {
      case 2 -> PROVINCE;
      case 4 -> CITY;
      case 6 -> COUNTY;
      case 9 -> TOWNSHIP;
      default -> throw new IllegalArgumentException("not a division code: " + code);
    };
  }
}
