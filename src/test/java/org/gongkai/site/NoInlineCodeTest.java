package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site works under {@code Content-Security-Policy: default-src 'self'}: no inline script,
 * no event-handler attribute, no inline style, on any page.
 */
class NoInlineCodeTest {
  @TempDir static Path tmp;
  private static Path site;

  @BeforeAll
  static void build() {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = tmp.resolve("site");
    Sites.build(content, site, Sites.BASE);
  }

  @Test
  void noPageHasInlineScriptHandlersOrStyles() {
    List<String> problems = HtmlChecks.inlineCodeProblems(site);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void scriptsAndStylesComeFromTheSitesOwnAssets() {
    for (Path p : Sites.html(site)) {
      Document d = Sites.parse(p);
      String rel = Sites.rel(site, p);
      for (Element s : d.select("script")) assertOwnAsset(p, rel, s, s.attr("src"));
      for (Element l : d.select("link[rel~=(?i)stylesheet]")) assertOwnAsset(p, rel, l, l.attr("href"));
      assertTrue(d.select("script[src$=assets/site.js]").size() == 1, rel + ": loads the site's script once");
      assertTrue(d.select("link[rel~=(?i)stylesheet][href$=assets/site.css]").size() == 1, rel + ": loads site.css once");
    }
  }

  /** A script or stylesheet is a file of the site's assets/ folder. */
  private static void assertOwnAsset(Path page, String rel, Element e, String url) {
    assertTrue(!url.isBlank(), rel + ": " + e.outerHtml());
    Path t = url.startsWith("/xxgk/ndbg/")
        ? site.resolve(url.substring("/xxgk/ndbg/".length()))
        : Sites.target(site, page, url);
    assertTrue(t != null && t.startsWith(site.resolve("assets")) && java.nio.file.Files.isRegularFile(t),
        rel + ": " + e.outerHtml());
  }

  @Test
  void theSitesOwnScriptDoesNotEvaluateStrings() {
    String js = Sites.text(site.resolve("assets/site.js"));
    for (String banned : List.of("eval(", "new Function", "innerHTML", "document.write", "setTimeout(\"", "setInterval(\"")) {
      assertTrue(!js.contains(banned), "site.js uses " + banned);
    }
    String css = Sites.text(site.resolve("assets/site.css"));
    assertTrue(!css.contains("@import url(http") && !css.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"),
        "site.css loads nothing from elsewhere");
  }
}
