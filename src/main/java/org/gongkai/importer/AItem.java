package org.gongkai.importer;

import java.util.List;
import org.gongkai.model.ARow;
import org.gongkai.model.FormLabel;

/**
 * The rows of table A as the text may hold them: the five count rows and the fee of the
 * national form, and two rows only the 2019 trial form printed, which the draft has no place for.
 */
enum AItem implements FormLabel {
  REGULATIONS(ARow.REGULATIONS),
  NORMATIVE_DOCUMENTS(ARow.NORMATIVE_DOCUMENTS),
  LICENSING(ARow.LICENSING),
  PUNISHMENT(ARow.PUNISHMENT),
  COERCION(ARow.COERCION),
  FEES(null),
  OTHER_SERVICES("第二十条第（五）项 其他对外管理服务事项（2019年试行格式）", "other services (2019 trial form)"),
  PROCUREMENT("第二十条第（九）项 政府集中采购（2019年试行格式）", "central procurement (2019 trial form)");

  private final ARow row;
  private final String zh;
  private final String en;

  AItem(ARow row) {
    this.row = row;
    this.zh = row == null ? ARow.FEES.zh() : row.zh();
    this.en = row == null ? ARow.FEES.en() : row.en();
  }

  AItem(String zh, String en) {
    this.row = null;
    this.zh = zh;
    this.en = en;
  }

  /** Whether the draft has a place for this row. */
  boolean inForm() {
    return ordinal() <= FEES.ordinal();
  }

  String key() {
    return row == null ? "fees" : row.key();
  }

  String pointer() {
    return "/table_a/" + key();
  }

  int width() {
    return row == null ? 1 : row.columns();
  }

  List<? extends FormLabel> columns() {
    return width() == 3 ? ARow.DOCUMENT_COLUMNS : List.of(this);
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
