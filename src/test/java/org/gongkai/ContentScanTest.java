package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.gongkai.diag.Diagnostic;
import org.gongkai.load.ContentFiles;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan cuts a file's path below the content root as a string instead of resolving Paths;
 * findings still name each file as {@link ContentFiles#display} shows it, with the content
 * outside the working folder (absolute) and inside it (relative).
 */
class ContentScanTest {
  @TempDir Path tmp;

  private static void assertShownAsDisplayed(CheckResult r) {
    assertFalse(r.diagnostics().isEmpty(), "the scenario gives findings");
    for (Diagnostic d : r.diagnostics()) {
      assertEquals(ContentFiles.display(Path.of(d.pos().file())), d.pos().file());
    }
  }

  @Test
  void contentOutsideTheWorkingFolderIsShownAbsolute() {
    Path content = tmp.resolve("content");
    Path f = Fixtures.write(content, "山东省/聊城市/坏文件/2023.yaml", "year: [\n");
    CheckResult r = Fixtures.check(content);
    assertShownAsDisplayed(r);
    assertEquals(f.toAbsolutePath().normalize().toString().replace('\\', '/'), r.diagnostics().get(0).pos().file());
  }

  @Test
  void contentBelowTheWorkingFolderIsShownRelative() {
    Path content = Path.of("target", "content-scan-test");
    Fixtures.write(content, "山东省/聊城市/坏文件/2023.yaml", "year: [\n");
    CheckResult r = Fixtures.check(content);
    assertShownAsDisplayed(r);
    assertEquals("target/content-scan-test/山东省/聊城市/坏文件/2023.yaml", r.diagnostics().get(0).pos().file());
  }
}
