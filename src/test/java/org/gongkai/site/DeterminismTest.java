package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content always gives the same site, byte for byte — whatever folder it is built
 * into, whatever order its files were written in, however threads interleave — so publishing
 * an unchanged archive changes nothing and a diff of two builds shows only real changes.
 */
class DeterminismTest {
  @TempDir static Path tmp;
  private static Map<String, byte[]> first;

  /** Two extra years of one organ, so organ pages, carry-over and year lists have some depth. */
  static void writeContent(Path root, boolean reverse) {
    List<String> seeds = new ArrayList<>(ReportPageTest.SEEDS);
    if (reverse) Collections.reverse(seeds);
    List<Runnable> writes = new ArrayList<>();
    for (String rel : seeds) writes.add(() -> Fixtures.copySeed(root, rel));
    String next = Fixtures.seed(Fixtures.QUANTANG)
        .replace("year: 2023", "year: 2024")
        .replace("泉塘镇2023年政府信息公开工作年度报告", "泉塘镇2024年政府信息公开工作年度报告")
        .replace("2023年我镇信息公开工作", "2024年我镇信息公开工作")
        // not a copy of 2023 (a copied report gets a warning naming the file's path: see below)
        .replace("三是宣传手段还不够丰富", "三是宣传手段仍需丰富")
        .replace("signature: {name: 湘乡市泉塘镇人民政府, date: 2024-01-09}", "signature: {name: 湘乡市泉塘镇人民政府, date: 2025-01-09}");
    writes.add(() -> Fixtures.write(root, Fixtures.QUANTANG.replace("2023.yaml", "2024.yaml"), next));
    if (reverse) Collections.reverse(writes);
    writes.forEach(Runnable::run);
  }

  @BeforeAll
  static void firstBuild() {
    Path content = tmp.resolve("content-a");
    writeContent(content, false);
    Path out = tmp.resolve("out-a/site");
    Sites.build(content, out, Sites.BASE);
    first = Sites.snapshot(out);
    assertTrue(first.size() > 60, "files: " + first.size());
  }

  static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
    java.util.Set<String> missing = new java.util.TreeSet<>(a.keySet());
    missing.removeAll(b.keySet());
    java.util.Set<String> extra = new java.util.TreeSet<>(b.keySet());
    extra.removeAll(a.keySet());
    assertEquals(List.of(), List.copyOf(missing), "files only in the first tree");
    assertEquals(List.of(), List.copyOf(extra), "files only in the second tree");
    List<String> differ = new ArrayList<>();
    for (String k : a.keySet()) {
      if (java.util.Arrays.equals(a.get(k), b.get(k))) continue;
      boolean text = k.matches(".*\\.(html|xml|csv|json|txt|yaml|css|js)$");
      differ.add(k + (text ? firstDifference(a.get(k), b.get(k)) : " (binary)"));
    }
    assertEquals(List.of(), differ, "files whose bytes differ");
    for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
  }

  /** For text files, the first line that differs, to make a failure readable. */
  private static String firstDifference(byte[] x, byte[] y) {
    String[] l1 = new String(x, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    String[] l2 = new String(y, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(l1.length, l2.length); i++) {
      if (!l1[i].equals(l2[i])) {
        return "\n  line " + (i + 1) + " first:  " + abbreviate(l1[i]) + "\n  line " + (i + 1) + " second: " + abbreviate(l2[i]);
      }
    }
    return " (lengths " + x.length + " and " + y.length + ")";
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  @Test
  void aSecondBuildElsewhereIsByteIdentical() {
    Path content = tmp.resolve("content-b");
    writeContent(content, false);
    Path out = tmp.resolve("somewhere/else/entirely");
    Sites.build(content, out, Sites.BASE);
    assertSameTree(first, Sites.snapshot(out));
  }

  @Test
  void contentWrittenInReverseOrderBuildsTheSameSite() {
    Path content = tmp.resolve("content-reversed");
    writeContent(content, true);
    Path out = tmp.resolve("out-reversed");
    Sites.build(content, out, Sites.BASE);
    assertSameTree(first, Sites.snapshot(out));
  }

  @Test
  void manyBuildsInARowAreIdentical() {
    Path content = tmp.resolve("content-many");
    writeContent(content, true);
    for (int i = 0; i < 3; i++) {
      Path out = tmp.resolve("many-" + i);
      Sites.build(content, out, Sites.BASE);
      assertSameTree(first, Sites.snapshot(out));
    }
  }

  @Test
  void buildsRunningAtTheSameTimeAreIdentical() throws Exception {
    Path content = tmp.resolve("content-parallel");
    writeContent(content, false);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 3; i++) {
      Path out = tmp.resolve("parallel-" + i);
      Thread t = new Thread(() -> {
        try {
          Sites.build(content, out, Sites.BASE);
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    assertEquals(List.of(), failures);
    for (int i = 0; i < 3; i++) assertSameTree(first, Sites.snapshot(tmp.resolve("parallel-" + i)));
  }

  @Test
  void noticesDoNotDependOnWhereTheContentLies() {
    String copy = Fixtures.seed(Fixtures.QUANTANG)
        .replace("year: 2023", "year: 2024")
        .replace("泉塘镇2023年政府信息公开工作年度报告", "泉塘镇2024年政府信息公开工作年度报告")
        .replace("2023年我镇信息公开工作", "2024年我镇信息公开工作")
        .replace("signature: {name: 湘乡市泉塘镇人民政府, date: 2024-01-09}", "signature: {name: 湘乡市泉塘镇人民政府, date: 2025-01-09}");
    List<Map<String, byte[]>> sites = new ArrayList<>();
    for (String where : List.of("here/content", "somewhere/else/content")) {
      Path content = tmp.resolve("copied").resolve(where);
      Fixtures.copySeed(content, Fixtures.QUANTANG);
      Fixtures.write(content, Fixtures.QUANTANG.replace("2023.yaml", "2024.yaml"), copy);
      Path out = tmp.resolve("copied-site-" + sites.size());
      Sites.build(content, out, Sites.BASE);
      String page = Sites.text(out.resolve("湖南省/湘潭市/湘乡市/泉塘镇/泉塘镇人民政府/2024/index.html"));
      assertTrue(page.contains("data-code=\"copied\""), "precondition: the copy is flagged");
      assertFalse(page.contains(tmp.toString()), "the page shows a path of the build machine");
      sites.add(Sites.snapshot(out));
    }
    assertSameTree(sites.get(0), sites.get(1));
  }
}
