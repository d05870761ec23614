package org.gongkai.validate.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Period;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/** year: the report's year, the year in its title and its 统计期限 agree. */
public final class YearRule implements Rule {
  static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");

  @Override
  public String code() {
    return "year";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    Matcher m = YEAR.matcher(r.title());
    if (m.find() && Integer.parseInt(m.group(1)) != r.year()) {
      out.error(code(), at.at("/title"), "rule.year.title", Integer.parseInt(m.group(1)), r.year());
    }
    Period p = r.period();
    if (p != null && (!p.from().equals(LocalDate.of(r.year(), 1, 1)) || !p.to().equals(LocalDate.of(r.year(), 12, 31)))) {
      out.error(code(), at.at("/period"), "rule.year.period", p.from(), p.to(), r.year());
    }
  }
}
