package org.gongkai.search;

import static org.gongkai.testing.Fixtures.QUANTANG;
import static org.gongkai.testing.Fixtures.replaceLine;
import static org.gongkai.testing.Fixtures.seed;
import static org.gongkai.testing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the five seeds through the Lucene index a build ships, as `gongkai search` does. */
class SearchTest {
  @TempDir static Path root;
  static Path site;
  static Searcher searcher;

  @BeforeAll
  static void build() throws Exception {
    Path content = root.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = root.resolve("site");
    BuildResult r = Gongkai.builder().contentRoot(content).build().build(site);
    assertTrue(r.ok(), Fixtures.printed(r.check()));
    searcher = Searcher.open(site);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static Results search(String q) throws Exception {
    return searcher.search(Query.of(q, null, null, 0, 10));
  }

  private static Set<String> organs(Results r) {
    return r.hits().stream().map(Hit::organ).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Text as the search sees it: width- and case-folded, without white space. */
  static String folded(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  @Test
  void findsExactlyTheReportsContainingEachPhraseOfTheQuerySet() throws Exception {
    var stored = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(site.resolve("search/lucene")));
    try (stored) {
      for (String q : QuerySet.queries()) {
        Set<String> expected = new TreeSet<>();
        for (int d = 0; d < stored.maxDoc(); d++) {
          var doc = stored.storedFields().document(d);
          String text = folded(String.join("\n", doc.get("organ"), doc.get("region"), doc.get("title"), doc.get("body")));
          boolean all = true;
          for (String word : q.split(" ")) all &= text.contains(folded(word));
          if (all) expected.add(doc.get("organ"));
        }
        Results r = search(q);
        assertEquals(expected, organs(r), "query " + q);
        assertEquals(expected.size(), r.total(), "total for " + q);
      }
    }
  }

  @Test
  void ranksTheOrganNamedByTheQueryFirst() throws Exception {
    Path content = root.resolve("content2");
    Fixtures.copyAllSeeds(content);
    // Another town's report that mentions 金斗营镇 twice in its prose.
    String text = replaceLine(seed(QUANTANG), "未收取信息处理费。",
        "  未收取信息处理费。学习借鉴金斗营镇的做法，金斗营镇的经验值得推广。");
    write(content, QUANTANG, text);
    Path site2 = root.resolve("site2");
    assertTrue(Gongkai.builder().contentRoot(content).build().build(site2).ok());
    try (Searcher s = Searcher.open(site2)) {
      Results r = s.search(Query.of("金斗营镇", null, null, 0, 10));
      assertEquals(2, r.total());
      assertEquals("金斗营镇人民政府", r.hits().get(0).organ());
      assertEquals("泉塘镇人民政府", r.hits().get(1).organ());
      assertTrue(r.hits().get(0).score() > r.hits().get(1).score());
    }
  }

  @Test
  void filtersNarrowByYearAndRegionAtAnyLevel() throws Exception {
    assertEquals(5, search("政务公开").total());
    assertEquals(Set.of("八里营镇人民政府", "安良镇人民政府"),
        organs(searcher.search(Query.of("政务公开", null, 2024, 0, 10))));
    assertEquals(Set.of("八里营镇人民政府", "安良镇人民政府"),
        organs(searcher.search(Query.of("政务公开", "河南省", null, 0, 10))));
    assertEquals(Set.of("八里营镇人民政府"), organs(searcher.search(Query.of("政务公开", "滑县", null, 0, 10))));
    assertEquals(Set.of("八里营镇人民政府"), organs(searcher.search(Query.of("政务公开", "河南省/安阳市", null, 0, 10))));
    assertEquals(Set.of("八里营镇人民政府"), organs(searcher.search(Query.of("政务公开", "河南省 安阳市", null, 0, 10))));
    assertEquals(0, searcher.search(Query.of("政务公开", "河南省", 2023, 0, 10)).total());
    assertEquals(0, searcher.search(Query.of("政务公开", "不存在的地方", null, 0, 10)).total());
  }

  @Test
  void pagesThroughResults() throws Exception {
    Results all = searcher.search(Query.of("政务公开", null, null, 0, 10));
    Results second = searcher.search(Query.of("政务公开", null, null, 2, 2));
    assertEquals(5, second.total());
    assertEquals(List.of(all.hits().get(2).url(), all.hits().get(3).url()),
        second.hits().stream().map(Hit::url).toList());
  }

  @Test
  void marksTheMatchesInTheSnippet() throws Exception {
    Hit h = search("政务新媒体").hits().stream().filter(x -> x.organ().equals("金斗营镇人民政府")).findFirst().orElseThrow();
    assertTrue(h.snippet().contains("有效发挥<mark>政务新媒体</mark>作用"), h.snippet());
  }

  @Test
  void survivesHostileQueries() throws Exception {
    assertEquals(0, search("").total());
    assertEquals(0, search("！@#￥%……&*（）——+【】；：‘“，。、？").total());
    assertEquals(0, search("*").total());
    assertEquals(0, search("\"><script>alert(1)</script>").total());
    Results syntax = search("(行政 OR 复议) AND \"依申请\"~2 [a TO z] ^*?\\/ .* +-");
    assertTrue(syntax.total() >= 0);
    // Cut to 200 characters: one long phrase no report contains.
    assertEquals(0, search("政务公开".repeat(5000)).total());
    assertEquals(5, search("政务公开 ".repeat(5000)).total());
    assertTrue(search("政务公开 " + "x".repeat(10_000)).total() >= 0);
    // Query text is data: the snippet escapes whatever the report says.
    assertTrue(search("依申请公开").hits().stream().allMatch(h -> !h.snippet().contains("<script")));
  }
}
