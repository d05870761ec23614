package org.gongkai.validate.rules;

import java.util.List;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.validate.ArchiveRule;
import org.gongkai.validate.ReportSummary;

/**
 * carry-over: 二、上年结转 of year Y equals 四、结转下年度继续办理 of the same organ's Y-1 report,
 * column by column. Only an archive holding both years can see this.
 */
public final class CarryOverRule implements ArchiveRule {
  @Override
  public String code() {
    return "carry-over";
  }

  @Override
  public void check(List<ReportSummary> all, DiagnosticSink out) {
    OrganYears.eachWithPrevious(all, (s, prev) -> {
      if (s.tableB() == null || prev.tableB() == null) return;
      for (BColumn c : BColumn.values()) {
        Long in = s.tableB().cell(BRow.CARRIED_IN, c);
        Long over = prev.tableB().cell(BRow.CARRIED_OVER, c);
        if (in != null && over != null && !in.equals(over)) {
          out.warning(code(), s.positions().at(BRow.CARRIED_IN.pointer() + "/" + c.ordinal()), "rule.carry-over",
              FormLabels.of(c), in, prev.year(), prev.contentPath(), over);
        }
      }
    });
  }
}
