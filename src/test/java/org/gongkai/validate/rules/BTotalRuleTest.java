package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.columnOfCell;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.gongkai.validate.Variants.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B-total: in every column, （七）总计 = （一）+（二）+ all sub-rows of （三）to（六）. */
class BTotalRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsTotalThatSumsTheResultRows() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsResultsSpreadOverSubRows() {
    // 3 new applications: 1 granted, 1 not held, 1 repeated — total 3, nothing carried over.
    String text = row(consistent(), "new", "[3, 0, 0, 0, 0, 0, 3]");
    text = row(text, "not_held", "[1, 0, 0, 0, 0, 0, 1]");
    text = row(text, "repeated", "[1, 0, 0, 0, 0, 0, 1]");
    text = row(text, "results_total", "[3, 0, 0, 0, 0, 0, 3]");
    put(root, FILE, text);

    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsColumnWhoseTotalDiffersFromTheSumOfResults() {
    // One more 部分公开 for a natural person, but （七）总计 still says 1.
    String text = row(consistent(), "partial", "[1, 0, 0, 0, 0, 0, 1]");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "B-total");
    int line = Fixtures.lineOf(text, "  results_total:");
    String shown = lineText(text, line);
    assertAt(found.get(0), Severity.ERROR, FILE, line, columnOfCell(shown, 0));
    assertEquals("自然人列：三（七）总计(1) ≠ 三（一）至（六）各项之和(2)", found.get(0).message().format(Lang.ZH));
    assertAt(found.get(1), Severity.ERROR, FILE, line, columnOfCell(shown, 6));
    assertEquals("总计列：三（七）总计(1) ≠ 三（一）至（六）各项之和(2)", found.get(1).message().format(Lang.ZH));
    assertEquals("column total: 3(7) total (1) ≠ sum of 3(1)–3(6) (2)", found.get(1).message().format(Lang.EN));
    assertNone(r, "B-row");
  }

  @Test
  void countsTheLastSubRowOfEachGroup() {
    // 三（六）3.其他 is the last row summed; forgetting it would hide this.
    put(root, FILE, row(consistent(), "other", "[0, 0, 0, 0, 1, 0, 1]"));

    List<Diagnostic> found = exactly(2, Fixtures.check(root), "B-total");

    assertEquals("法律服务机构列：三（七）总计(0) ≠ 三（一）至（六）各项之和(1)", found.get(0).message().format(Lang.ZH));
    assertEquals("总计列：三（七）总计(1) ≠ 三（一）至（六）各项之和(2)", found.get(1).message().format(Lang.ZH));
  }

  @Test
  void skipsColumnWithMissingSubRowCell() {
    put(root, FILE, row(consistent(), "partial", "[~, 0, 0, 0, 0, 0, 0]"));

    CheckResult r = Fixtures.check(root);

    assertNone(r, "B-total");
    only(r, "complete");
  }
}
