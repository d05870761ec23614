package org.gongkai.validate.rules;

import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.Report;
import org.gongkai.model.TableB;
import org.gongkai.validate.Rule;

/** B-total: in every column, （七）总计 = （一）+（二）+ every sub-row of （三）to（六）. */
public final class BTotalRule implements Rule {
  @Override
  public String code() {
    return "B-total";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    TableB b = r.tableB();
    if (b == null) return;
    for (BColumn c : BColumn.values()) {
      Long total = b.cell(BRow.RESULTS_TOTAL, c);
      if (total == null) continue;
      long sum = 0;
      boolean known = true;
      for (BRow row : BRow.results()) {
        Long v = b.cell(row, c);
        if (v == null) known = false;
        else sum += v;
      }
      if (known && sum != total) {
        out.error(code(), at.at(BRow.RESULTS_TOTAL.pointer() + "/" + c.ordinal()), "rule.B-total",
            FormLabels.of(c), total, sum);
      }
    }
  }
}
