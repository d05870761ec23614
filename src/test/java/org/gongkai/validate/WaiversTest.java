package org.gongkai.validate;

import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.inYear;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.only;
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

/**
 * Waivers: a maintainer's note that the original itself breaks a rule. The finding is still
 * shown, with the reason, but does not fail the check.
 */
class WaiversTest {
  private static final String REASON = "原文表三“四、结转下年度继续办理”一行只有6个数，自然人一格空白。";

  @TempDir Path root;

  private static String waiving(String text, String rule, String reason) {
    return text + "waivers:\n  - rule: " + rule + "\n    reason: " + reason + "\n";
  }

  @Test
  void showsWaivedErrorWithItsReasonWithoutFailing() {
    Fixtures.copySeed(root, Fixtures.JINDOUYING);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "complete");
    assertTrue(d.waived());
    assertEquals(REASON, d.waivedBecause());
    assertEquals(Severity.ERROR, d.severity(), "waiving keeps the severity");
    assertFalse(d.blocking());
    assertEquals(77, d.pos().line());
    assertTrue(d.format(Lang.ZH).endsWith("错误[complete] 四、结转下年度继续办理 一行缺少 自然人 的数。（已豁免：" + REASON + "）"),
        d.format(Lang.ZH));
    assertTrue(d.format(Lang.EN).endsWith("error[complete] Row 4. carried over to next year lacks natural persons."
        + " (waived: " + REASON + ")"), d.format(Lang.EN));
    assertTrue(r.ok());
    assertEquals(0, r.errors());
    assertEquals(0, r.warnings());
    assertEquals(1, r.waived());
  }

  @Test
  void waivesOnlyTheNamedRule() {
    String rel = jindouying(2023);
    String text = row(Fixtures.seed(Fixtures.JINDOUYING), "granted", "[1, 0, 0, 0, 0, 0, 2]");
    put(root, rel, text);

    CheckResult r = Fixtures.check(root);

    assertTrue(only(r, "complete").waived());
    Diagnostic bRow = only(r, "B-row");
    assertFalse(bRow.waived());
    assertTrue(bRow.blocking());
    assertFalse(r.ok());
  }

  @Test
  void waivesEveryFindingOfTheRule() {
    String text = row(consistent(), "partial", "[~, 0, 0, 0, 0, 0, 0]");
    text = row(text, "review", "[0, 0, 0, 0, ~]");
    put(root, jindouying(2023), waiving(text, "complete", "原文两格空白。"));

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "complete");
    assertTrue(found.stream().allMatch(d -> d.waived() && d.waivedBecause().equals("原文两格空白。")));
    assertEquals(List.of(), Fixtures.findings(r, "waiver-unused"));
    assertTrue(r.ok());
  }

  @Test
  void waivesAWarning() {
    Fixtures.copySeed(root, Fixtures.BALIYING);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "year-text");
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.waived());
    assertEquals(0, r.warnings(), "a waived warning is not counted as a warning");
    assertEquals(1, r.waived());
  }

  @Test
  void waivesAFindingAcrossYears() {
    put(root, jindouying(2023), consistent());
    String text = row(inYear(consistent(), 2024), "carried_in", "[2, 0, 0, 0, 0, 0, 2]");
    text = row(text, "carried_over", "[2, 0, 0, 0, 0, 0, 2]");
    put(root, jindouying(2024), waiving(text, "carry-over", "2023年度报告的结转数有误。"));

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "carry-over");
    assertTrue(found.stream().allMatch(d -> d.waived() && d.waivedBecause().equals("2023年度报告的结转数有误。")));
    assertEquals(List.of(), Fixtures.findings(r, "waiver-unused"), Fixtures.printed(r));
    assertEquals(0, r.warnings());
  }

  @Test
  void appliesOnlyTheWaiversOfTheFileTheFindingIsAbout() {
    // The 2023 file waives carry-over, but the finding is about the 2024 file.
    put(root, jindouying(2023), waiving(consistent(), "carry-over", "误放的豁免。"));
    String text = row(inYear(consistent(), 2024), "carried_in", "[2, 0, 0, 0, 0, 0, 2]");
    put(root, jindouying(2024), row(text, "carried_over", "[2, 0, 0, 0, 0, 0, 2]"));

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "carry-over");
    assertTrue(found.stream().noneMatch(Diagnostic::waived), Fixtures.printed(r));
    Diagnostic unused = only(r, "waiver-unused");
    assertTrue(unused.pos().file().endsWith("/2023.yaml"), unused.format(Lang.ZH));
  }
}
