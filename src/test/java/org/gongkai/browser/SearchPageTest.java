package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.index.StaticIndex;
import org.gongkai.search.Hit;
import org.gongkai.search.Query;
import org.gongkai.search.Results;
import org.gongkai.search.Searcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in headless Chromium, served by nginx under a sub-path with
 * {@code default-src 'self'}, shows for every query of docs/search/queries.tsv (and with
 * filters, and for hostile input) exactly the results {@code gongkai search} gives: the same count, the same top 10 in
 * the same order, the same snippets — with no console errors. Skipped like {@link BrowserTest}.
 */
class SearchPageTest {
  @TempDir Path tmp;

  @Test
  void aQueryTypedIntoThePageIsAnsweredWithoutLoadingItAgain() throws Exception {
    needTools();
    Path site = BrowserTools.buildSite(tmp.resolve("site"));
    try (Nginx nginx = Nginx.start(BrowserTools.nginx().get(), site, tmp.resolve("nginx"));
        Searcher searcher = Searcher.open(site)) {
      BrowserTools.Result run = BrowserTools.run(List.of(BrowserTools.node().get().toString(),
          BrowserTools.BROWSER_TESTS.resolve("inpage.mjs").toString(), "--base", nginx.base(),
          "--chromium", BrowserTools.chromium().get().toString(), "行政复议", "政府"), null, 120);
      assertEquals(0, run.code(), () -> "inpage.mjs failed:\n" + run.stderr() + "\nnginx:\n" + nginx.log());
      JsonNode steps = new ObjectMapper().readTree(run.stdout());
      String basePath = java.net.URI.create(nginx.base()).getPath();
      Results first = searcher.search(Query.of("行政复议", null, null, 0, 10));
      Results second = searcher.search(Query.of("政府", null, null, 0, 10));
      JsonNode typed = steps.get(1);
      assertEquals("?q=政府", typed.get("search").asText());
      assertTrue(typed.get("status").asText().startsWith("找到 " + second.total() + " 份报告"), typed.toString());
      assertEquals(second.hits().stream().map(h -> basePath + h.url()).toList(), texts(typed.get("links")));
      JsonNode back = steps.get(2);
      assertEquals("?q=行政复议", back.get("search").asText());
      assertEquals(first.hits().stream().map(h -> basePath + h.url()).toList(), texts(back.get("links")));
      assertEquals(texts(steps.get(0).get("links")), texts(back.get("links")));
      for (int i = 0; i < 3; i++) assertTrue(!steps.get(i).get("reloaded").asBoolean(), "step " + i + " loaded the page again");
      assertTrue(steps.get(3).get("errors").isEmpty(), steps.get(3).toString());
    }
  }

  /** Chromium, nginx, Node and playwright-core, or the test is skipped (fails with GONGKAI_REQUIRE_BROWSER=1, as in .ci/run). */
  private static void needTools() {
    BrowserTools.need(BrowserTools.chromium().isPresent(), "Chromium (/usr/bin/chromium or $CHROMIUM)");
    BrowserTools.need(BrowserTools.nginx().isPresent(), "nginx");
    BrowserTools.need(BrowserTools.node().isPresent(), "Node.js (node)");
    BrowserTools.need(BrowserTools.nodeModulesInstalled(), "browser-tests/node_modules (playwright-core)");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void browserResultsEqualTheCommandLine() throws Exception {
    needTools();
    Path site = BrowserTools.buildSite(tmp.resolve("site"));
    ObjectMapper json = new ObjectMapper();
    ArrayNode queries = json.createArrayNode();
    for (String q : querySet()) queries.addObject().put("q", q);
    queries.addObject().put("q", "政务公开").put("year", 2024);
    queries.addObject().put("q", "政务公开").put("region", "河南省");
    queries.addObject().put("q", "政务公开").put("region", "河南省/安阳市");
    // Hostile input: query syntax, regular expressions, only punctuation, markup, 10,000
    // characters. The page shows results or a clear message, never an error.
    for (String q : List.of("a:b*~\"(", "！@#￥%……&*（）——+【】；：‘“，。、？", ".*[a-z]+$ \\d{3} (?i) \\",
        "(行政 OR 复议) AND \"依申请\"~2 [a TO z] ^*?\\/", "\"><script>alert(1)</script>", "a:b*~\"(".repeat(1429),
        "政务公开".repeat(2500), "政务公开 ".repeat(2000), "%00 %ZZ \u0000 \uFFFF \uD83D\uDE00")) {
      queries.addObject().put("q", q);
    }
    JsonNode results = compare(site, queries);
    System.out.printf("SearchPageTest: %d queries in Chromium, all equal to gongkai search%n", results.size());
  }

  /**
   * The same over an index rewritten with first tiers of two reports, blocks of two postings, none inline and
   * tiny packs: the page reads block tables and blocks from tier packs, several ranges of a
   * pack in one request (multipart/byteranges from nginx), and its search page names another
   * shard count than the index has, so it fetches the right shards after meta.json.
   */
  @Test
  void tieredIndexReadWithSeveralRangesPerRequestEqualsTheCommandLine() throws Exception {
    needTools();
    Path site = BrowserTools.buildSite(tmp.resolve("site"));
    StaticIndex.rewrite(site, new StaticIndex.Layout(2, 2, 2, 0, 256, 512, 256));
    ObjectMapper json = new ObjectMapper();
    ArrayNode queries = json.createArrayNode();
    for (String q : querySet()) queries.addObject().put("q", q);
    queries.addObject().put("q", "政务公开 依申请公开 行政复议");
    queries.addObject().put("q", "政府 政府信息"); // neighbours in term order: blocks in one pack
    JsonNode results = compare(site, queries);
    int multi = 0;
    for (JsonNode r : results) multi += r.get("multiRange").asInt();
    assertTrue(multi > 0, "some request asked for several ranges of a pack");
  }

  private static List<String> querySet() throws java.io.IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/search/queries.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) texts.add(line.split("\t")[0]);
    }
    return texts;
  }

  /**
   * Runs the queries on the site's search page behind nginx and checks each against
   * {@code gongkai search}: no console error, the same count, links and snippets. Returns what
   * the page showed.
   */
  private JsonNode compare(Path site, ArrayNode queries) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path file = tmp.resolve("queries.json");
    Files.writeString(file, json.writeValueAsString(queries));
    try (Nginx nginx = Nginx.start(BrowserTools.nginx().get(), site, tmp.resolve("nginx"));
        Searcher searcher = Searcher.open(site)) {
      BrowserTools.Result run = BrowserTools.run(List.of(BrowserTools.node().get().toString(),
          BrowserTools.BROWSER_TESTS.resolve("search.mjs").toString(), "--base", nginx.base(),
          "--chromium", BrowserTools.chromium().get().toString(), file.toString()), null, 240);
      assertEquals(0, run.code(), () -> "search.mjs failed:\n" + run.stderr() + "\nnginx:\n" + nginx.log());
      JsonNode results = json.readTree(run.stdout());
      String basePath = java.net.URI.create(nginx.base()).getPath();
      for (JsonNode r : results) {
        JsonNode q = r.get("q");
        Integer year = q.has("year") ? q.get("year").asInt() : null;
        String region = q.has("region") ? q.get("region").asText() : null;
        Results expected = searcher.search(Query.of(q.get("q").asText(), region, year, 0, 10));
        String what = q.toString().length() > 200 ? q.toString().substring(0, 200) + "…" : q.toString();
        assertTrue(r.get("errors").isEmpty(), what + " console errors: " + r.get("errors"));
        String status = r.get("status").asText();
        if (expected.total() == 0) {
          assertTrue(status.startsWith("没有找到") || status.startsWith("检索词中没有"), what + ": " + status);
          assertEquals(0, r.get("links").size(), what);
          continue;
        }
        assertTrue(status.startsWith("找到 " + expected.total() + " 份报告"), what + ": " + status);
        List<String> links = new ArrayList<>();
        r.get("links").forEach(l -> links.add(l.asText()));
        List<String> want = expected.hits().stream().map(h -> basePath + h.url()).toList();
        assertEquals(want, links, what);
        for (int i = 0; i < expected.hits().size(); i++) {
          Hit h = expected.hits().get(i);
          // innerHTML leaves quotes in text unescaped; the Java snippet escapes them.
          String java = h.snippet().replace("&quot;", "\"").replace("&#39;", "'");
          assertEquals(java, r.get("snippets").get(i).asText(), what + " snippet " + (i + 1));
        }
      }
      return results;
    }
  }
}
