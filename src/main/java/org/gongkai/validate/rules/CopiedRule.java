package org.gongkai.validate.rules;

import java.util.List;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.validate.ArchiveRule;
import org.gongkai.validate.ReportSummary;

/**
 * copied: tables and prose identical (years aside) to the same organ's previous report. The
 * 2021 format notice names such 雷同 reports as a failing.
 */
public final class CopiedRule implements ArchiveRule {
  @Override
  public String code() {
    return "copied";
  }

  @Override
  public void check(List<ReportSummary> all, DiagnosticSink out) {
    OrganYears.eachWithPrevious(all, (s, prev) -> {
      if (s.fingerprint().equals(prev.fingerprint())) {
        out.warning(code(), s.positions().at(""), "rule.copied", prev.year(), prev.contentPath());
      }
    });
  }
}
