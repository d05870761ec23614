package org.gongkai.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.Report;
import org.gongkai.model.Row;
import org.gongkai.validate.Rule;

/** B-row: in every row of table B, 总计 = 自然人 + the five 法人或其他组织 columns. */
public final class BRowRule implements Rule {
  @Override
  public String code() {
    return "B-row";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    if (r.tableB() == null) return;
    r.tableB().rows().forEach((row, cells) -> check(row, cells, at, out));
  }

  private void check(BRow row, Row cells, SourceMap at, DiagnosticSink out) {
    if (!cells.complete()) return; // `complete` reports the gap; a sum over it means nothing
    List<Long> parts = new ArrayList<>();
    long sum = 0;
    for (BColumn c : BColumn.APPLICANTS) {
      parts.add(cells.get(c.ordinal()));
      sum += cells.get(c.ordinal());
    }
    long total = cells.get(BColumn.TOTAL.ordinal());
    if (sum != total) {
      out.error(code(), at.at(row.pointer() + "/" + BColumn.TOTAL.ordinal()), "rule.B-row",
          FormLabels.of(row), total, FormLabels.sum(BColumn.APPLICANTS, parts), sum);
    }
  }
}
