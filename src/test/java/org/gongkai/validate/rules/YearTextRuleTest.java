package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** year-text: section 一 opening with another year than the report's. */
class YearTextRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsOverviewOpeningWithTheReportsYear() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void warnsWhenOverviewOpensWithAnotherYear() {
    String text = consistent().replace("  2023 年，金斗营镇人民政府认真贯彻", "  2022 年，金斗营镇人民政府认真贯彻");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "year-text");
    assertAt(d, Severity.WARNING, FILE, Fixtures.lineOf(text, "overview:"), columnOfValue(text, "overview"));
    assertEquals("正文第一部分开头写的是 2022 年，而报告年度是 2023 年。", d.message().format(Lang.ZH));
    assertEquals("Section 1 opens with the year 2022, but the report's year is 2023.", d.message().format(Lang.EN));
    assertTrue(r.ok(), "a warning does not fail the check");
  }

  @Test
  void ignoresOtherYearsAfterTheFirstSentence() {
    String text = consistent().replace("  2023 年金斗营镇全年共新增", "  2022 年金斗营镇全年共新增");
    put(root, FILE, text);

    assertClean(Fixtures.check(root));
  }
}
