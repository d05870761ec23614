package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.cli.Main;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import} as a user runs it: where drafts go, what it prints, its exit codes. */
class ImportCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path seed(Seed s) {
    return Seed.DIR.resolve(s.file);
  }

  @Test
  void writesEachDraftAtItsPlaceInTheContentTree() throws Exception {
    Path out = tmp.resolve("content");
    Run r = run("import", seed(Seed.JINDOUYING).toString(), seed(Seed.QUANTANG).toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    for (Seed s : new Seed[] {Seed.JINDOUYING, Seed.QUANTANG}) {
      Path file = out.resolve(s.content);
      assertTrue(Files.isRegularFile(file), file.toString());
      assertEquals(Drafts.read(s).yaml(), Files.readString(file, StandardCharsets.UTF_8));
      assertTrue(r.out().contains(file.toString()), r.out());
    }
  }

  @Test
  void printsWhatItReadGuessedAndCouldNotReadWithLines() {
    Run r = run("import", seed(Seed.JINDOUYING).toString(), "--out", tmp.toString());
    assertTrue(r.out().contains("  读出：\n"), r.out());
    assertTrue(r.out().contains("    编码：UTF-8。"), r.out());
    assertTrue(r.out().contains("  推断：\n    第78行：四、结转下年度继续办理 一行只有 6 个数（应为 7 个）；按单元格位置，自然人 一格空白，写作 ~。"), r.out());
    Run en = run("import", seed(Seed.ANGSU).toString(), "--out", tmp.toString(), "--lang", "en");
    assertTrue(en.out().contains("  could not read:\n"), en.out());
    assertTrue(en.out().contains("rows not read"), en.out());
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Path out = tmp.resolve("content");
    assertEquals(0, run("import", seed(Seed.BALIYING).toString(), "--out", out.toString()).code());
    Path file = out.resolve(Seed.BALIYING.content);
    Files.writeString(file, "# edited by a maintainer\n");
    Run again = run("import", seed(Seed.BALIYING).toString(), "--out", out.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("已存在，未覆盖"), again.err());
    assertEquals("# edited by a maintainer\n", Files.readString(file));
    assertEquals(0, run("import", seed(Seed.BALIYING).toString(), "--out", out.toString(), "--force").code());
    assertEquals(Drafts.read(Seed.BALIYING).yaml(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void exitsWithTwoOnAMissingFileButImportsTheOthers() {
    Path out = tmp.resolve("content");
    Run r = run("import", tmp.resolve("nope.txt").toString(), seed(Seed.ANLIANG).toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("无法读取"), r.err());
    assertTrue(Files.isRegularFile(out.resolve(Seed.ANLIANG.content)));
  }

  @Test
  void exitsWithTwoOnUsageErrors() {
    assertEquals(2, run("import").code());
    assertEquals(2, run("import", seed(Seed.ANGSU).toString(), "--year", "soon").code());
    Run r = run("import", seed(Seed.ANGSU).toString(), "--region", "河南省//滑县", "--out", tmp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--region"), r.err());
  }

  @Test
  void regionAndYearOptionsDecideWhenTheTextCannot() throws Exception {
    // Without its signature 泉塘镇 is one of two; the draft waits under _待定 for the maintainer.
    String text = Seed.QUANTANG.text().replace("湘乡市泉塘镇人民政府\n", "");
    Path source = Fixtures.write(tmp, "quantang.txt", text);
    Path out = tmp.resolve("content");
    Run r = run("import", source.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("区划未定：统计用区划代码中有 2 个“泉塘镇”"), r.out());
    assertTrue(Files.isRegularFile(out.resolve(ImportResult.UNPLACED + "/quantang.yaml")));
    Run placed = run("import", source.toString(), "--out", out.toString(), "--region", "湖南省/湘潭市/湘乡市/泉塘镇",
        "--year", "2023");
    assertEquals(0, placed.code(), placed.err());
    assertTrue(Files.isRegularFile(out.resolve("湖南省/湘潭市/湘乡市/泉塘镇/泉塘镇人民政府/2023.yaml")), placed.out());
    assertTrue(placed.out().contains("区划：湖南省 湘潭市 湘乡市 泉塘镇（按 --region）"), placed.out());
    assertFalse(placed.out().contains("区划未定"), placed.out());
  }
}
