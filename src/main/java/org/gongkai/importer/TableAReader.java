package org.gongkai.importer;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Label;
import org.gongkai.diag.Suggest;

/**
 * Table A (主动公开政府信息情况). Rows are named by their labels. Reports still using the 2019
 * trial form print other columns: of those only 处理决定数量 means what the national form asks
 * (本年处理决定数量); the rest is noted, not mapped.
 */
final class TableAReader {
  private static final Keywords<AItem> ROWS = Keywords.of(List.of(
      entry("规章", AItem.REGULATIONS),
      entry("规范性文件", AItem.NORMATIVE_DOCUMENTS),
      entry("行政许可", AItem.LICENSING),
      entry("行政处罚", AItem.PUNISHMENT),
      entry("行政强制", AItem.COERCION),
      entry("事业性收费", AItem.FEES),
      entry("对外管理服务", AItem.OTHER_SERVICES),
      entry("集中采购", AItem.PROCUREMENT)));
  private static final List<String> HEADERS =
      List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额(单位:万元)");
  private static final List<String> TRIAL_WORDS =
      List.of("新制作", "新公开数量", "对外公开总数量", "上一年项目数量", "增/减", "采购项目数量", "采购总金额");
  private static final List<Label> TRIAL_COLUMNS =
      List.of(Label.of("上一年项目数量", "items last year"), Label.of("本年增/减", "change"),
          Label.of("处理决定数量", "decisions"));

  private TableAReader() {}

  static TableRead<AItem> read(List<Line> body, Notes notes) {
    TableText.Tokens tokens = TableText.read(body);
    boolean trial = headers(tokens.tokens(), notes);
    Map<AItem, List<BigDecimal>> rows = new LinkedHashMap<>();
    Map<AItem, Integer> lines = new LinkedHashMap<>();
    AItem prev = null;
    for (RawRow r : RawRow.rows(tokens.tokens())) {
      if (!r.hasValues()) continue;
      AItem item = ROWS.last(Fold.tight(r.label()));
      if (item == null) {
        item = next(prev);
        if (item == null) {
          notes.unreadable(r.line(), "/table_a", "import.row.beyond", r.printed());
          continue;
        }
        notes.guessed(r.line(), item.pointer(), "import.row.byPosition", Target.label(item));
      }
      prev = item;
      if (rows.containsKey(item)) {
        notes.unreadable(r.line(), item.pointer(), "import.row.duplicate", Target.label(item), r.printed());
        continue;
      }
      List<BigDecimal> cells = trial ? trial(r, item, notes) : regular(r, item, notes);
      if (cells == null) continue;
      rows.put(item, cells);
      lines.put(item, r.line());
    }
    return new TableRead<>(tokens.layout(), rows, lines);
  }

  private static List<BigDecimal> regular(RawRow r, AItem item, Notes notes) {
    if (!item.inForm()) {
      notes.unreadable(r.line(), "/table_a", "import.tableA.unmapped", Target.label(item), r.printed());
      return null;
    }
    Target target = Target.of(item.pointer(), item, item.columns());
    List<BigDecimal> cells = RowFit.fit(r, target, notes);
    return item == AItem.FEES ? cells : Counts.whole(cells, r, target, notes);
  }

  /** The 2019 trial form: 行政许可/处罚/强制 give 处理决定数量 as their third number. */
  private static List<BigDecimal> trial(RawRow r, AItem item, Notes notes) {
    boolean decisions = item == AItem.LICENSING || item == AItem.PUNISHMENT || item == AItem.COERCION;
    if (!decisions) {
      notes.unreadable(r.line(), "/table_a", "import.tableA.unmapped", Target.label(item), r.printed());
      return null;
    }
    Target target = new Target(item.pointer(), Target.label(item), TRIAL_COLUMNS);
    List<BigDecimal> cells = Counts.whole(RowFit.fit(r, target, notes), r, target, notes);
    notes.guessed(r.line(), item.pointer(), "import.tableA.trialDecisions", Target.label(item), r.printed());
    return java.util.Collections.singletonList(cells.get(2));
  }

  /** Whether the headers are the 2019 trial form's; notes headers that look misread. */
  private static boolean headers(List<Token> tokens, Notes notes) {
    boolean trial = false;
    for (Token t : tokens) {
      if (!(t instanceof Token.Text text)) continue;
      String f = Fold.tight(text.text());
      for (String w : TRIAL_WORDS) {
        if (f.contains(w) && !trial) {
          trial = true;
          notes.read(t.line(), "/table_a", "import.tableA.trial", text.text());
        }
      }
      if (f.length() < 4 || HEADERS.contains(f)) continue;
      for (String h : HEADERS) {
        if (Suggest.distance(f, h) == 1) notes.guessed(t.line(), "/table_a", "import.header.typo", text.text(), h);
      }
    }
    return trial;
  }

  private static AItem next(AItem prev) {
    if (prev == null) return AItem.REGULATIONS;
    AItem[] all = AItem.values();
    return prev.ordinal() + 1 < all.length && all[prev.ordinal() + 1].inForm() ? all[prev.ordinal() + 1] : null;
  }
}
