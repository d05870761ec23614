package org.gongkai.cli;

import static org.gongkai.testing.Fixtures.JINDOUYING;
import static org.gongkai.testing.Fixtures.copyAllSeeds;
import static org.gongkai.testing.Fixtures.lineOf;
import static org.gongkai.testing.Fixtures.replaceLine;
import static org.gongkai.testing.Fixtures.seed;
import static org.gongkai.testing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gongkai.publish.SiteLockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: output and exit codes. */
class MainTest {
  @TempDir Path root;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checksTheRepositoryContentCleanly() {
    Run r = run("check");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("检查了 5 个文件：0 个错误，0 个警告，8 个已豁免。"), r.out());
    assertTrue(r.out().contains("错误[complete]") && r.out().contains("（已豁免："), r.out());
  }

  @Test
  void exitsWithOneAndPointsAtTheLineOnAnError() {
    copyAllSeeds(root);
    String text = replaceLine(seed(JINDOUYING), "granted:", "  granted:        [2, 0, 0, 0, 0, 0, 1]");
    write(root, JINDOUYING, text);
    Run r = run("check", "--content", root.toString(), root.toString());
    assertEquals(1, r.code(), r.out());
    int line = lineOf(text, "granted:");
    assertTrue(r.out().contains("2023.yaml:" + line + ":"), r.out());
    assertTrue(r.out().contains("错误[B-row] 三（一）予以公开：总计(1) ≠ 自然人(2)+商业企业(0)+科研机构(0)+社会公益组织(0)+法律服务机构(0)+其他(0) = 2"), r.out());
    assertTrue(r.out().contains("错误[B-total] 自然人列：三（七）总计(1) ≠ 三（一）至（六）各项之和(2)"), r.out());
  }

  @Test
  void printsOneJsonDocumentOfFindings() throws Exception {
    Run r = run("check", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertTrue(list.isArray());
    assertEquals(8, list.size());
    JsonNode first = list.get(0);
    for (String field : new String[] {"file", "line", "column", "code", "severity", "message", "waived"}) {
      assertTrue(first.has(field), field + " in " + first);
    }
    assertTrue(first.get("waived").asBoolean());
    assertTrue(first.has("reason"));
  }

  @Test
  void speaksEnglishOnRequest() {
    copyAllSeeds(root);
    write(root, JINDOUYING, replaceLine(seed(JINDOUYING), "licensing: 0", "  licensing: -1"));
    Run r = run("check", "--lang", "en", "--content", root.toString(), root.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("error[values]") && r.out().contains("cannot be negative; found -1"), r.out());
    assertTrue(r.out().contains("Checked 5 files: 1 errors"), r.out());
  }

  @Test
  void checkingACopyOutsideTheContentFolderDoesNotAdviseAPathIntoThisOne() {
    copyAllSeeds(root); // a content folder elsewhere; the repository's content/ is the content root
    Run r = run("check", root.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertFalse(r.out().contains("schema-line"), r.out());
    assertTrue(r.out().contains("检查了 5 个文件：0 个错误，0 个警告"), r.out());
  }

  @Test
  void exitsWithTwoOnAMissingPath() {
    Run r = run("check", root.resolve("nowhere").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nowhere"), r.err());
  }

  @Test
  void aBuildOfAMissingContentFolderSaysSoAndLeavesTheSiteAlone(@TempDir Path out) throws java.io.IOException {
    Path site = out.resolve("site");
    copyAllSeeds(root);
    assertEquals(0, run("build", "--content", root.toString(), "-o", site.toString()).code());
    byte[] home = java.nio.file.Files.readAllBytes(site.resolve("index.html"));
    Run r = run("build", "--content", root.resolve("nowhere").toString(), "-o", site.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("路径不存在 / no such path") && r.err().contains("nowhere"), r.err());
    assertArrayEquals(home, java.nio.file.Files.readAllBytes(site.resolve("index.html")));
  }

  @Test
  void exitsWithTwoOnUsageErrors() {
    assertEquals(2, run("check", "--format", "xml").code());
    assertEquals(2, run("frobnicate").code());
    assertEquals(2, run("check", "--lang", "fr").code());
  }

  @Test
  void showsHelp() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("check") && r.out().contains("build") && r.out().contains("region"), r.out());
  }

  @Test
  void buildStopsOnErrors() {
    copyAllSeeds(root);
    write(root, JINDOUYING, replaceLine(seed(JINDOUYING), "licensing: 0", "  licensing: x"));
    Run r = run("build", "--content", root.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("构建停止"), r.err());
  }

  @Test
  void buildWaitsForAnotherBuildOfTheSameSiteAndSaysSo() throws Exception {
    copyAllSeeds(root);
    Path site = root.resolve("site");
    Process other = SiteLockHolder.start(site); // another gongkai build of site/, still writing
    try {
      CompletableFuture<Run> mine = CompletableFuture.supplyAsync(
          () -> run("build", "--content", root.toString(), "--out", site.toString()));
      Thread.sleep(1500);
      assertFalse(mine.isDone(), "built while another build held the site");
      other.getOutputStream().close();
      Run r = mine.get(120, TimeUnit.SECONDS);
      assertEquals(0, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("另一个 Gongkai 构建正在写入 " + site + "，等待它完成"), r.err());
      assertTrue(r.out().contains("已生成 " + site + "：5 份报告"), r.out());
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void findsAPlaceWithItsPathAndCode() {
    Run r = run("region", "八里营镇");
    assertEquals(0, r.code());
    assertEquals("河南省 安阳市 滑县 八里营镇 410526113", r.out().strip());
  }

  @Test
  void listsEveryPlaceOfARepeatedName() {
    Run r = run("region", "泉塘镇");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("湖南省 湘潭市 湘乡市 泉塘镇 430381111"), r.out());
    assertTrue(r.out().contains("安徽省 芜湖市 无为市 泉塘镇 340281115"), r.out());
  }

  @Test
  void suggestsPlacesForAnUnknownName() {
    Run r = run("region", "八里营");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("河南省 安阳市 滑县 八里营镇 410526113"), r.out());
  }

  /**
   * A command that runs out of heap says how to give it more instead of printing a stack trace,
   * and exits with 2 (1 would read as findings in the content). The out-of-memory error itself
   * is not provoked here: a JVM at its heap's limit fails unpredictably (in class initialisers,
   * or hangs), which made a child JVM with a small heap a flaky test.
   */
  @Test
  void runningOutOfMemorySaysHowToGiveItMore() {
    StringWriter err = new StringWriter();
    assertEquals(2, Main.outOfMemory(true, new PrintWriter(err, true)));
    String printed = err.toString();
    assertTrue(printed.contains("内存不足：Java 堆的上限是 " + (Runtime.getRuntime().maxMemory() >> 20) + " MB。网站未改动。"), printed);
    assertTrue(printed.contains("JAVA_TOOL_OPTIONS=-Xmx") && printed.contains("The site is unchanged."), printed);
    StringWriter other = new StringWriter();
    Main.outOfMemory(false, new PrintWriter(other, true));
    assertFalse(other.toString().contains("网站未改动") || other.toString().contains("site"), other.toString());
  }
}
