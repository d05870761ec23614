package org.gongkai.validate;

import java.util.List;
import org.gongkai.diag.DiagnosticSink;

/**
 * A rule across reports: an organ's consecutive years, duplicates, aggregates. A rule relates
 * only reports of one {@linkplain ReportSummary#scope scope}: run over the reports of some
 * scopes, it finds about them exactly what it finds over the whole archive.
 */
public interface ArchiveRule {
  String code();

  /** {@code all} holds every report being checked plus their context, sorted by organ and year. */
  void check(List<ReportSummary> all, DiagnosticSink out);
}
