package org.gongkai.validate.rules;

import java.util.regex.Matcher;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/**
 * year-text: section 一 usually opens with "2023 年，…"; a different year there means the
 * report's year is ambiguous (or last year's text was reused), which a maintainer must decide.
 */
public final class YearTextRule implements Rule {
  @Override
  public String code() {
    return "year-text";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    String text = r.prose().overview();
    if (text == null) return;
    int end = text.indexOf('。');
    Matcher m = YearRule.YEAR.matcher(end < 0 ? text : text.substring(0, end));
    if (m.find() && Integer.parseInt(m.group(1)) != r.year()) {
      out.warning(code(), at.at("/overview"), "rule.year-text", Integer.parseInt(m.group(1)), r.year());
    }
  }
}
