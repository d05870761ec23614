package org.gongkai.validate.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.gongkai.validate.ReportSummary;

/** Pairs each report with the same organ's report of the previous year, when the archive has it. */
final class OrganYears {
  private OrganYears() {}

  static void eachWithPrevious(List<ReportSummary> all, BiConsumer<ReportSummary, ReportSummary> action) {
    Map<String, ReportSummary> byOrganYear = new HashMap<>();
    for (ReportSummary s : all) byOrganYear.putIfAbsent(s.organKey() + "#" + s.year(), s);
    for (ReportSummary s : all) {
      ReportSummary prev = byOrganYear.get(s.organKey() + "#" + (s.year() - 1));
      if (prev != null) action.accept(s, prev);
    }
  }
}
