package org.gongkai.validate;

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

/** waiver-unused: a waiver for a rule that reports nothing in its file. */
class WaiverUnusedTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsWaiverThatWaivesAFinding() {
    Fixtures.copySeed(root, Fixtures.JINDOUYING);

    CheckResult r = Fixtures.check(root);

    assertNone(r, "waiver-unused");
    assertTrue(r.ok());
  }

  @Test
  void warnsAtTheWaiverOfARuleWithNoFinding() {
    String text = consistent() + "waivers:\n  - rule: B-balance\n    reason: 原文表三不平衡。\n";
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "waiver-unused");
    assertAt(d, Severity.WARNING, FILE, Fixtures.lineOf(text, "  - rule: B-balance"), 5);
    assertEquals("豁免了规则 B-balance，但本报告没有这条规则的问题；请删除这条豁免。", d.message().format(Lang.ZH));
    assertEquals("Rule B-balance is waived, but this report has no finding of it; remove the waiver.",
        d.message().format(Lang.EN));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
    assertTrue(r.ok());
  }

  @Test
  void warnsOnlyAboutTheUnusedOneOfSeveralWaivers() {
    String text = Fixtures.seed(Fixtures.JINDOUYING) + "  - rule: year\n    reason: 标题年度有误。\n";
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "waiver-unused");
    assertAt(d, Severity.WARNING, FILE, Fixtures.lineOf(text, "  - rule: year"), 5);
    assertTrue(d.message().format(Lang.ZH).contains("豁免了规则 year"), d.message().format(Lang.ZH));
    assertTrue(only(r, "complete").waived());
  }

  @Test
  void warnsAboutWaiverOfAnUnknownRule() {
    String text = consistent() + "waivers:\n  - rule: b-balance\n    reason: 规则代码写错了大小写。\n";
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "waiver-unused");

    assertEquals(Fixtures.lineOf(text, "  - rule: b-balance"), d.pos().line());
  }

  @Test
  void ignoresUnusedWaiversOfContextFiles() {
    // Checking 2024 reads 2023 as context; 2023's own problems are not reported.
    put(root, FILE, consistent() + "waivers:\n  - rule: B-balance\n    reason: 不需要的豁免。\n");
    Path checked = put(root, jindouying(2024),
        Fixtures.replaceLine(inYear(consistent(), 2024), "  licensing:", "  licensing: 2"));

    assertClean(Fixtures.check(root, checked));
  }
}
