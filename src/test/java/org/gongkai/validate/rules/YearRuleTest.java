package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** year: the report's year, its title's year and its 统计期限 agree. */
class YearRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsTitleAndPeriodOfTheReportsYear() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsTitleWithoutYearAndReportWithoutPeriod() {
    String text = Fixtures.replaceLine(consistent(), "title:", "title: 金斗营镇人民政府政府信息公开工作年度报告");
    text = text.replace("period: {from: 2023-01-01, to: 2023-12-31}\n", "");
    put(root, FILE, text);

    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsTitleNamingAnotherYear() {
    String text = Fixtures.replaceLine(consistent(), "title:", "title: 金斗营镇人民政府 2022 年政府信息公开工作年度报告");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "year");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "title:"), columnOfValue(text, "title"));
    assertEquals("标题中的年度 2022 与报告年度 2023 不一致。", d.message().format(Lang.ZH));
    assertEquals("The year in the title, 2022, differs from the report's year 2023.", d.message().format(Lang.EN));
    assertFalse(r.ok());
  }

  @Test
  void flagsPeriodThatIsNotTheReportsYear() {
    String text = Fixtures.replaceLine(consistent(), "period:", "period: {from: 2023-01-01, to: 2023-12-30}");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "year");

    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "period:"), columnOfValue(text, "period"));
    assertEquals("统计期限 2023-01-01 至 2023-12-30 与报告年度 2023 不一致（应为 2023-01-01 至 2023-12-31）。",
        d.message().format(Lang.ZH));
  }

  @Test
  void flagsBothWhenTitleAndPeriodAreLastYears() {
    String text = Fixtures.replaceLine(consistent(), "title:", "title: 金斗营镇人民政府 2022 年政府信息公开工作年度报告");
    text = Fixtures.replaceLine(text, "period:", "period: {from: 2022-01-01, to: 2022-12-31}");
    put(root, FILE, text);

    var found = exactly(2, Fixtures.check(root), "year");

    assertEquals(Fixtures.lineOf(text, "title:"), found.get(0).pos().line());
    assertEquals(Fixtures.lineOf(text, "period:"), found.get(1).pos().line());
    assertEquals("统计期限 2022-01-01 至 2022-12-31 与报告年度 2023 不一致（应为 2023-01-01 至 2023-12-31）。",
        found.get(1).message().format(Lang.ZH));
  }
}
