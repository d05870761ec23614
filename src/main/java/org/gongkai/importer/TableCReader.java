package org.gongkai.importer;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Label;
import org.gongkai.model.CColumn;
import org.gongkai.model.CRow;

/**
 * Table C (行政复议、行政诉讼情况): fifteen numbers, usually in one row under a two-level header
 * (复议; 诉讼 未经复议直接起诉, 复议后起诉 — five columns each), sometimes as three labelled rows.
 */
final class TableCReader {
  private static final Keywords<CRow> GROUPS = Keywords.of(List.of(
      entry("行政复议", CRow.REVIEW),
      entry("未经复议|直接起诉", CRow.LITIGATION_DIRECT),
      entry("复议后起诉", CRow.LITIGATION_AFTER_REVIEW)));
  private static final int GROUP = CColumn.values().length;

  private TableCReader() {}

  static TableRead<CRow> read(List<Line> body, Notes notes) {
    TableText.Tokens tokens = TableText.read(body);
    List<RawRow> data = RawRow.rows(tokens.tokens()).stream().filter(RawRow::hasValues).toList();
    Map<CRow, List<BigDecimal>> rows = new LinkedHashMap<>();
    Map<CRow, Integer> lines = new LinkedHashMap<>();
    if (data.size() == CRow.values().length) {
      for (int i = 0; i < data.size(); i++) {
        RawRow r = data.get(i);
        CRow group = GROUPS.last(Fold.tight(r.label()));
        if (group == null || rows.containsKey(group)) group = CRow.values()[i];
        Target target = Target.of(group.pointer(), group, List.of(CColumn.values()));
        rows.put(group, Counts.whole(RowFit.fit(r, target, notes), r, target, notes));
        lines.put(group, r.line());
      }
    } else if (!data.isEmpty()) {
      // One row of fifteen (or the fifteen spread over lines): split into the three groups.
      List<Token> all = new ArrayList<>();
      for (RawRow r : data) all.addAll(r.values());
      RawRow joined = new RawRow("", data.get(0).line(), all);
      Target target = new Target("/table_c", Label.of("四、政府信息公开行政复议、行政诉讼情况",
          "4. reviews and lawsuits (table C)"), columns());
      List<BigDecimal> cells = Counts.whole(RowFit.fit(joined, target, notes), joined, target, notes);
      for (CRow group : CRow.values()) {
        int from = group.ordinal() * GROUP;
        rows.put(group, cells.subList(from, from + GROUP));
        lines.put(group, joined.line());
      }
    }
    return new TableRead<>(tokens.layout(), rows, lines);
  }

  /** The fifteen columns: each group's five, named with the group. */
  private static List<Label> columns() {
    List<Label> out = new ArrayList<>();
    for (CRow g : CRow.values()) {
      for (CColumn c : CColumn.values()) out.add(Label.of(g.zh() + c.zh(), g.en() + " " + c.en()));
    }
    return out;
  }
}
