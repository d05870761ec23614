package org.gongkai.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.OrganKind;
import org.gongkai.validate.ArchiveRule;
import org.gongkai.validate.ReportSummary;

/**
 * aggregate: a government's own report sums its departments and subordinate governments. When
 * the report lists its {@code members} and all of their reports for the year are in the
 * archive, its table B must equal their sum, cell by cell (first differing column per row).
 */
public final class AggregateRule implements ArchiveRule {
  @Override
  public String code() {
    return "aggregate";
  }

  @Override
  public void check(List<ReportSummary> all, DiagnosticSink out) {
    Map<String, ReportSummary> byOrganYear = OrganYears.index(all);
    for (ReportSummary gov : all) {
      if (gov.kind() != OrganKind.GOVERNMENT || gov.members().isEmpty() || gov.tableB() == null) continue;
      List<ReportSummary> members = members(gov, byOrganYear);
      if (members != null) compare(gov, members, out);
    }
  }

  /** The members' reports of the same year, or null when any is missing from the archive. */
  private static List<ReportSummary> members(ReportSummary gov, Map<String, ReportSummary> byOrganYear) {
    String base = gov.organKey().substring(0, gov.organKey().length() - gov.organName().length());
    List<ReportSummary> members = new ArrayList<>();
    for (String m : gov.members()) {
      ReportSummary member = byOrganYear.get(OrganYears.key(base + m, gov.year()));
      if (member == null || member.tableB() == null) return null;
      members.add(member);
    }
    return members;
  }

  private void compare(ReportSummary gov, List<ReportSummary> members, DiagnosticSink out) {
    for (BRow row : BRow.values()) {
      for (BColumn c : BColumn.values()) {
        Long own = gov.tableB().cell(row, c);
        if (own == null) continue;
        long sum = 0;
        boolean known = true;
        for (ReportSummary m : members) {
          Long v = m.tableB().cell(row, c);
          if (v == null) known = false;
          else sum += v;
        }
        if (known && sum != own) {
          out.warning(code(), gov.positions().at(row.pointer()), "rule.aggregate",
              FormLabels.of(row), FormLabels.of(c), own, members.size(), sum);
          break;
        }
      }
    }
  }
}
