package org.gongkai.validate.rules;

import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.Report;
import org.gongkai.model.TableB;
import org.gongkai.validate.Rule;

/** B-balance: in every column, 一 + 二 = 三（七）总计 + 四, the rule printed above table B. */
public final class BBalanceRule implements Rule {
  @Override
  public String code() {
    return "B-balance";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    TableB b = r.tableB();
    if (b == null) return;
    for (BColumn c : BColumn.values()) {
      Long received = b.cell(BRow.NEW, c);
      Long carriedIn = b.cell(BRow.CARRIED_IN, c);
      Long handled = b.cell(BRow.RESULTS_TOTAL, c);
      Long carriedOver = b.cell(BRow.CARRIED_OVER, c);
      if (received == null || carriedIn == null || handled == null || carriedOver == null) continue;
      if (received + carriedIn != handled + carriedOver) {
        out.error(code(), at.at(BRow.CARRIED_OVER.pointer() + "/" + c.ordinal()), "rule.B-balance",
            FormLabels.of(c), received, carriedIn, handled, carriedOver);
      }
    }
  }
}
