package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link of the built site works: internal links are relative and lead to a file of the
 * site, outbound links are only the http(s) links of report prose (nofollow), and nothing is
 * loaded from another host. Checked on disk, and as a browser would resolve them with the site
 * published under a sub-path.
 */
class LinkCheckTest {
  @TempDir static Path tmp;
  private static Path site;
  private static Path subPathSite;

  @BeforeAll
  static void build() {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = tmp.resolve("site");
    Sites.build(content, site);
    subPathSite = tmp.resolve("sub");
    Sites.build(content, subPathSite, Sites.BASE);
  }

  @Test
  void everyRelativeLinkLeadsToAFileOfTheSite() {
    List<String> problems = HtmlChecks.linkProblems(site);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void checksAllPagesAndManyLinks() {
    List<Path> pages = Sites.html(site);
    assertTrue(pages.size() >= 52, "the seeds' site has at least 52 HTML pages (51 + 404): " + pages.size());
    long links = pages.stream().mapToLong(p -> HtmlChecks.urls(Sites.parse(p)).size()).sum();
    assertTrue(links > 500, "links checked: " + links);
  }

  @Test
  void theOnlyOutboundLinksAreReportProseLinks() {
    long outbound = 0;
    for (Path p : Sites.html(site)) {
      Document d = Sites.parse(p);
      for (HtmlChecks.Url u : HtmlChecks.urls(d)) {
        if (HtmlChecks.SCHEME.matcher(u.value().strip()).find()) {
          assertTrue(HtmlChecks.externalProseLink(u), Sites.rel(site, p) + ": " + u.element().outerHtml());
          outbound++;
        }
      }
    }
    // 金斗营镇 and 昂素镇 link their county's website in the introduction
    assertEquals(2, outbound);
  }

  @Test
  void worksWhenPublishedUnderASubPath() {
    List<String> problems = HtmlChecks.linkProblemsUnder(subPathSite, Sites.BASE);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void subPathBuildAlsoPassesTheOnDiskCheck() {
    List<String> problems = HtmlChecks.linkProblems(subPathSite);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theCheckerItselfCatchesBrokenLinks() throws Exception {
    Path fake = tmp.resolve("fake");
    java.nio.file.Files.createDirectories(fake.resolve("ok"));
    java.nio.file.Files.writeString(fake.resolve("ok/index.html"), "<p>ok</p>");
    java.nio.file.Files.writeString(fake.resolve("index.html"), "<html><body>"
        + "<a href=\"ok/\">fine</a><a href=\"%E6%97%A0/\">missing</a><a href=\"/abs/\">absolute</a>"
        + "<a href=\"../../etc/passwd\">escape</a><a href=\"#nowhere\">fragment</a>"
        + "<img src=\"ok/index.html\"><img src=\"http://evil.example/t.png\">"
        + "<a href=\"http://evil.example/\">not prose</a>"
        + "<div class=\"prose\"><a rel=\"nofollow\" href=\"https://fine.example/\">prose</a></div>"
        + "</body></html>");
    List<String> problems = HtmlChecks.linkProblems(fake);
    assertEquals(6, problems.size(), String.join("\n", problems));
  }

  @Test
  void theDefaultBuildWorksUnderAnySubPathToo() {
    // pages link relatively, so the site built with base "/" still works when copied below /a/b/
    List<String> problems = HtmlChecks.linkProblemsUnder(site, "https://elsewhere.example/a/b/");
    problems.removeIf(p -> p.startsWith("404.html:"));
    assertEquals(List.of(), problems, String.join("\n", problems));
  }
}
