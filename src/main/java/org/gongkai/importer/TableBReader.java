package org.gongkai.importer;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Label;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;

/**
 * Table B (收到和处理政府信息公开申请情况): rows recognised by their labels; rows whose label the
 * original lost are placed by their position in the national form, after the row before them.
 */
final class TableBReader {
  private static final Keywords<BRow> ROWS = Keywords.of(List.of(
      entry("本年新收", BRow.NEW),
      entry("上年结转", BRow.CARRIED_IN),
      entry("予以公开", BRow.GRANTED),
      entry("部分公开", BRow.PARTIAL),
      entry("国家秘密", BRow.DENIED_STATE_SECRET),
      entry("禁止公开", BRow.DENIED_PROHIBITED),
      entry("三安全一稳定|危及", BRow.DENIED_SECURITY),
      entry("第三方", BRow.DENIED_THIRD_PARTY),
      entry("内部事务", BRow.DENIED_INTERNAL),
      entry("过程性", BRow.DENIED_PROCESS),
      entry("执法案卷", BRow.DENIED_ENFORCEMENT),
      entry("查询事项", BRow.DENIED_INQUIRY),
      entry("不掌握", BRow.UNAVAILABLE_NOT_HELD),
      entry("另行制作|没有现成", BRow.UNAVAILABLE_NEEDS_CREATION),
      entry("仍不明确|补正后", BRow.UNAVAILABLE_UNCLEAR),
      entry("信访|举报投诉", BRow.NOT_PROCESSED_COMPLAINT),
      entry("重复申请", BRow.NOT_PROCESSED_REPEATED),
      entry("出版物", BRow.NOT_PROCESSED_PUBLICATION),
      entry("大量反复", BRow.NOT_PROCESSED_EXCESSIVE),
      entry("重新出具|确认或", BRow.NOT_PROCESSED_CONFIRMATION),
      entry("不补正", BRow.OTHER_NO_CORRECTION),
      entry("缴纳费用|收费通知", BRow.OTHER_NO_FEE),
      // "其他" alone is the header's column; as a row it is numbered "3.其他".
      entry("(?:^|\\d[.、])其他[。.]?$", BRow.OTHER_OTHER),
      entry("总计[。.]?$", BRow.RESULTS_TOTAL),
      entry("结转下年度|继续办理", BRow.CARRIED_OVER)));
  private static final Keywords<Group> GROUPS = Keywords.of(List.of(
      entry("不予公开", Group.DENIED),
      entry("无法提供", Group.UNAVAILABLE),
      entry("不予处理", Group.NOT_PROCESSED),
      entry("其他处理", Group.OTHER)));
  private static final int CONTINUATION = 8;

  /** The four result rows of the form that have sub-rows. */
  enum Group {
    DENIED("denied/", "三（三）不予公开", "3(3) not disclosed"),
    UNAVAILABLE("unavailable/", "三（四）无法提供", "3(4) cannot be provided"),
    NOT_PROCESSED("not_processed/", "三（五）不予处理", "3(5) not processed"),
    OTHER("other/", "三（六）其他处理", "3(6) otherwise handled");

    private final String prefix;
    private final String zh;
    private final String en;

    Group(String prefix, String zh, String en) {
      this.prefix = prefix;
      this.zh = zh;
      this.en = en;
    }

    List<BRow> rows() {
      return java.util.Arrays.stream(BRow.values()).filter(r -> r.key().startsWith(prefix)).toList();
    }

    static Group of(BRow row) {
      for (Group g : values()) if (row.key().startsWith(g.prefix)) return g;
      return null;
    }

    Label label() {
      return Label.of(zh, en);
    }
  }

  private record Placed(RawRow row, BRow target, boolean byPosition, Group groupOnly) {}

  private TableBReader() {}

  static TableRead<BRow> read(List<Line> body, Notes notes) {
    TableText.Tokens tokens = TableText.read(body);
    List<RawRow> raw = RawRow.rows(tokens.tokens());
    List<Placed> placed = place(raw, notes);
    Map<BRow, List<BigDecimal>> rows = new LinkedHashMap<>();
    Map<BRow, Integer> lines = new LinkedHashMap<>();
    for (Placed p : placed) {
      Target target = Target.of(p.target.pointer(), p.target, List.of(BColumn.values()));
      rows.put(p.target, Counts.whole(RowFit.fit(p.row, target, notes), p.row, target, notes));
      lines.put(p.target, p.row.line());
    }
    return new TableRead<>(tokens.layout(), rows, lines);
  }

  private static List<Placed> place(List<RawRow> raw, Notes notes) {
    List<Placed> placed = new ArrayList<>();
    BRow prev = null;
    for (RawRow r : raw) {
      if (!r.hasValues()) {
        if (prev != null) leftover(r, notes);
        continue;
      }
      String f = Fold.tight(r.label());
      Keywords.Hit<BRow> row = ROWS.hit(f);
      Keywords.Hit<Group> group = GROUPS.hit(f);
      BRow target;
      boolean byPosition = false;
      Group groupOnly = null;
      if (row != null && (group == null || row.end() >= group.end())) {
        target = row.target();
      } else if (group != null) {
        target = group.target().rows().get(0);
        groupOnly = group.target();
      } else {
        target = prev == null ? BRow.NEW : next(prev);
        byPosition = true;
        if (target == null) {
          notes.unreadable(r.line(), "/table_b", "import.row.beyond", r.printed());
          continue;
        }
      }
      BRow t = target;
      if (placed.stream().anyMatch(p -> p.target == t)) {
        notes.unreadable(r.line(), "/table_b/" + t.key(), "import.row.duplicate", Target.label(t), r.printed());
        continue;
      }
      placed.add(new Placed(r, target, byPosition, groupOnly));
      prev = target;
    }
    return resolveGroups(placed, notes);
  }

  /**
   * A group label with numbers but no sub-row label ("（三）不予公开 0 0 …") is its first sub-row
   * when the next rows follow it down the group (labels lost); alone, it is the group's only
   * row, as the 2019 trial form printed （六）其他处理, and cannot be split into sub-rows.
   */
  private static List<Placed> resolveGroups(List<Placed> placed, Notes notes) {
    List<Placed> out = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      if (p.groupOnly == null) {
        if (p.byPosition) notes.guessed(p.row.line(), "/table_b/" + p.target.key(), "import.row.byPosition", Target.label(p.target));
        out.add(p);
        continue;
      }
      Placed next = i + 1 < placed.size() ? placed.get(i + 1) : null;
      boolean continues = next != null && Group.of(next.target) == p.groupOnly;
      if (!continues && p.groupOnly.rows().size() > 1) {
        long numbers = p.row.values().stream().filter(Token::value).count();
        if (numbers > BColumn.values().length) {
          notes.unreadable(p.row.line(), "/table_b", "import.row.groupRunTogether", p.groupOnly.label(), numbers);
        } else {
          notes.unreadable(p.row.line(), "/table_b", "import.row.groupOnly", p.groupOnly.label(), p.row.printed(),
              p.groupOnly.rows().size());
        }
        continue;
      }
      notes.guessed(p.row.line(), "/table_b/" + p.target.key(), "import.row.groupFirst", p.groupOnly.label(),
          Target.label(p.target));
      out.add(p);
    }
    return out;
  }

  /**
   * Label text with no numbers after the rows began: a group label on a line of its own, the
   * rest of a label broken over lines, or stray text.
   */
  private static void leftover(RawRow r, Notes notes) {
    if (!r.labelled()) return;
    String text = r.label().strip();
    String f = Fold.tight(text);
    if (GROUPS.last(f) != null && ROWS.last(f) == null) return;
    if (f.length() <= CONTINUATION) notes.read(r.line(), "/table_b", "import.row.continued", text);
    else notes.unreadable(r.line(), "/table_b", "import.table.text", text);
  }

  private static BRow next(BRow row) {
    BRow[] all = BRow.values();
    return row.ordinal() + 1 < all.length ? all[row.ordinal() + 1] : null;
  }
}
