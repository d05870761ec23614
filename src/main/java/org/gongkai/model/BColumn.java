package org.gongkai.model;

/** The seven columns of table B (申请人情况). */
public enum BColumn implements FormLabel {
  NATURAL_PERSON("自然人", "natural persons"),
  BUSINESS("商业企业", "businesses"),
  RESEARCH("科研机构", "research institutions"),
  PUBLIC_WELFARE("社会公益组织", "public-welfare organisations"),
  LEGAL_SERVICE("法律服务机构", "legal-service organisations"),
  OTHER("其他", "other organisations"),
  TOTAL("总计", "total");

  private final String zh;
  private final String en;

  BColumn(String zh, String en) {
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

  /** The six applicant columns whose sum is {@link #TOTAL}. */
  public static final java.util.List<BColumn> APPLICANTS =
      java.util.List.of(NATURAL_PERSON, BUSINESS, RESEARCH, PUBLIC_WELFARE, LEGAL_SERVICE, OTHER);
}
