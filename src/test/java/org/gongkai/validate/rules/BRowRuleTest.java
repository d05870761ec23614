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
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B-row: in every row of table B, 总计 = 自然人 + the five 法人或其他组织 columns. */
class BRowRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsConsistentRows() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsRowWhoseTotalDiffersFromItsColumns() {
    String text = row(consistent(), "granted", "[1, 0, 0, 1, 0, 0, 1]");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "B-row");
    int line = Fixtures.lineOf(text, "  granted:");
    assertAt(d, Severity.ERROR, FILE, line, columnOfCell(lineText(text, line), 6));
    assertEquals("三（一）予以公开：总计(1) ≠ 自然人(1)+商业企业(0)+科研机构(0)+社会公益组织(1)+法律服务机构(0)+其他(0) = 2",
        d.message().format(Lang.ZH));
    assertFalse(r.ok());
  }

  @Test
  void saysInEnglishWhichRowAndWhatTheColumnsAddUpTo() {
    String text = row(consistent(), "new", "[1, 2, 0, 0, 0, 0, 1]");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "B-row");

    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "  new:"), 38);
    assertEquals("1. new applications this year: total (1) ≠ natural persons (1) + businesses (2)"
        + " + research institutions (0) + public-welfare organisations (0) + legal-service organisations (0)"
        + " + other organisations (0) = 3", d.message().format(Lang.EN));
  }

  @Test
  void flagsEachInconsistentRowOnItsOwnLine() {
    String text = row(consistent(), "security", "[0, 0, 0, 0, 0, 0, 4]");
    text = row(text, "not_held", "[0, 0, 2, 0, 0, 0, 0]");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "B-row");
    assertEquals(Fixtures.lineOf(text, "    security:"), found.get(0).pos().line());
    assertEquals(Fixtures.lineOf(text, "    not_held:"), found.get(1).pos().line());
    assertEquals("三（三）3.危及“三安全一稳定”：总计(4) ≠ 自然人(0)+商业企业(0)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0) = 0",
        found.get(0).message().format(Lang.ZH));
    assertEquals("三（四）1.本机关不掌握相关政府信息：总计(0) ≠ 自然人(0)+商业企业(0)+科研机构(2)+社会公益组织(0)+法律服务机构(0)+其他(0) = 2",
        found.get(1).message().format(Lang.ZH));
  }

  @Test
  void leavesRowWithMissingCellToComplete() {
    // 自然人 is missing, so no sum can be formed; only `complete` speaks.
    put(root, FILE, row(consistent(), "granted", "[~, 0, 0, 0, 0, 0, 5]"));

    CheckResult r = Fixtures.check(root);

    assertNone(r, "B-row");
    only(r, "complete");
  }
}
