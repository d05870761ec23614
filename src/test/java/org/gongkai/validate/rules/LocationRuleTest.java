package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
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

/** location: a file lives at content/<region…>/<organ>/<year>.yaml. */
class LocationRuleTest {
  private static final String PATH = "山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023.yaml";
  private static final String EXPECTED = "内容目录下的 " + PATH;

  @TempDir Path root;

  @Test
  void acceptsFileWhereItsRegionOrganAndYearPutIt() {
    put(root, jindouying(2023), consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsFileInTheWrongFolderAtItsRegionPath() {
    // The organ folder left out: the file sits in the township's folder.
    String rel = "山东省/聊城市/阳谷县/金斗营镇/2023.yaml";
    String text = consistent();
    put(root, rel, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "location");
    assertAt(d, Severity.ERROR, rel, Fixtures.lineOf(text, "  path:"), columnOfValue(text, "  path"));
    assertEquals("文件位置与内容不一致：按区划、机关名称和年度，应放在" + EXPECTED + "。", d.message().format(Lang.ZH));
    assertEquals("The file is in the wrong place: by its region, organ and year it belongs at " + PATH
        + " in the content folder.",
        d.message().format(Lang.EN));
    // Moved one level up, its first line no longer finds the schema either.
    assertEquals(List.of("schema-line", "location"), r.diagnostics().stream().map(Diagnostic::code).toList(),
        Fixtures.printed(r));
    assertEquals(1, r.errors());
  }

  @Test
  void flagsFileNamedForAnotherYearAtItsYear() {
    String rel = jindouying(2022);
    String text = consistent();
    put(root, rel, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "location");
    assertAt(d, Severity.ERROR, rel, Fixtures.lineOf(text, "year:"), columnOfValue(text, "year"));
    assertEquals("文件位置与内容不一致：按区划、机关名称和年度，应放在" + EXPECTED + "。", d.message().format(Lang.ZH));
  }

  @Test
  void flagsFileWhoseOrganWasRenamedWithoutMovingIt() {
    String text = Fixtures.replaceLine(consistent(), "  name: 金斗营镇人民政府", "  name: 金斗营镇政府");
    put(root, jindouying(2023), text);

    Diagnostic d = only(Fixtures.check(root), "location");

    assertEquals(Severity.ERROR, d.severity());
    assertEquals("文件位置与内容不一致：按区划、机关名称和年度，应放在内容目录下的 山东省/聊城市/阳谷县/金斗营镇/金斗营镇政府/2023.yaml。",
        d.message().format(Lang.ZH));
  }
}
