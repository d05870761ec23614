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

/** C-total: in each group of table C, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
class CTotalRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsGroupsWhoseTotalIsTheSumOfTheirResults() {
    String text = row(consistent(), "review", "[1, 1, 0, 2, 4]");
    text = row(text, "litigation_after_review", "[0, 0, 1, 0, 1]");
    put(root, FILE, text);

    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsGroupWhoseTotalDiffersFromItsResults() {
    String text = row(consistent(), "review", "[1, 0, 0, 0, 0]");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "C-total");
    int line = Fixtures.lineOf(text, "  review:");
    assertAt(d, Severity.ERROR, FILE, line, columnOfCell(lineText(text, line), 4));
    assertEquals("行政复议：总计(0) ≠ 结果维持(1)+结果纠正(0)+其他结果(0)+尚未审结(0) = 1", d.message().format(Lang.ZH));
    assertEquals("administrative review: total (0) ≠ upheld (1) + corrected (0) + other result (0) + pending (0) = 1",
        d.message().format(Lang.EN));
  }

  @Test
  void flagsEachGroupOnItsOwnLine() {
    String text = row(consistent(), "litigation_direct", "[0, 0, 0, 2, 3]");
    text = row(text, "litigation_after_review", "[0, 4, 0, 0, 0]");
    put(root, FILE, text);

    List<Diagnostic> found = exactly(2, Fixtures.check(root), "C-total");

    assertEquals(Fixtures.lineOf(text, "  litigation_direct:"), found.get(0).pos().line());
    assertEquals("行政诉讼（未经复议直接起诉）：总计(3) ≠ 结果维持(0)+结果纠正(0)+其他结果(0)+尚未审结(2) = 2",
        found.get(0).message().format(Lang.ZH));
    assertEquals(Fixtures.lineOf(text, "  litigation_after_review:"), found.get(1).pos().line());
    assertEquals("行政诉讼（复议后起诉）：总计(0) ≠ 结果维持(0)+结果纠正(4)+其他结果(0)+尚未审结(0) = 4",
        found.get(1).message().format(Lang.ZH));
  }

  @Test
  void leavesGroupWithMissingCellToComplete() {
    put(root, FILE, row(consistent(), "review", "[1, ~, 0, 0, 0]"));

    CheckResult r = Fixtures.check(root);

    assertNone(r, "C-total");
    only(r, "complete");
  }
}
