package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;

/**
 * Figures the prose states that a table also holds: "共收到政府信息公开申请7件" is table B's
 * 一、本年新收 总计, "行政处罚1217件" is table A's 行政处罚. A disagreement is a fact about the
 * original to report, never something to correct.
 */
final class CrossCheck {
  private static final Pattern RECEIVED = Pattern.compile(
      "(?:收到|受理)[^。；;，,]{0,12}?申请[^。；;，,\\d]{0,10}?(\\d+)\\s*(?:件|项|条|个|宗|次|份)");
  private static final Pattern NONE_RECEIVED = Pattern.compile("未(?:收到|受理)[^。；;，,\\d]{0,12}申请");
  private static final Pattern DECISIONS =
      Pattern.compile("(行政许可|行政处罚|行政强制)[^。；;，,\\d]{0,8}?(\\d+)\\s*(?:件|起|宗|个|项|次|条)");

  private CrossCheck() {}

  static void run(List<Line> prose, TableRead<AItem> a, TableRead<BRow> b, Notes notes) {
    BigDecimal received = b == null ? null : b.cell(BRow.NEW, BColumn.TOTAL.ordinal());
    for (Line l : prose) {
      String text = Fold.wide(l.text());
      if (received != null) {
        Matcher m = RECEIVED.matcher(text);
        if (m.find()) compare(l, m.group(), new BigDecimal(m.group(1)), received, "/table_b/new", notes);
        else if (NONE_RECEIVED.matcher(text).find()) compare(l, "未收到申请", BigDecimal.ZERO, received, "/table_b/new", notes);
      }
      if (a == null) continue;
      Matcher d = DECISIONS.matcher(text);
      while (d.find()) {
        AItem item = switch (d.group(1)) {
          case "行政许可" -> AItem.LICENSING;
          case "行政处罚" -> AItem.PUNISHMENT;
          default -> AItem.COERCION;
        };
        BigDecimal inTable = a.cell(item, 0);
        if (inTable != null) compare(l, d.group(), new BigDecimal(d.group(2)), inTable, item.pointer(), notes);
      }
    }
  }

  private static void compare(Line l, String said, BigDecimal stated, BigDecimal table, String field, Notes notes) {
    if (stated.compareTo(table) == 0) return;
    notes.mismatch(l.number(), field, "import.crossCheck", said, table.toPlainString());
  }
}
