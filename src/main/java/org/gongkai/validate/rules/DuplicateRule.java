package org.gongkai.validate.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.validate.ArchiveRule;
import org.gongkai.validate.ReportSummary;

/** duplicate: one organ publishes one report a year; two files claiming the same are an error. */
public final class DuplicateRule implements ArchiveRule {
  @Override
  public String code() {
    return "duplicate";
  }

  @Override
  public void check(List<ReportSummary> all, DiagnosticSink out) {
    Map<String, List<ReportSummary>> byKey = new LinkedHashMap<>();
    for (ReportSummary s : all) byKey.computeIfAbsent(OrganYears.key(s.organKey(), s.year()), k -> new ArrayList<>()).add(s);
    for (List<ReportSummary> same : byKey.values()) {
      if (same.size() < 2) continue;
      for (ReportSummary s : same) {
        String others = String.join("、", same.stream().filter(o -> o != s).map(ReportSummary::file).toList());
        out.error(code(), s.positions().at("/organ/name"), "rule.duplicate", others);
      }
    }
  }
}
