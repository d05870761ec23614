package org.gongkai.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.Label;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.ARow;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.CColumn;
import org.gongkai.model.CRow;
import org.gongkai.model.FormLabel;
import org.gongkai.model.Report;
import org.gongkai.model.Row;
import org.gongkai.validate.Rule;

/** complete: every table, row and cell of the national form is present. */
public final class CompleteRule implements Rule {
  private static final Label TABLE_A = Label.of("二、主动公开政府信息情况", "2. proactive disclosure (table A)");
  private static final Label TABLE_B = Label.of("三、收到和处理政府信息公开申请情况", "3. applications (table B)");
  private static final Label TABLE_C = Label.of("四、政府信息公开行政复议、行政诉讼情况", "4. reviews and lawsuits (table C)");

  @Override
  public String code() {
    return "complete";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    String whole = "rule.complete.table";
    if (r.tableA() == null) out.error(code(), at.at("/table_a"), whole, TABLE_A);
    else {
      for (ARow row : ARow.values()) {
        List<FormLabel> cols = row.columns() == 3 ? ARow.DOCUMENT_COLUMNS : List.of(row);
        rowCheck(row, r.tableA().rows().get(row), row.pointer(), cols, at, out);
      }
      if (r.tableA().fees() == null) {
        out.error(code(), at.at("/table_a/fees"), "rule.complete.fee", FormLabels.of(ARow.FEES));
      }
    }
    if (r.tableB() == null) out.error(code(), at.at("/table_b"), whole, TABLE_B);
    else rows(BRow.values(), r.tableB().rows(), List.of(BColumn.values()), at, out);
    if (r.tableC() == null) out.error(code(), at.at("/table_c"), whole, TABLE_C);
    else rows(CRow.values(), r.tableC().rows(), List.of(CColumn.values()), at, out);
  }

  private <R extends FormLabel> void rows(R[] all, Map<R, Row> present, List<? extends FormLabel> cols,
      SourceMap at, DiagnosticSink out) {
    for (R row : all) {
      String pointer = row instanceof BRow b ? b.pointer() : ((CRow) row).pointer();
      rowCheck(row, present.get(row), pointer, cols, at, out);
    }
  }

  private void rowCheck(FormLabel row, Row cells, String pointer, List<? extends FormLabel> cols,
      SourceMap at, DiagnosticSink out) {
    if (cells == null) {
      out.error(code(), at.at(pointer), "rule.complete.row", FormLabels.of(row));
      return;
    }
    List<FormLabel> missing = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i) == null) {
        missing.add(cols.get(i));
        if (first < 0) first = i;
      }
    }
    if (missing.isEmpty()) return;
    if (cols.size() == 1) {
      out.error(code(), at.at(pointer), "rule.complete.value", FormLabels.of(row));
      return;
    }
    out.error(code(), at.at(pointer + "/" + first), "rule.complete.cells", FormLabels.of(row), FormLabels.list(missing));
  }
}
