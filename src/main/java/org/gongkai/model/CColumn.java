package org.gongkai.model;

/** The five columns of each group of table C. */
public enum CColumn implements FormLabel {
  UPHELD("结果维持", "upheld"),
  CORRECTED("结果纠正", "corrected"),
  OTHER("其他结果", "other result"),
  PENDING("尚未审结", "pending"),
  TOTAL("总计", "total");

  private final String zh;
  private final String en;

  CColumn(String zh, String en) {
    this.zh = zh;
    this.en = en;
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
