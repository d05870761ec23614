package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.columnOfCell;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.put;
import static org.gongkai.validate.Variants.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** B-balance: in every column, 一 + 二 = 三（七）总计 + 四. */
class BBalanceRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsBalancedTable() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsApplicationsCarriedInAndOut() {
    // 1 new + 2 carried in = 1 handled + 2 carried over.
    String text = row(consistent(), "carried_in", "[2, 0, 0, 0, 0, 0, 2]");
    text = row(text, "carried_over", "[2, 0, 0, 0, 0, 0, 2]");
    put(root, FILE, text);

    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsColumnWhereReceivedDiffersFromHandledPlusCarriedOver() {
    String text = row(consistent(), "carried_over", "[5, 0, 0, 0, 0, 0, 5]");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "B-balance");
    int line = Fixtures.lineOf(text, "  carried_over:");
    String shown = lineText(text, line);
    assertAt(found.get(0), Severity.ERROR, FILE, line, columnOfCell(shown, 0));
    assertEquals("自然人列：一(1)+二(0) ≠ 三（七）(1)+四(5)", found.get(0).message().format(Lang.ZH));
    assertAt(found.get(1), Severity.ERROR, FILE, line, columnOfCell(shown, 6));
    assertEquals("总计列：一(1)+二(0) ≠ 三（七）(1)+四(5)", found.get(1).message().format(Lang.ZH));
    assertEquals("column natural persons: 1 (1) + 2 (0) ≠ 3(7) (1) + 4 (5)", found.get(0).message().format(Lang.EN));
    assertTrue(found.get(0).format(Lang.ZH).contains(":" + line + ":" + columnOfCell(shown, 0) + ": 错误[B-balance] "),
        found.get(0).format(Lang.ZH));
    assertNone(r, "B-row");
    assertFalse(r.ok());
  }

  @Test
  void flagsColumnWhereCarriedInWasNeverHandled() {
    String text = row(consistent(), "carried_in", "[0, 0, 0, 0, 0, 3, 3]");
    put(root, FILE, text);

    List<Diagnostic> found = exactly(2, Fixtures.check(root), "B-balance");

    assertEquals("其他列：一(0)+二(3) ≠ 三（七）(0)+四(0)", found.get(0).message().format(Lang.ZH));
    assertEquals("总计列：一(1)+二(3) ≠ 三（七）(1)+四(0)", found.get(1).message().format(Lang.ZH));
  }

  @Test
  void skipsColumnWithMissingCell() {
    // The seed as published: 四 has no 自然人 cell, so that column cannot be balanced.
    put(root, FILE, Fixtures.seed(Fixtures.JINDOUYING));

    CheckResult r = Fixtures.check(root);

    assertNone(r, "B-balance");
    assertTrue(r.ok(), Fixtures.printed(r));
  }
}
