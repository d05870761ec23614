package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.inYear;
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

/** copied: tables and prose identical, years aside, to the same organ's previous report. */
class CopiedRuleTest {
  private static final String Y2023 = jindouying(2023);
  private static final String Y2024 = jindouying(2024);

  @TempDir Path root;

  @Test
  void warnsAboutReportIdenticalToLastYearsApartFromTheYears() {
    put(root, Y2023, consistent());
    put(root, Y2024, inYear(consistent(), 2024));

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "copied");
    assertAt(d, Severity.WARNING, Y2024, 1, 1);
    String previous = Y2023; // named by its place in the content tree, never the build machine's path
    assertEquals("表格和正文与 2023 年度报告（" + previous + "）完全相同（年份除外），疑似照抄上一年度报告。",
        d.message().format(Lang.ZH));
    assertEquals("Tables and text are identical (apart from years) to the 2023 report (" + previous + "): probably copied.",
        d.message().format(Lang.EN));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
    assertTrue(r.ok());
  }

  @Test
  void acceptsReportWithOneNumberChanged() {
    put(root, Y2023, consistent());
    put(root, Y2024, Fixtures.replaceLine(inYear(consistent(), 2024), "  licensing:", "  licensing: 1"));

    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsReportWithOneSentenceChanged() {
    put(root, Y2023, consistent());
    put(root, Y2024, inYear(consistent(), 2024).replace("全年共新增和变更主动公开政府信息 26 条", "全年共新增和变更主动公开政府信息 31 条"));

    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsReportWhoseChangedNumberLooksLikeAYear() {
    put(root, Y2023, Fixtures.replaceLine(consistent(), "  licensing:", "  licensing: 1950"));
    put(root, Y2024, Fixtures.replaceLine(inYear(consistent(), 2024), "  licensing:", "  licensing: 1960"));

    assertNone(Fixtures.check(root), "copied");
  }

  @Test
  void comparesOnlyWithThePreviousYear() {
    put(root, jindouying(2022), inYear(consistent(), 2022));
    put(root, Y2024, inYear(consistent(), 2024));

    assertClean(Fixtures.check(root));
  }
}
