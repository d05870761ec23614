package org.gongkai.importer;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Period;

/**
 * The report's year and its stated statistical period (统计期限). The title decides the year;
 * when it has none the period or section 一's opening sentence does, and every disagreement
 * among them is noted — a maintainer, not the importer, settles it.
 */
final class YearReader {
  private static final Pattern PERIOD = Pattern.compile("统计(期限|时限|时间|区间|周期|范围|期间)|数据统计|自.{0,20}起.{0,20}至");

  /** The year (null when nothing gives one) and the period (null when not stated). */
  record Read(Integer year, Period period) {}

  private YearReader() {}

  static Read read(String title, int titleLine, Integer option, List<Line> overview, List<Line> prose, Notes notes) {
    Dates.Year inTitle = title == null ? null : Dates.year(Fold.wide(title));
    Line opening = overview.stream().filter(l -> !l.blank()).findFirst().orElse(null);
    Dates.Year inBody = opening == null ? null : Dates.year(firstSentence(opening.text()));
    Period period = null;
    int periodLine = 0;
    for (Line l : prose) {
      String f = Fold.wide(l.text());
      if (!PERIOD.matcher(f).find()) continue;
      List<Dates.Found> d = Dates.all(f);
      if (d.size() < 2) continue;
      period = new Period(d.get(0).date(), d.get(1).date());
      periodLine = l.number();
      notes.read(periodLine, "/period", "import.period", period.from().toString(), period.to().toString());
      for (Dates.Found x : d.subList(0, 2)) {
        if (x.noYearChar()) notes.guessed(periodLine, "/period", "import.date.noYearChar", f.substring(x.start(), x.end()), x.date().toString());
      }
      break;
    }
    Integer year;
    if (option != null) {
      year = option;
      notes.read(0, "/year", "import.year.option", year);
      if (inTitle != null && inTitle.year() != year) notes.mismatch(titleLine, "/year", "import.year.titleDiffers", inTitle.year(), year);
    } else if (inTitle != null) {
      year = inTitle.year();
      notes.read(titleLine, "/year", "import.year.title", year);
    } else if (period != null) {
      year = period.from().getYear();
      notes.guessed(periodLine, "/year", "import.year.period", year);
    } else if (inBody != null) {
      year = inBody.year();
      notes.guessed(opening.number(), "/year", "import.year.body", year);
    } else {
      notes.unreadable(0, "/year", "import.year.missing");
      return new Read(null, period);
    }
    if (inBody != null && inBody.year() != year) {
      notes.guessed(opening.number(), "/year", "import.year.bodyDiffers", year, inBody.year());
    }
    if (period != null && (period.from().getYear() != year || period.to().getYear() != year)) {
      notes.mismatch(periodLine, "/period", "import.year.periodDiffers", period.from().toString(), period.to().toString(), year);
    }
    return new Read(year, period);
  }

  private static String firstSentence(String text) {
    String f = Fold.wide(text);
    int end = f.indexOf('。');
    return end < 0 ? f : f.substring(0, end);
  }
}
