package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.columnOfCell;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.inYear;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.put;
import static org.gongkai.validate.Variants.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** carry-over: 二、上年结转 of year Y equals 四、结转下年度继续办理 of the same organ's Y-1 report. */
class CarryOverRuleTest {
  private static final String Y2023 = jindouying(2023);
  private static final String Y2024 = jindouying(2024);

  @TempDir Path root;

  /** 2023: 2 new applications, 1 granted, 1 carried over to 2024. */
  private static String carryingOne() {
    String text = row(consistent(), "new", "[2, 0, 0, 0, 0, 0, 2]");
    return row(text, "carried_over", "[1, 0, 0, 0, 0, 0, 1]");
  }

  /** 2024: {@code carriedIn} applications from 2023 plus new ones, 2 handled in all, none left. */
  private static String year2024(int carriedIn) {
    String text = inYear(consistent(), 2024);
    int fresh = 2 - carriedIn;
    text = row(text, "new", "[" + fresh + ", 0, 0, 0, 0, 0, " + fresh + "]");
    text = row(text, "carried_in", "[" + carriedIn + ", 0, 0, 0, 0, 0, " + carriedIn + "]");
    text = row(text, "granted", "[2, 0, 0, 0, 0, 0, 2]");
    return row(text, "results_total", "[2, 0, 0, 0, 0, 0, 2]");
  }

  @Test
  void acceptsCarriedInThatEqualsLastYearsCarriedOver() {
    put(root, Y2023, carryingOne());
    put(root, Y2024, year2024(1));

    assertClean(Fixtures.check(root));
  }

  @Test
  void warnsAtTheCarriedInCellThatDiffers() {
    put(root, Y2023, carryingOne());
    String text = year2024(0);
    put(root, Y2024, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "carry-over");
    int line = Fixtures.lineOf(text, "  carried_in:");
    String shown = lineText(text, line);
    assertAt(found.get(0), Severity.WARNING, Y2024, line, columnOfCell(shown, 0));
    assertAt(found.get(1), Severity.WARNING, Y2024, line, columnOfCell(shown, 6));
    String previous = Y2023; // named by its place in the content tree, never the build machine's path
    assertEquals("自然人列：本年“二、上年结转”为 0，而 2023 年度报告（" + previous + "）的“四、结转下年度继续办理”为 1。",
        found.get(0).message().format(Lang.ZH));
    assertEquals("column total: this year's \"2. carried over from last year\" is 0, but the 2023 report (" + previous
        + ") carried 1 over to next year.", found.get(1).message().format(Lang.EN));
    assertTrue(r.ok(), "a warning does not fail the check");
  }

  @Test
  void seesLastYearAsContextWhenCheckingOnlyThisYear() {
    put(root, Y2023, carryingOne());
    Path checked = put(root, Y2024, year2024(0));

    CheckResult r = Fixtures.check(root, checked);

    assertEquals(1, r.files());
    exactly(2, r, "carry-over");
  }

  @Test
  void saysNothingAboutLastYearsFileWhenCheckingOnlyIt() {
    Path checked = put(root, Y2023, carryingOne());
    put(root, Y2024, year2024(0));

    assertClean(Fixtures.check(root, checked));
  }

  @Test
  void acceptsFirstYearInTheArchive() {
    put(root, Y2024, year2024(1));
    assertClean(Fixtures.check(root));
  }

  @Test
  void skipsColumnWhereLastYearLeftTheCellEmpty() {
    // The Jindouying seed as published: 四 has no 自然人 cell (waived), so only 总计 compares.
    Fixtures.copySeed(root, Fixtures.JINDOUYING);
    String text = row(inYear(consistent(), 2024), "carried_in", "[2, 0, 0, 0, 0, 0, 2]");
    text = row(text, "carried_over", "[2, 0, 0, 0, 0, 0, 2]");
    put(root, Y2024, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = exactly(1, r, "carry-over").get(0);
    assertEquals(columnOfCell(lineText(text, Fixtures.lineOf(text, "  carried_in:")), 6), d.pos().column());
    assertNone(r, "B-balance");
  }
}
