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
    Map<String, ReportSummary> byOrganYear = index(all);
    for (ReportSummary s : all) {
      ReportSummary prev = byOrganYear.get(key(s.organKey(), s.year() - 1));
      if (prev != null) action.accept(s, prev);
    }
  }

  /** Each organ's report of each year (the first, if a duplicate exists). */
  static Map<String, ReportSummary> index(List<ReportSummary> all) {
    Map<String, ReportSummary> byOrganYear = new HashMap<>();
    for (ReportSummary s : all) byOrganYear.putIfAbsent(key(s.organKey(), s.year()), s);
    return byOrganYear;
  }

  static String key(String organKey, int year) {
    return organKey + "#" + year;
  }
}
