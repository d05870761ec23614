package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.COUNTY_GOV;
import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.countyGovernment;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * region: the region path names divisions of the national list (warning, with did-you-mean);
 * region-code: a stated 区划代码 exists and agrees with the names (error).
 */
class RegionRuleTest {
  /** The 安良镇 report filed under the traditional-character 郟县 its title uses. */
  private static final String TRADITIONAL = "河南省/平顶山市/郟县/安良镇/安良镇人民政府/2024.yaml";
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsPathOfTheDivisionList() {
    Fixtures.copySeed(root, Fixtures.ANLIANG);
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsCountyLevelPathWithItsCode() {
    put(root, COUNTY_GOV, countyGovernment());
    assertClean(Fixtures.check(root));
  }

  @Test
  void warnsAboutUnknownNameAndSuggestsTheClosest() {
    String text = Fixtures.replaceLine(Fixtures.seed(Fixtures.ANLIANG), "  path:", "  path: [河南省, 平顶山市, 郟县, 安良镇]");
    put(root, TRADITIONAL, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "region");
    int line = Fixtures.lineOf(text, "  path:");
    assertAt(d, Severity.WARNING, TRADITIONAL, line, lineText(text, line).indexOf("郟县") + 1);
    String zh = d.message().format(Lang.ZH);
    assertTrue(zh.startsWith("区划“郟县”不在河南省 平顶山市的下级区划中（统计用区划代码 2023 年版），是否应为 郏县"), zh);
    String en = d.message().format(Lang.EN);
    assertTrue(en.startsWith("Region \"郟县\" is not a division under 河南省 平顶山市 (statistical division codes, 2023"
        + " edition); did you mean 郏县"), en);
    // The file stands where its (misspelt) path says, and the stated code cannot be compared with
    // names that do not resolve: the one finding is the name.
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
    assertTrue(r.ok());
  }

  @Test
  void warnsAboutUnknownProvince() {
    String rel = "山东/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023.yaml";
    String text = Fixtures.replaceLine(consistent(), "  path:", "  path: [山东, 聊城市, 阳谷县, 金斗营镇]");
    text = text.replace("  code: \"371521116\"\n", "");
    put(root, rel, text);

    Diagnostic d = only(Fixtures.check(root), "region");

    int line = Fixtures.lineOf(text, "  path:");
    assertAt(d, Severity.WARNING, rel, line, lineText(text, line).indexOf("山东") + 1);
    assertTrue(d.message().format(Lang.ZH).contains("区划“山东”不在全国的下级区划中"), d.message().format(Lang.ZH));
  }

  @Test
  void flagsCodeThatDisagreesWithTheNames() {
    // 371521001 is 博济桥街道 of the same county.
    String text = Fixtures.replaceLine(consistent(), "  code:", "  code: \"371521001\"");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "region-code");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "  code:"), columnOfValue(text, "  code"));
    assertEquals("区划代码 371521001 与区划“山东省 聊城市 阳谷县 金斗营镇”的代码 371521116 不一致。", d.message().format(Lang.ZH));
    assertEquals("Division code 371521001 does not match \"山东省 聊城市 阳谷县 金斗营镇\", whose code is 371521116.",
        d.message().format(Lang.EN));
    assertNone(r, "region");
    assertFalse(r.ok());
  }

  @Test
  void flagsCodeOfAnotherLevel() {
    // The county's code for a township's path.
    String text = Fixtures.replaceLine(consistent(), "  code:", "  code: \"371521\"");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "region-code");

    assertEquals(Severity.ERROR, d.severity());
    assertTrue(d.message().format(Lang.ZH).contains("371521116"), d.message().format(Lang.ZH));
  }

  @Test
  void flagsCodeThatDoesNotExist() {
    String text = Fixtures.replaceLine(consistent(), "  code:", "  code: \"371521999\"");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "region-code");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "  code:"), columnOfValue(text, "  code"));
    assertEquals("区划代码 371521999 不存在于统计用区划代码（2023 年版）。", d.message().format(Lang.ZH));
    assertFalse(r.ok());
  }
}
