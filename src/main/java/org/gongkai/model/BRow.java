package org.gongkai.model;

import java.util.Arrays;
import java.util.List;

/**
 * The 25 rows of table B in printed order. Each knows its key path in the YAML file, so the
 * file, the schema and every rule name a row the same way.
 */
public enum BRow implements FormLabel {
  NEW("new", "一、本年新收政府信息公开申请数量", "1. new applications this year", Kind.INPUT),
  CARRIED_IN("carried_in", "二、上年结转政府信息公开申请数量", "2. carried over from last year", Kind.INPUT),
  GRANTED("granted", "三（一）予以公开", "3(1) disclosed", Kind.RESULT),
  PARTIAL("partial", "三（二）部分公开", "3(2) partly disclosed", Kind.RESULT),
  DENIED_STATE_SECRET("denied/state_secret", "三（三）1.属于国家秘密", "3(3)1 state secret", Kind.RESULT),
  DENIED_PROHIBITED("denied/prohibited", "三（三）2.其他法律行政法规禁止公开", "3(3)2 prohibited by other laws", Kind.RESULT),
  DENIED_SECURITY("denied/security", "三（三）3.危及“三安全一稳定”", "3(3)3 endangers security or stability", Kind.RESULT),
  DENIED_THIRD_PARTY("denied/third_party", "三（三）4.保护第三方合法权益", "3(3)4 third-party rights", Kind.RESULT),
  DENIED_INTERNAL("denied/internal", "三（三）5.属于三类内部事务信息", "3(3)5 internal affairs", Kind.RESULT),
  DENIED_PROCESS("denied/process", "三（三）6.属于四类过程性信息", "3(3)6 process information", Kind.RESULT),
  DENIED_ENFORCEMENT("denied/enforcement", "三（三）7.属于行政执法案卷", "3(3)7 enforcement files", Kind.RESULT),
  DENIED_INQUIRY("denied/inquiry", "三（三）8.属于行政查询事项", "3(3)8 administrative inquiry", Kind.RESULT),
  UNAVAILABLE_NOT_HELD("unavailable/not_held", "三（四）1.本机关不掌握相关政府信息", "3(4)1 not held", Kind.RESULT),
  UNAVAILABLE_NEEDS_CREATION("unavailable/needs_creation", "三（四）2.没有现成信息需要另行制作", "3(4)2 would need creating", Kind.RESULT),
  UNAVAILABLE_UNCLEAR("unavailable/unclear", "三（四）3.补正后申请内容仍不明确", "3(4)3 still unclear", Kind.RESULT),
  NOT_PROCESSED_COMPLAINT("not_processed/complaint", "三（五）1.信访举报投诉类申请", "3(5)1 petitions and complaints", Kind.RESULT),
  NOT_PROCESSED_REPEATED("not_processed/repeated", "三（五）2.重复申请", "3(5)2 repeated", Kind.RESULT),
  NOT_PROCESSED_PUBLICATION("not_processed/publication", "三（五）3.要求提供公开出版物", "3(5)3 publications", Kind.RESULT),
  NOT_PROCESSED_EXCESSIVE("not_processed/excessive", "三（五）4.无正当理由大量反复申请", "3(5)4 excessive", Kind.RESULT),
  NOT_PROCESSED_CONFIRMATION("not_processed/confirmation", "三（五）5.要求行政机关确认或重新出具已获取信息", "3(5)5 confirmation", Kind.RESULT),
  OTHER_NO_CORRECTION("other/no_correction", "三（六）1.申请人无正当理由逾期不补正", "3(6)1 no correction in time", Kind.RESULT),
  OTHER_NO_FEE("other/no_fee", "三（六）2.申请人逾期未按收费通知要求缴纳费用", "3(6)2 fee not paid", Kind.RESULT),
  OTHER_OTHER("other/other", "三（六）3.其他", "3(6)3 other", Kind.RESULT),
  RESULTS_TOTAL("results_total", "三（七）总计", "3(7) total", Kind.TOTAL),
  CARRIED_OVER("carried_over", "四、结转下年度继续办理", "4. carried over to next year", Kind.OUTPUT);

  /** What a row contributes to the form's sums. */
  public enum Kind {
    INPUT,
    RESULT,
    TOTAL,
    OUTPUT
  }

  private final String key;
  private final String zh;
  private final String en;
  private final Kind kind;

  BRow(String key, String zh, String en, Kind kind) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.kind = kind;
  }

  /** The key path inside {@code table_b}, '/'-separated: {@code denied/state_secret}. */
  public String key() {
    return key;
  }

  /** JSON Pointer of the row in a report file. */
  public String pointer() {
    return "/table_b/" + key;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  /** The 21 result rows whose sum is （七）总计. */
  public static List<BRow> results() {
    return Arrays.stream(values()).filter(r -> r.kind == Kind.RESULT).toList();
  }
}
