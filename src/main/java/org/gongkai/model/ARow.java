package org.gongkai.model;

/**
 * The count rows of table A (第二十条 of the regulation). Rows of item (一) have three columns;
 * items (五) and (六) one. The fee of item (八) is an amount, kept apart in {@link TableA}.
 */
public enum ARow implements FormLabel {
  REGULATIONS("regulations", "第二十条第（一）项 规章", "Art. 20(1) regulations", 3),
  NORMATIVE_DOCUMENTS("normative_documents", "第二十条第（一）项 行政规范性文件", "Art. 20(1) normative documents", 3),
  LICENSING("licensing", "第二十条第（五）项 行政许可", "Art. 20(5) licensing decisions", 1),
  PUNISHMENT("punishment", "第二十条第（六）项 行政处罚", "Art. 20(6) penalty decisions", 1),
  COERCION("coercion", "第二十条第（六）项 行政强制", "Art. 20(6) coercive measures", 1);

  /** Column labels of the three-column rows. */
  public static final java.util.List<FormLabel> DOCUMENT_COLUMNS =
      java.util.List.of(
          new Col("本年制发件数", "issued this year"),
          new Col("本年废止件数", "repealed this year"),
          new Col("现行有效件数", "in force"));

  /** Label of the fee row, 第二十条第（八）项. */
  public static final FormLabel FEES = new Col("第二十条第（八）项 行政事业性收费", "Art. 20(8) administrative fees");

  private final String key;
  private final String zh;
  private final String en;
  private final int columns;

  ARow(String key, String zh, String en, int columns) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.columns = columns;
  }

  public String key() {
    return key;
  }

  public String pointer() {
    return "/table_a/" + key;
  }

  /** How many numbers the row holds: 3, or 1 for a single count written as a plain number. */
  public int columns() {
    return columns;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }

  private record Col(String zh, String en) implements FormLabel {}
}
