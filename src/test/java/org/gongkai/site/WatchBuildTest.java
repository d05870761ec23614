package org.gongkai.site;

import static org.gongkai.testing.Fixtures.JINDOUYING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.gongkai.cli.Main;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai build --watch}, as a maintainer runs it: it builds, stays, and after each saved
 * edit publishes the site again — a broken file leaves the site as it was and says why, its fix
 * is published — and the site it leaves is the one a full build of the same content gives.
 */
class WatchBuildTest {
  @TempDir Path tmp;

  @Test
  void rebuildsAfterEachEditAndEqualsAFullBuild() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    Path site = tmp.resolve("site");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread watching = new Thread(() -> code.set(Main.run(new String[] {"build", "--content", content.toString(), "-o",
        site.toString(), "--watch"}, new PrintWriter(out, true), new PrintWriter(err, true))), "watch-build");
    watching.start();
    try {
      await(() -> out.toString().contains("正在监视"), "the first build and the watch: " + out + err);
      Path file = content.resolve(JINDOUYING);
      Path page = site.resolve(JINDOUYING.replace(".yaml", "")).resolve("index.html");
      String original = Files.readString(file);
      assertTrue(original.contains("  punishment: 0 "), "the seed's 行政处罚 count");

      // a corrected table: an incremental rebuild (its figures are printed once it has published), and the page shows it
      Files.writeString(file, original.replace("  punishment: 0 ", "  punishment: 3 "));
      await(() -> updates(out) == 1, "an incremental rebuild: " + out + err);
      assertTrue(read(page).contains("行政处罚</th><td colspan=\"3\">3<"), "the corrected count on the page");
      // the first build showed the seeds' waived findings; a rebuild counts them, and shows what is wrong now
      String first = out.toString().substring(0, out.toString().indexOf("正在监视"));
      String rebuild = out.toString().substring(out.toString().indexOf("正在监视"));
      assertTrue(first.contains("（已豁免："), first);
      assertTrue(!rebuild.contains("（已豁免：") && rebuild.contains("8 个已豁免"), rebuild);

      // a broken file: the findings, and the site as it was
      Files.writeString(file, original.replace("  punishment: 0 ", "  punishment: -1 "));
      await(() -> err.toString().contains("网站未改动"), "the build stopped: " + out + err);
      int line = Fixtures.lineOf(original, "  punishment:");
      assertTrue(out.toString().contains("2023.yaml:" + line + ":15: 错误[values]"), "the finding names the file and line: " + out);
      assertTrue(read(page).contains("行政处罚</th><td colspan=\"3\">3<"), "the site is unchanged");

      // fixed again: published, and the same site a full build gives
      Files.writeString(file, original);
      await(() -> updates(out) == 2, "the fix published: " + out + err);
      assertTrue(read(page).contains("行政处罚</th><td colspan=\"3\">0<"), "the fix on the page");
      Path fresh = tmp.resolve("fresh");
      Sites.build(content, fresh);
      DeterminismTest.assertSameTree(Sites.snapshot(fresh), Sites.snapshot(site));
    } finally {
      watching.interrupt();
      watching.join(20_000);
    }
    assertTrue(!watching.isAlive(), "Ctrl+C (an interrupt) stops it");
    assertEquals(0, code.get(), err.toString());
  }

  /** How many rebuilds have published (each prints its figures once it has). */
  private static int updates(StringWriter out) {
    return out.toString().split("已更新 ", -1).length - 1;
  }

  private static void await(BooleanSupplier done, String what) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  private static String read(Path f) {
    try {
      return Files.isRegularFile(f) ? Files.readString(f) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
