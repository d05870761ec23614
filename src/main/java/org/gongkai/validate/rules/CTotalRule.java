package org.gongkai.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.CColumn;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/** C-total: in each group of table C, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
public final class CTotalRule implements Rule {
  private static final List<CColumn> PARTS =
      List.of(CColumn.UPHELD, CColumn.CORRECTED, CColumn.OTHER, CColumn.PENDING);

  @Override
  public String code() {
    return "C-total";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    if (r.tableC() == null) return;
    r.tableC().rows().forEach((row, cells) -> {
      if (!cells.complete()) return;
      List<Long> parts = new ArrayList<>();
      long sum = 0;
      for (CColumn c : PARTS) {
        parts.add(cells.get(c.ordinal()));
        sum += cells.get(c.ordinal());
      }
      long total = cells.get(CColumn.TOTAL.ordinal());
      if (sum != total) {
        out.error(code(), at.at(row.pointer() + "/" + CColumn.TOTAL.ordinal()), "rule.C-total",
            FormLabels.of(row), total, FormLabels.sum(PARTS, parts), sum);
      }
    });
  }
}
