package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The pages around the reports, as a visitor and a crawler meet them: the home page, a page for
 * every region at every level, for every organ and for every year; sitemap, feed, robots.txt,
 * the 404 page and the archive-wide data files. Built once, published under a sub-path.
 */
class SitePagesTest {
  @TempDir static Path tmp;
  private static Path site;

  /** Seed → [region…, organ, year]. */
  static final Map<String, List<String>> REPORTS = new LinkedHashMap<>();

  static {
    for (String rel : ReportPageTest.SEEDS) {
      String[] parts = rel.split("/");
      List<String> p = new ArrayList<>(List.of(parts));
      p.set(p.size() - 1, parts[parts.length - 1].replace(".yaml", ""));
      REPORTS.put(rel, p);
    }
  }

  @BeforeAll
  static void buildSeeds() {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = tmp.resolve("site");
    Sites.build(content, site, Sites.BASE);
  }

  private static Path page(String dir) {
    Path p = dir.isEmpty() ? site.resolve("index.html") : site.resolve(dir).resolve("index.html");
    assertTrue(Files.isRegularFile(p), "missing page " + Sites.rel(site, p));
    return p;
  }

  private static String reportDir(String rel) {
    return String.join("/", REPORTS.get(rel));
  }

  /** The pages the links of a table's rows lead to, in order. */
  private static List<Path> rowTargets(Path page, Element table) {
    List<Path> out = new ArrayList<>();
    for (Element tr : table.select("tbody tr")) {
      Element a = tr.selectFirst("a[href]");
      assertNotNull(a, tr.outerHtml());
      out.add(Sites.target(site, page, a.attr("href")));
    }
    return out;
  }

  // ---------------------------------------------------------------- regions

  @Test
  void everyRegionLevelHasAPageWithItsYearTable() {
    for (Map.Entry<String, List<String>> r : REPORTS.entrySet()) {
      List<String> parts = r.getValue();
      String year = parts.get(parts.size() - 1);
      for (int depth = 1; depth <= parts.size() - 2; depth++) {
        String dir = String.join("/", parts.subList(0, depth));
        Path p = page(dir);
        Document d = Sites.parse(p);
        assertEquals(parts.get(depth - 1), d.selectFirst("h1").text(), dir);
        Element table = d.selectFirst("table:has(caption:contains(各年度报告数量))");
        assertNotNull(table, dir + ": year table");
        Element row = null;
        for (Element tr : table.select("tbody tr")) if (tr.selectFirst("th").text().equals(year + "年度")) row = tr;
        assertNotNull(row, dir + " lists " + year + ": " + table.text());
        Path list = Sites.target(site, p, row.selectFirst("a").attr("href"));
        assertEquals(site.resolve(dir).resolve("年度").resolve(year).resolve("index.html"), list);
        assertTrue(Files.isRegularFile(list), "missing " + list);
        // the region-year list holds this report
        List<Path> listed = rowTargets(list, Sites.parse(list).selectFirst("table"));
        assertTrue(listed.contains(page(reportDir(r.getKey()))), dir + "/年度/" + year);
      }
    }
  }

  @Test
  void regionPagesLinkTheirSubRegionsAndCountReports() {
    Path p = page("河南省");
    Document d = Sites.parse(p);
    Map<String, String> children = new LinkedHashMap<>();
    for (Element li : d.select("section:has(h2:contains(下级区划)) li")) {
      Element a = li.selectFirst("a");
      children.put(a.text(), li.selectFirst(".count").text());
      assertEquals(site.resolve("河南省").resolve(a.text()).resolve("index.html"),
          Sites.target(site, p, a.attr("href")));
    }
    assertEquals(Map.of("安阳市", "1 份报告", "平顶山市", "1 份报告"), children);
    Element years = d.selectFirst("table:has(caption:contains(各年度报告数量))");
    assertEquals(1, years.select("tbody tr").size());
    assertEquals(List.of("2024年度", "2"), List.of(years.selectFirst("tbody th").text(),
        years.selectFirst("tbody td").text()));
    // the township's page lists its organ
    Path town = page("河南省/安阳市/滑县/八里营镇");
    Element organ = Sites.parse(town).selectFirst("section:has(h2:contains(本级机关)) a");
    assertNotNull(organ);
    assertEquals("八里营镇人民政府", organ.text());
    assertEquals(page("河南省/安阳市/滑县/八里营镇/八里营镇人民政府"), Sites.target(site, town, organ.attr("href")));
  }

  // ---------------------------------------------------------------- years

  @Test
  void yearPagesListExactlyThatYearsReports() {
    for (int year : List.of(2023, 2024)) {
      Path p = page("年度/" + year);
      Document d = Sites.parse(p);
      assertEquals(year + "年度报告", d.selectFirst("h1").text());
      Set<Path> expected = new HashSet<>();
      for (String rel : REPORTS.keySet()) {
        if (rel.endsWith("/" + year + ".yaml")) expected.add(page(reportDir(rel)));
      }
      assertEquals(year == 2023 ? 3 : 2, expected.size());
      Element table = d.selectFirst("table");
      List<Path> listed = rowTargets(p, table);
      assertEquals(expected.size(), listed.size(), d.select("tbody").text());
      assertEquals(expected, new HashSet<>(listed));
      for (Element tr : table.select("tbody tr")) assertEquals(String.valueOf(year), tr.select("td").get(1).text());
    }
    assertFalse(Files.exists(site.resolve("年度/2022")));
  }

  // ---------------------------------------------------------------- organs

  @Test
  void everyOrganHasAPageListingItsYears() {
    for (Map.Entry<String, List<String>> r : REPORTS.entrySet()) {
      List<String> parts = r.getValue();
      String organDir = String.join("/", parts.subList(0, parts.size() - 1));
      Path p = page(organDir);
      Document d = Sites.parse(p);
      assertEquals(parts.get(parts.size() - 2), d.selectFirst("h1").text());
      List<Path> listed = rowTargets(p, d.selectFirst("table"));
      assertEquals(List.of(page(reportDir(r.getKey()))), listed);
      Element last = d.select("nav.breadcrumbs li").last();
      assertEquals(parts.get(parts.size() - 2), last.text());
      assertNotNull(last.selectFirst("[aria-current=page]"));
    }
  }

  // ---------------------------------------------------------------- home

  @Test
  void homeListsTheLatestReportsAndTheProvinces() {
    Path p = page("");
    Document d = Sites.parse(p);
    assertEquals(1, d.select("h1").size());
    Element latest = d.selectFirst("section:has(h2:contains(最新报告)) table");
    assertNotNull(latest);
    List<Path> listed = rowTargets(p, latest);
    Set<Path> all = new HashSet<>();
    for (String rel : REPORTS.keySet()) all.add(page(reportDir(rel)));
    assertEquals(5, listed.size());
    assertEquals(all, new HashSet<>(listed));
    List<Integer> years = latest.select("tbody tr").stream().map(tr -> Integer.parseInt(tr.select("td").get(1).text())).toList();
    for (int i = 1; i < years.size(); i++) assertTrue(years.get(i - 1) >= years.get(i), "newest first: " + years);

    Set<String> provinces = new TreeSet<>();
    for (Element a : d.select("section:has(h2:contains(按地区浏览)) a")) {
      provinces.add(a.text());
      assertEquals(page(a.text()), Sites.target(site, p, a.attr("href")));
    }
    assertEquals(new TreeSet<>(Set.of("山东省", "河南省", "内蒙古自治区", "湖南省")), provinces);

    List<String> yearLinks = d.select("section:has(h2:contains(按年度浏览)) tbody th a").eachText();
    assertEquals(List.of("2024年度", "2023年度"), yearLinks);
    assertTrue(d.selectFirst("p.lead").text().contains("5 份"), d.selectFirst("p.lead").text());
  }

  // ---------------------------------------------------------------- crawler files

  @Test
  void sitemapIsWellFormedAndListsEveryPageButThe404() {
    org.w3c.dom.Document x = Sites.xml(site.resolve("sitemap.xml"));
    assertEquals("urlset", x.getDocumentElement().getLocalName());
    assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", x.getDocumentElement().getNamespaceURI());
    NodeList locs = x.getElementsByTagNameNS("*", "loc");
    Set<String> listed = new TreeSet<>();
    for (int i = 0; i < locs.getLength(); i++) {
      String loc = locs.item(i).getTextContent();
      assertTrue(loc.startsWith(Sites.BASE), "absolute under the base URL: " + loc);
      URI u = URI.create(loc); // fails on an unencoded character
      assertEquals("example.gov.cn", u.getHost());
      String path = Sites.percentDecode(loc.substring(Sites.BASE.length()));
      assertTrue(path.isEmpty() || path.endsWith("/"), loc);
      assertTrue(listed.add(path + "index.html"), "listed twice: " + loc);
    }
    Set<String> pages = new TreeSet<>();
    for (Path h : Sites.html(site)) pages.add(Sites.rel(site, h));
    pages.remove("404.html");
    assertEquals(pages, listed);
  }

  @Test
  void feedIsWellFormedAtomWithAbsoluteLinksToReports() {
    org.w3c.dom.Document x = Sites.xml(site.resolve("feed.xml"));
    assertEquals("feed", x.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2005/Atom", x.getDocumentElement().getNamespaceURI());
    NodeList entries = x.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(5, entries.getLength());
    Set<Path> linked = new HashSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
      String href = ((org.w3c.dom.Element) e.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href");
      assertTrue(href.startsWith(Sites.BASE), href);
      Path target = site.resolve(Sites.percentDecode(href.substring(Sites.BASE.length()))).resolve("index.html");
      assertTrue(Files.isRegularFile(target), href);
      linked.add(target);
      assertFalse(e.getElementsByTagNameNS("*", "title").item(0).getTextContent().isBlank());
      String updated = e.getElementsByTagNameNS("*", "updated").item(0).getTextContent();
      assertTrue(updated.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), updated);
    }
    assertEquals(5, linked.size());
    // every report page advertises the feed
    Document home = Sites.parse(page(""));
    Element alt = home.selectFirst("link[rel=alternate][type=application/atom+xml]");
    assertEquals(site.resolve("feed.xml"), Sites.target(site, page(""), alt.attr("href")));
  }

  @Test
  void robotsTxtPointsToTheSitemap() {
    List<String> lines = Sites.text(site.resolve("robots.txt")).lines().toList();
    assertTrue(lines.contains("User-agent: *"), lines.toString());
    assertTrue(lines.contains("Sitemap: " + Sites.BASE + "sitemap.xml"), lines.toString());
    assertFalse(lines.contains("Disallow: /"), "the archive is public: " + lines);
  }

  @Test
  void notFoundPageLinksFromTheBasePath() {
    Document d = Sites.parse(site.resolve("404.html"));
    assertEquals("zh-CN", d.selectFirst("html").attr("lang"));
    assertNotNull(d.selectFirst("main a[href=/xxgk/ndbg/index.html]"), d.select("main").outerHtml());
    Elements linked = d.select("[href], [src]");
    assertFalse(linked.isEmpty());
    for (Element e : linked) {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      if (url.startsWith("#")) continue;
      assertTrue(url.startsWith("/xxgk/ndbg/"), "the 404 page is served at any depth: " + e.outerHtml());
      assertTrue(Files.isRegularFile(Sites.target(site, site.resolve("index.html"),
          url.substring("/xxgk/ndbg/".length()))), url);
    }
  }

  @Test
  void notFoundPageWithTheDefaultBaseLinksFromTheRoot() throws Exception {
    Path other = tmp.resolve("root-site");
    Path content = tmp.resolve("root-content");
    Fixtures.copySeed(content, Fixtures.JINDOUYING);
    Sites.build(content, other, "/");
    Document d = Sites.parse(other.resolve("404.html"));
    assertNotNull(d.selectFirst("main a[href=/index.html]"), d.select("main").outerHtml());
  }

  // ---------------------------------------------------------------- open data

  @Test
  void reportsCsvHasAHeaderAndOneLinePerReport() {
    String text = Sites.text(site.resolve("data/reports.csv"));
    assertEquals(6, text.split("\r\n").length, text);
    List<List<String>> rows = Sites.csv(text);
    assertEquals(6, rows.size());
    List<String> header = rows.get(0);
    assertEquals("机关", header.get(0));
    int pageCol = header.indexOf("页面");
    int dataCol = header.indexOf("数据");
    assertTrue(pageCol > 0 && dataCol > 0, header.toString());
    Set<String> organs = new TreeSet<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertEquals(header.size(), r.size(), r.toString());
      organs.add(r.get(0));
      // links are relative to the site root
      assertTrue(Files.isRegularFile(site.resolve(Sites.percentDecode(r.get(pageCol))).resolve("index.html")), r.toString());
      assertTrue(Files.isRegularFile(site.resolve(Sites.percentDecode(r.get(dataCol)))), r.toString());
    }
    assertEquals(Set.of("金斗营镇人民政府", "八里营镇人民政府", "昂素镇人民政府", "泉塘镇人民政府", "安良镇人民政府"), organs);
  }

  @Test
  void reportsJsonParsesWithOneEntryPerReport() throws Exception {
    JsonNode j = new ObjectMapper().readTree(site.resolve("data/reports.json").toFile());
    assertTrue(j.isArray());
    assertEquals(5, j.size());
    for (JsonNode e : j) {
      assertTrue(Files.isRegularFile(site.resolve(Sites.percentDecode(e.path("data").asText()))), e.toString());
    }
    JsonNode angsu = null;
    for (JsonNode e : j) if (e.path("organ").asText().equals("昂素镇人民政府")) angsu = e;
    assertNotNull(angsu);
    assertEquals(3, angsu.path("received").asInt());
    assertTrue(angsu.path("reviews").isNull(), "昂素镇 has no table 四: " + angsu);
  }

  // ---------------------------------------------------------------- found bugs

  @Test
  void crawlerFilesNeverCarryRelativeUrlsWhereAbsoluteOnesAreRequired() {
    // Without the site's full address there is no valid sitemap: none is written, robots.txt
    // does not point to one, and the feed's ids are tag: URIs (absolute) with relative links.
    Path other = tmp.resolve("default-base-site");
    Path content = tmp.resolve("default-base-content");
    Fixtures.copySeed(content, Fixtures.JINDOUYING);
    Sites.build(content, other, "/");
    assertFalse(Files.exists(other.resolve("sitemap.xml")));
    assertFalse(Sites.text(other.resolve("robots.txt")).contains("Sitemap:"));
    NodeList ids = Sites.xml(other.resolve("feed.xml")).getElementsByTagNameNS("*", "id");
    assertTrue(ids.getLength() > 1);
    for (int i = 0; i < ids.getLength(); i++) {
      assertTrue(URI.create(ids.item(i).getTextContent()).isAbsolute(), ids.item(i).getTextContent());
    }
  }
}
