package org.gongkai.validate.rules;

import java.time.LocalDate;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.Label;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/**
 * deadline: reports are due by 31 January of the next year; a county-level or higher
 * government's own report, which aggregates its departments and subordinate governments, by
 * 31 March (条例 art. 49). Uses the publication date, else the signature date.
 */
public final class DeadlineRule implements Rule {
  @Override
  public String code() {
    return "deadline";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    boolean signed = r.published() == null && r.signature() != null && r.signature().date() != null;
    LocalDate date = signed ? r.signature().date() : r.published();
    if (date == null) return;
    LocalDate due = r.organ().kind().deadline(r.year());
    if (date.isAfter(due)) {
      String which = r.organ().kind() == OrganKind.GOVERNMENT ? "rule.deadline.government" : "rule.deadline.other";
      Label what = signed ? Label.of("落款日期", "Signature date") : Label.of("发布日期", "Published");
      out.warning(code(), at.at(signed ? "/signature/date" : "/published"), "rule.deadline", what, date, due,
          new MessageLabel(Message.of(which)));
    }
  }
}
