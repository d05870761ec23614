package org.gongkai.validate.rules;

import java.time.LocalDate;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.Label;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/** published: a report about year Y cannot be published or signed before Y has ended. */
public final class PublishedRule implements Rule {
  @Override
  public String code() {
    return "published";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    LocalDate yearEnd = LocalDate.of(r.year(), 12, 31);
    if (r.published() != null && !r.published().isAfter(yearEnd)) {
      out.error(code(), at.at("/published"), "rule.published.early",
          Label.of("发布日期", "publication date"), r.published(), r.year());
    }
    if (r.signature() != null && r.signature().date() != null && !r.signature().date().isAfter(yearEnd)) {
      out.error(code(), at.at("/signature/date"), "rule.published.early",
          Label.of("落款日期", "signature date"), r.signature().date(), r.year());
    }
  }
}
