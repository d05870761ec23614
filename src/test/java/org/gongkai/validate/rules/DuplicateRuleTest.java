package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.JINDOUYING_DIR;
import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.assertNone;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.inYear;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.put;
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

/** duplicate: two files for one organ and year are an error in both. */
class DuplicateRuleTest {
  private static final String YAML = jindouying(2023);
  private static final String YML = JINDOUYING_DIR + "2023.yml";

  @TempDir Path root;

  @Test
  void acceptsOneFilePerOrganAndYear() {
    put(root, YAML, consistent());
    put(root, jindouying(2024), Fixtures.replaceLine(inYear(consistent(), 2024), "  licensing:", "  licensing: 3"));
    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsBothFilesOfTheSameOrganAndYear() {
    String text = consistent();
    Path yaml = put(root, YAML, text);
    Path yml = put(root, YML, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "duplicate");
    int line = Fixtures.lineOf(text, "  name:");
    int column = columnOfValue(text, "  name");
    assertAt(found.get(0), Severity.ERROR, YAML, line, column);
    assertAt(found.get(1), Severity.ERROR, YML, line, column);
    assertEquals("同一机关同一年度有两份报告：另一份是 " + shown(yml) + "。", found.get(0).message().format(Lang.ZH));
    assertEquals("同一机关同一年度有两份报告：另一份是 " + shown(yaml) + "。", found.get(1).message().format(Lang.ZH));
    assertEquals("Two reports for the same organ and year: the other is " + shown(yml) + ".",
        found.get(0).message().format(Lang.EN));
    assertFalse(r.ok());
  }

  @Test
  void flagsCopyFiledUnderAnotherFolder() {
    String stray = "山东省/聊城市/阳谷县/金斗营镇人民政府/2023.yaml";
    put(root, YAML, consistent());
    put(root, stray, consistent());

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(2, r, "duplicate");
    assertEquals(2, found.stream().filter(d -> d.severity() == Severity.ERROR).count());
    assertTrue(found.stream().anyMatch(d -> d.pos().file().endsWith("/" + stray)), Fixtures.printed(r));
    assertTrue(found.stream().anyMatch(d -> d.pos().file().endsWith("/" + YAML)), Fixtures.printed(r));
    // The stray copy is also in the wrong place; the one where it belongs is not.
    assertEquals(1, Fixtures.findings(r, "location").size(), Fixtures.printed(r));
    assertTrue(Fixtures.findings(r, "location").get(0).pos().file().endsWith("/" + stray));
  }

  @Test
  void reportsOnlyTheNamedFileWhenCheckingOne() {
    Path yaml = put(root, YAML, consistent());
    put(root, YML, consistent());

    CheckResult r = Fixtures.check(root, yaml);

    Diagnostic d = exactly(1, r, "duplicate").get(0);
    assertTrue(d.pos().file().endsWith(YAML), d.format(Lang.ZH));
    assertNone(r, "location");
  }

  /** A path as findings show it: '/'-separated, absolute when outside the working directory. */
  private static String shown(Path p) {
    return p.toAbsolutePath().normalize().toString().replace('\\', '/');
  }
}
