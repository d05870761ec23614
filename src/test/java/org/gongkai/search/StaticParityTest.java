package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.index.StaticIndex;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's search engine (themes/default/static/search.js, run here in Node over the
 * static index files of a real build) gives the same answers as `gongkai search` over the
 * Lucene index: the same total, the same top 10 in the same order with bit-identical scores,
 * and the same snippets — for every query of the query set, with and without filters.
 */
class StaticParityTest {
  @TempDir Path root;

  @Test
  void browserEngineAnswersExactlyAsLucene() throws Exception {
    Node.assumeAvailable();
    Path site = Fixtures.buildAllSeeds(root);
    compare(site, true, 10);
  }

  /**
   * The same with first and second tiers of two documents, blocks of two, inline postings of at
   * most 16 bytes and tiny packs, asking for the top 2 of the five seeds: the browser stops early
   * on many queries, and its top 2 must still be Lucene's; its total is Lucene's whenever it says
   * it is exact.
   */
  @Test
  void tieredSearchKeepsTheTopTenExact() throws Exception {
    Node.assumeAvailable();
    Path site = Fixtures.buildAllSeeds(root);
    StaticIndex.rewrite(site, new StaticIndex.Layout(2, 2, 2, 16, 256, 512, 256));
    compare(site, false, 2);
  }

  /**
   * Queries of several common words over 400 generated reports, with first tiers of four
   * documents, second tiers of eight and blocks of four: a round of blocks does not settle them,
   * so the browser reads second tiers (copies of some blocks' postings, with a lower bound for
   * everything else) — and its top 10 stays Lucene's.
   */
  @Test
  void secondTiersKeepTheTopTenExact() throws Exception {
    Node.assumeAvailable();
    CorpusGenerator.generate(new CorpusGenerator.Options(400, root.resolve("corpus"), 7, 0));
    Path content = root.resolve("corpus/content");
    Path site = root.resolve("site");
    assertTrue(Fixtures.gongkai(content).build(site).ok());
    StaticIndex.rewrite(site, new StaticIndex.Layout(4, 8, 4, 0, 1024, 4096, 64));
    List<Case> cases = new ArrayList<>();
    for (String q : List.of("依申请公开 行政复议", "行政复议 不予公开", "政务公开 主动公开", "政务新媒体 信息处理费 行政复议",
        "政府网站 政务公开", "不予公开 年度报告")) {
      cases.add(new Case(q, null, null));
    }
    cases.add(new Case("政务公开 主动公开", null, 2023));
    JsonNode browser = compare(site, cases, false, 10);
    int reading = 0;
    for (JsonNode b : browser) if (b.get("secondTiers").asInt() > 0) reading++;
    assertTrue(reading >= 3, "queries that read second tiers: " + reading + " of " + cases.size());

    // Only a term with at least four second tiers' worth of reports after its first tier has one
    // (32 here): for one with fewer, the copy would cost the index about what its blocks cost a query.
    String script = Node.withSearchJs()
        + "const site = process.argv[2];\n"
        + "const read = (p, s, e) => { const b = new Uint8Array(readFileSync(site + '/search/' + p)); return Promise.resolve(s === undefined ? b : b.subarray(s, e)); };\n"
        + "const terms = [...new Set(process.argv.slice(3).flatMap(q => core.queryTokens(q)))];\n"
        + "const entries = await new core.Index(read).entries(terms);\n"
        + "console.log(JSON.stringify(entries.map((e, i) => ({ term: terms[i], docs: e.docs, first: e.first, second: e.second }))));\n";
    List<String> args = new ArrayList<>(List.of(site.toString(), "依申请公开 行政复议 不予公开 年度报告"));
    try (var provinces = Files.list(content)) {
      provinces.sorted().forEach(f -> args.add(f.getFileName().toString()));
    }
    JsonNode entries = new ObjectMapper().readTree(Node.run(script, args));
    int with = 0, without = 0;
    for (JsonNode e : entries) {
      int after = e.get("docs").asInt() - e.get("first").asInt();
      if (after <= 0) continue;
      int expected = after >= 4 * 8 ? 8 : 0;
      assertEquals(expected, e.get("second").asInt(), "second tier of " + e.get("term").asText() + " (" + after + " reports after its first tier)");
      if (expected > 0) with++;
      else without++;
    }
    assertTrue(with > 0 && without > 0, "terms with a second tier: " + with + ", past their first tier without one: " + without);
  }

  private record Case(String q, String region, Integer year) {}

  private void compare(Path site, boolean allExact, int top) throws Exception {
    List<Case> cases = new ArrayList<>();
    for (String q : QuerySet.queries()) cases.add(new Case(q, null, null));
    cases.add(new Case("政务公开", null, 2024));
    cases.add(new Case("政务公开", "河南省", null));
    cases.add(new Case("政务公开", "滑县", null));
    cases.add(new Case("政务公开", "河南省/安阳市", 2024));
    cases.add(new Case("政务公开", "河南省", 2023));
    cases.add(new Case("！@#￥%", null, null));
    compare(site, cases, allExact, top);
  }

  /** Runs the cases in Node and with Lucene, asserts they agree, and returns the browser's answers. */
  private JsonNode compare(Path site, List<Case> cases, boolean allExact, int top) throws Exception {

    ObjectMapper json = new ObjectMapper();
    ArrayNode input = json.createArrayNode();
    for (Case c : cases) input.addObject().put("text", c.q()).put("region", c.region()).put("year", c.year()).put("k", top);
    Path casesFile = root.resolve("cases.json");
    Files.writeString(casesFile, json.writeValueAsString(input), StandardCharsets.UTF_8);
    String script = Node.withSearchJs()
        + "const site = process.argv[2];\n"
        + "const read = (p, s, e) => { const b = new Uint8Array(readFileSync(site + '/search/' + p)); return Promise.resolve(s === undefined ? b : b.subarray(s, e)); };\n"
        + "const index = new core.Index(read);\n"
        + "const out = [];\n"
        + "for (const q of JSON.parse(readFileSync(process.argv[3], 'utf8'))) {\n"
        + "  const found = await index.search(q);\n"
        + "  const hits = found.total ? await index.page(found, 0, " + top + ") : [];\n"
        + "  out.push({ total: found.total, exact: found.exact, approximate: !!found.approximate, secondTiers: found.secondTiers, hits: hits.map(h => ({ url: h.url, score: h.score, snippet: h.snippet })) });\n"
        + "}\n"
        + "console.log(JSON.stringify(out));\n";
    JsonNode browser = json.readTree(Node.run(script, List.of(site.toString(), casesFile.toString())));

    int estimated = 0;
    try (Searcher s = Searcher.open(site)) {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        Results lucene = s.search(Query.of(c.q(), c.region(), c.year(), 0, top));
        JsonNode b = browser.get(i);
        String what = c.toString();
        if (allExact) assertTrue(b.get("exact").asBoolean(), "exact total of " + what);
        assertTrue(!b.get("approximate").asBoolean(), "within the budget: " + what);
        if (b.get("exact").asBoolean()) assertEquals(lucene.total(), b.get("total").asLong(), "total of " + what);
        else assertTrue(b.get("total").asLong() >= Math.min(top, lucene.total()), "estimate of " + what);
        if (!b.get("exact").asBoolean()) estimated++;
        assertEquals(lucene.hits().size(), b.get("hits").size(), "hits of " + what);
        for (int k = 0; k < lucene.hits().size(); k++) {
          Hit h = lucene.hits().get(k);
          JsonNode x = b.get("hits").get(k);
          assertEquals(h.url(), x.get("url").asText(), what + " rank " + (k + 1));
          assertEquals(h.score(), (float) x.get("score").asDouble(), 0f, what + " score at rank " + (k + 1));
          assertEquals(h.snippet(), x.get("snippet").asText(), what + " snippet at rank " + (k + 1));
        }
      }
    }
    System.out.printf("StaticParityTest: %d cases, %d with an estimated total%n", cases.size(), estimated);
    return browser;
  }
}
