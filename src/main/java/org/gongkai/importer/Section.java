package org.gongkai.importer;

/**
 * The six sections of the national format, recognised by what their heading says rather than by
 * its exact wording or number: reports write "二、主动公开政府信息情况" and
 * "二、主动公开政府信息" alike.
 */
enum Section {
  OVERVIEW("一", "总体情况", "/overview"),
  TABLE_A("二", "主动公开政府信息情况", "/table_a"),
  TABLE_B("三", "收到和处理政府信息公开申请情况", "/table_b"),
  TABLE_C("四", "政府信息公开行政复议、行政诉讼情况", "/table_c"),
  PROBLEMS("五", "存在的主要问题及改进情况", "/problems"),
  OTHER("六", "其他需要报告的事项", "/other_matters");

  private final String number;
  private final String title;
  private final String field;

  Section(String number, String title, String field) {
    this.number = number;
    this.title = title;
    this.field = field;
  }

  /** The section's number as printed: 一 … 六. */
  String number() {
    return number;
  }

  /** The heading as the national format prints it: 二、主动公开政府信息情况. */
  String heading() {
    return number + "、" + title;
  }

  /** The draft's key for the section, as a JSON Pointer. */
  String field() {
    return field;
  }

  /** Whether a heading's words (folded, without the ordinal) name this section. */
  boolean named(String t) {
    switch (this) {
      case OVERVIEW:
        return t.contains("总体情况") || t.equals("概述") || t.startsWith("总体");
      case TABLE_A:
        return t.contains("主动公开") && !t.contains("申请");
      case TABLE_B:
        return t.contains("收到和处理") || (t.contains("申请") && t.contains("情况") && !t.contains("数量"));
      case TABLE_C:
        return t.contains("复议") || t.contains("诉讼");
      case PROBLEMS:
        return t.contains("问题") && (t.contains("改进") || t.contains("措施") || t.contains("主要"));
      default:
        return t.contains("其他需要报告") || t.contains("其他事项") || t.startsWith("其他需要");
    }
  }
}
