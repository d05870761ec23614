package org.gongkai.validate;

import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;

/**
 * A rule about one report on its own. Rules report findings; they never throw on bad input
 * and never change the report.
 */
public interface Rule {
  /** Stable code printed with each finding and named by waivers: {@code B-balance}. */
  String code();

  void check(Report report, SourceMap at, DiagnosticSink out);
}
