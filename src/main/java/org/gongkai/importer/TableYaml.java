package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;

/**
 * Tables A, B and C laid out as in the hand-written files: one row per line, keys padded so the
 * number lists line up, each row's printed name as an aligned comment, rows the original lacks
 * named in a comment where they would stand.
 */
final class TableYaml {
  private static final Map<BRow, String> B_NAMES = bNames();
  private static final List<String> B_GROUPS = List.of("denied", "unavailable", "not_processed", "other");
  private static final List<String> B_GROUP_NAMES = List.of("三（三）不予公开", "三（四）无法提供", "三（五）不予处理", "三（六）其他处理");

  private static final Map<AItem, String> A_NAMES = Map.of(
      AItem.REGULATIONS, "规章", AItem.NORMATIVE_DOCUMENTS, "行政规范性文件",
      AItem.LICENSING, "行政许可（本年处理决定数量）", AItem.PUNISHMENT, "行政处罚", AItem.COERCION, "行政强制",
      AItem.FEES, "行政事业性收费（本年收费金额，万元）");
  private static final Map<CRow, String> C_NAMES = Map.of(
      CRow.REVIEW, "行政复议", CRow.LITIGATION_DIRECT, "行政诉讼：未经复议直接起诉",
      CRow.LITIGATION_AFTER_REVIEW, "行政诉讼：复议后起诉");

  /** One line being laid out: the slot its notes belong to, its indent, its text and its comment. */
  private record Row(String slot, String indent, String body, String comment) {}

  private TableYaml() {}

  static void tableA(StringBuilder out, TableRead<AItem> t, NoteComments notes) {
    out.append("table_a:   # 二、主动公开政府信息情况\n");
    out.append("  #                    [本年制发, 本年废止, 现行有效]\n");
    List<Row> lists = new ArrayList<>();
    List<Row> scalars = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (AItem item : AItem.values()) {
      if (!item.inForm()) continue;
      if (!t.has(item)) {
        missing.add(A_NAMES.get(item));
        continue;
      }
      List<BigDecimal> cells = t.rows().get(item);
      if (item.width() == 3) {
        lists.add(new Row(item.pointer(), "  ", pad("  " + item.key() + ":", 24) + list(cells), A_NAMES.get(item)));
      } else {
        scalars.add(new Row(item.pointer(), "  ", "  " + item.key() + ": " + Scalars.number(cells.get(0)), A_NAMES.get(item)));
      }
    }
    emit(out, lists, 36, notes);
    emit(out, scalars, 24, notes);
    if (!missing.isEmpty()) out.append("  # ").append(String.join("、", missing)).append("：原文缺失\n");
  }

  static void tableB(StringBuilder out, TableRead<BRow> t, NoteComments notes) {
    out.append("table_b:   # 三、收到和处理政府信息公开申请情况\n");
    out.append("  #               [自然人, 商业企业, 科研机构, 社会公益, 法律服务, 其他, 总计]\n");
    List<Row> rows = new ArrayList<>();
    List<BRow> gap = new ArrayList<>();
    String openGroup = null;
    for (BRow r : BRow.values()) {
      if (!t.has(r)) {
        gap.add(r);
        continue;
      }
      String group = group(r);
      if (!gap.isEmpty()) rows.add(missing(gap, t, group != null && group.equals(openGroup) ? "    " : "  "));
      gap.clear();
      if (group != null && !group.equals(openGroup)) {
        rows.add(new Row("", "  ", "  " + group + ":", B_GROUP_NAMES.get(B_GROUPS.indexOf(group))));
      }
      openGroup = group;
      String key = group == null ? r.key() : r.key().substring(group.length() + 1);
      String indent = group == null ? "  " : "    ";
      rows.add(new Row(r.pointer(), indent, pad(indent + key + ":", keyWidth(group)) + list(t.rows().get(r)), B_NAMES.get(r)));
    }
    if (!gap.isEmpty()) rows.add(missing(gap, t, "  "));
    emit(out, rows, 42, notes);
  }

  static void tableC(StringBuilder out, TableRead<CRow> t, NoteComments notes) {
    out.append("table_c:   # 四、政府信息公开行政复议、行政诉讼情况\n");
    out.append("  #                          [维持, 纠正, 其他, 尚未审结, 总计]\n");
    List<Row> rows = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (CRow r : CRow.values()) {
      if (!t.has(r)) missing.add(C_NAMES.get(r));
      else rows.add(new Row(r.pointer(), "  ", pad("  " + r.key() + ":", 28) + list(t.rows().get(r)), C_NAMES.get(r)));
    }
    emit(out, rows, 46, notes);
    if (!missing.isEmpty()) out.append("  # ").append(String.join("、", missing)).append("：原文缺失\n");
  }

  /** A comment row naming missing rows; a group missing whole is named once. */
  private static Row missing(List<BRow> gap, TableRead<BRow> t, String indent) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < gap.size(); i++) {
      BRow r = gap.get(i);
      String group = group(r);
      if (group != null && TableBReader.Group.of(r).rows().stream().noneMatch(t::has)) {
        String name = B_GROUP_NAMES.get(B_GROUPS.indexOf(group));
        if (!names.contains(name)) names.add(name);
        continue;
      }
      names.add(group == null ? B_NAMES.get(r) : B_GROUP_NAMES.get(B_GROUPS.indexOf(group)) + B_NAMES.get(r));
    }
    return new Row("", indent, indent + "# " + String.join("、", names) + "：原文缺失", null);
  }

  private static String group(BRow r) {
    int slash = r.key().indexOf('/');
    return slash < 0 ? null : r.key().substring(0, slash);
  }

  /** Keys pad to column 18, or further where a group's longest key needs it (needs_creation: 20). */
  private static int keyWidth(String group) {
    if (group == null) return 18;
    int longest = 0;
    for (BRow r : BRow.values()) {
      if (r.key().startsWith(group + "/")) longest = Math.max(longest, r.key().length() - group.length());
    }
    return Math.max(18, 4 + longest + 1);
  }

  /** The row names the hand-written files give as comments (shorter than the form's for 三（六）). */
  private static Map<BRow, String> bNames() {
    String[] names = {"一、本年新收", "二、上年结转", "三（一）予以公开", "三（二）部分公开",
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息", "1.逾期不补正", "2.逾期未缴费", "3.其他",
        "三（七）总计", "四、结转下年度继续办理"};
    Map<BRow, String> m = new EnumMap<>(BRow.class);
    for (BRow r : BRow.values()) m.put(r, names[r.ordinal()]);
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Writes rows with their comments starting in one column: at least {@code base}, right of the longest row. */
  private static void emit(StringBuilder out, List<Row> rows, int base, NoteComments notes) {
    int column = base;
    for (Row r : rows) if (r.comment() != null) column = Math.max(column, r.body().length() + 1);
    for (Row r : rows) {
      if (!r.slot().isEmpty()) notes.write(out, r.slot(), r.indent());
      out.append(r.comment() == null ? r.body() : pad(r.body(), column) + "# " + r.comment()).append('\n');
    }
  }

  private static String list(List<BigDecimal> cells) {
    List<String> s = new ArrayList<>();
    for (BigDecimal c : cells) s.add(Scalars.number(c));
    return "[" + String.join(", ", s) + "]";
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) b.append(' ');
    return b.toString();
  }
}
