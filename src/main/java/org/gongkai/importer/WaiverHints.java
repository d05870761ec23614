package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;
import org.gongkai.model.FormLabel;

/**
 * Waivers a maintainer may want, with reasons drawn from what the importer saw: parts of the
 * form the original lacks (the {@code complete} rule), a body that opens with another year
 * ({@code year-text}). Written as comments only: whether to waive is the maintainer's call.
 */
final class WaiverHints {
  private WaiverHints() {}

  static List<Draft.Hint> of(TableRead<AItem> a, TableRead<BRow> b, TableRead<CRow> c, Integer year,
      Integer bodyYear) {
    List<String> gaps = new ArrayList<>();
    table(Section.TABLE_A, a, List.of(AItem.values()).subList(0, AItem.FEES.ordinal() + 1), gaps);
    table(Section.TABLE_B, b, List.of(BRow.values()), gaps);
    table(Section.TABLE_C, c, List.of(CRow.values()), gaps);
    List<Draft.Hint> hints = new ArrayList<>();
    if (!gaps.isEmpty()) hints.add(new Draft.Hint("complete", "原文" + String.join("；", gaps) + "。"));
    if (year != null && bodyYear != null && !year.equals(bodyYear)) {
      hints.add(new Draft.Hint("year-text", "原文标题为" + year + "年度，第一部分首句写“" + bodyYear + " 年”；按标题定为" + year + "年度。"));
    }
    return hints;
  }

  private static <R extends FormLabel> void table(Section s, TableRead<R> t, List<R> form, List<String> gaps) {
    if (t == null) {
      gaps.add("缺少" + s.heading() + "的整个表格");
      return;
    }
    List<String> rows = new ArrayList<>();
    for (R r : form) {
      if (!t.has(r)) {
        rows.add(r.zh());
        continue;
      }
      List<BigDecimal> cells = t.rows().get(r);
      int empty = 0;
      for (BigDecimal v : cells) if (v == null) empty++;
      if (empty > 0) gaps.add(r.zh() + " 一行有 " + empty + " 个数空缺");
    }
    if (!rows.isEmpty()) gaps.add("表" + s.number() + "缺少" + String.join("、", rows));
  }
}
