package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.OrganPaths;
import org.gongkai.model.Region;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are untrusted text. A corpus of hostile reports — script in prose, in names, titles,
 * notes, waiver reasons and contact fields, dangerous link schemes, images and embeds — builds
 * into a site where none of it runs or loads, and all of it reads as the text it is.
 */
class XssTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTR_BREAK = "\"><img src=x onerror=alert(1)>";
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"点击\")";

  static final String TITLE_1 = "金斗营镇人民政府 2023 年政府信息公开工作年度报告" + SCRIPT;
  static final String ORGAN_2 = SCRIPT;
  static final String ORGAN_3 = ATTR_BREAK;

  /** Markdown prose that tries everything. */
  static final List<String> HOSTILE_PROSE = List.of(
      SCRIPT,
      "<img src=x onerror=alert(1)>",
      "[x](javascript:alert(1)) 与 [y](JaVaScRiPt:alert(1)) 与 <a href=\"javascript:alert(1)\">z</a>",
      "![i](javascript:alert(1)) 和 ![t](http://evil.example/track.png)",
      "<iframe src=//evil>",
      "<svg onload=alert(1)>",
      "[v](vbscript:msgbox(1)) [e](&#106;avascript:alert(2)) <javascript:alert(3)> [w]( javascript:alert(4) )",
      "<object data=x></object><embed src=x><style>body{display:none}</style>",
      "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");

  @TempDir static Path tmp;
  private static Path site;
  private static Path content;
  private static String rel2;
  private static String rel3;
  private static String rel4;

  @BeforeAll
  static void buildHostileCorpus() {
    content = tmp.resolve("content");

    // 1: a real organ whose title, prose, notes, waiver reason, contact and signature are hostile
    String t = Fixtures.seed(Fixtures.JINDOUYING);
    t = Fixtures.replaceLine(t, "title:", "title: '" + TITLE_1 + "'");
    t = Fixtures.replaceLine(t, "（国务院令 第 711 号修订）", indent(HOSTILE_PROSE));
    t = Fixtures.replaceLine(t, "code: \"371521116\"", "  code: \"371521116\"\n  note: '" + SCRIPT + ATTR_BREAK + "'");
    t = Fixtures.replaceLine(t, "reason: 原文表三", "    reason: '" + SCRIPT + "原文表三缺一格" + ATTR_BREAK + "'");
    t = Fixtures.replaceLine(t, "office: 阳谷县", "  office: '" + ATTR_BREAK + "'");
    t = Fixtures.replaceLine(t, "phone: 0635", "  phone: '" + SCRIPT + "'");
    t = Fixtures.replaceLine(t, "email: jindouying", "  email: 'a@b.example\" onmouseover=\"alert(1)'");
    t = Fixtures.replaceLine(t, "note: 原文由 PDF 转出；第五部分", "  note: '" + SCRIPT + "'\n  url: 'javascript:alert(1)'");
    t = Fixtures.replaceLine(t, "source:", "signature: {name: '" + SCRIPT + "', date: 2024-01-09}\n\nsource:");
    Fixtures.write(content, Fixtures.JINDOUYING, t);

    // 2: an organ named <script>…, with hostile embeds in section 六
    t = Fixtures.seed(Fixtures.BALIYING);
    t = Fixtures.replaceLine(t, "name: 八里营镇人民政府", "  name: '" + ORGAN_2 + "'");
    t = Fixtures.replaceLine(t, "title:", "title: '" + SCRIPT + " 2024 年政府信息公开工作年度报告'");
    t = Fixtures.replaceLine(t, "  无", indent(HOSTILE_PROSE));
    rel2 = file(List.of("河南省", "安阳市", "滑县", "八里营镇"), ORGAN_2, 2024);
    Fixtures.write(content, rel2, t);

    // 3: an organ whose name breaks out of an attribute
    t = Fixtures.seed(Fixtures.QUANTANG);
    t = Fixtures.replaceLine(t, "name: 泉塘镇人民政府", "  name: '" + ORGAN_3 + "'");
    t = Fixtures.replaceLine(t, "一是政府信息公开的广度深度不够", indent(HOSTILE_PROSE));
    rel3 = file(List.of("湖南省", "湘潭市", "湘乡市", "泉塘镇"), ORGAN_3, 2023);
    Fixtures.write(content, rel3, t);

    // 4: an organ named like a spreadsheet formula
    t = Fixtures.seed(Fixtures.ANLIANG);
    t = Fixtures.replaceLine(t, "name: 安良镇人民政府", "  name: '" + HYPERLINK + "'");
    rel4 = file(List.of("河南省", "平顶山市", "郏县", "安良镇"), HYPERLINK, 2024);
    Fixtures.write(content, rel4, t);

    site = tmp.resolve("site");
    Sites.build(content, site, Sites.BASE);
  }

  private static String indent(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) b.append(b.length() == 0 ? "" : "\n\n").append("  ").append(l);
    return b.toString();
  }

  private static String file(List<String> region, String organ, int year) {
    return OrganPaths.file(new Region(region, null, null), organ, year);
  }

  /** The report page of a content file. */
  private static Document reportPage(String rel) {
    Path p = site.resolve(rel.replaceFirst("\\.yaml$", "")).resolve("index.html");
    assertTrue(Files.isRegularFile(p), "no page for " + rel);
    return Sites.parse(p);
  }

  private static Document organPage(String rel) {
    Path p = site.resolve(rel.substring(0, rel.lastIndexOf('/'))).resolve("index.html");
    assertTrue(Files.isRegularFile(p), "no organ page for " + rel);
    return Sites.parse(p);
  }

  // ---------------------------------------------------------------- nothing runs

  @Test
  void theOnlyScriptIsTheSitesOwn() {
    List<String> bad = new ArrayList<>();
    for (Path p : Sites.html(site)) {
      for (Element s : Sites.parse(p).select("script")) {
        String src = s.attr("src");
        boolean own = !src.isBlank() && !src.startsWith("/") && !HtmlChecks.SCHEME.matcher(src).find()
            && src.contains("assets/") && Sites.target(site, p, src) != null
            && Sites.target(site, p, src).startsWith(site.resolve("assets"));
        if (Sites.rel(site, p).equals("404.html")) own = src.startsWith("/xxgk/ndbg/assets/");
        if (!own || !s.data().isBlank()) bad.add(Sites.rel(site, p) + ": " + s.outerHtml());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noEventHandlerAttributes() {
    List<String> bad = new ArrayList<>();
    for (Path p : Sites.html(site)) {
      for (Element e : Sites.parse(p).getAllElements()) {
        for (Attribute a : e.attributes()) {
          if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) bad.add(Sites.rel(site, p) + ": " + e.outerHtml());
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noScriptUrls() {
    List<String> bad = new ArrayList<>();
    for (Path p : Sites.html(site)) {
      for (HtmlChecks.Url u : HtmlChecks.urls(Sites.parse(p))) {
        String v = u.value().strip().toLowerCase(Locale.ROOT).replaceAll("[\\t\\n\\r]", "");
        if (v.startsWith("javascript:") || v.startsWith("vbscript:")) bad.add(Sites.rel(site, p) + ": " + u.element().outerHtml());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noDataUrls() {
    List<String> bad = new ArrayList<>();
    for (Path p : Sites.html(site)) {
      for (HtmlChecks.Url u : HtmlChecks.urls(Sites.parse(p))) {
        if (u.value().strip().toLowerCase(Locale.ROOT).startsWith("data:")) bad.add(Sites.rel(site, p) + ": " + u.element().outerHtml());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noEmbeddedContentAtAll() {
    List<String> bad = new ArrayList<>();
    for (Path p : Sites.html(site)) {
      for (Element e : Sites.parse(p).select("img, iframe, frame, svg, math, object, embed, video, audio, style, base, meta[http-equiv]")) {
        bad.add(Sites.rel(site, p) + ": " + e.outerHtml());
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void theHostileSitePassesTheCspAndLinkChecks() {
    List<String> problems = new ArrayList<>(HtmlChecks.inlineCodeProblems(site));
    problems.addAll(HtmlChecks.linkProblems(site));
    problems.addAll(HtmlChecks.linkProblemsUnder(site, Sites.BASE));
    // data: links are the known bug of noDataUrls(); everything else must pass
    problems.removeIf(p -> p.contains(" href=\"data:"));
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  // ---------------------------------------------------------------- everything reads as text

  @Test
  void hostileProseReadsAsText() {
    for (String rel : List.of(Fixtures.JINDOUYING, rel2, rel3)) {
      Document d = reportPage(rel);
      String text = d.text();
      for (String s : List.of(SCRIPT, "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">z</a>",
          "<iframe src=//evil>", "<svg onload=alert(1)>", "<style>body{display:none}</style>")) {
        assertTrue(text.contains(s), rel + " shows «" + s + "» as text");
      }
      // links with a script scheme keep their words but lose their target
      for (String word : List.of("x", "y", "v", "e", "w")) {
        Element a = d.select(".prose a").stream().filter(e -> e.text().equals(word)).findFirst().orElse(null);
        assertNotNull(a, rel + ": link text " + word);
        assertFalse(a.attr("href").toLowerCase(Locale.ROOT).contains("script"), a.outerHtml());
      }
      // an image is offered as a link, never loaded
      Element img = d.select(".prose a").stream().filter(e -> e.text().contains("图片：t")).findFirst().orElse(null);
      assertNotNull(img, rel + ": image as link");
      assertEquals("http://evil.example/track.png", img.attr("href"));
      assertTrue(img.attr("rel").contains("nofollow"), img.outerHtml());
    }
  }

  @Test
  void hostileTitleNotesReasonsAndContactReadAsText() {
    Document d = reportPage(Fixtures.JINDOUYING);
    assertEquals(TITLE_1, d.selectFirst("h1").text());
    assertTrue(d.title().startsWith(TITLE_1), d.title());
    String notice = d.selectFirst("aside.notice").text();
    assertTrue(notice.contains(SCRIPT + "原文表三缺一格" + ATTR_BREAK), notice);
    String contact = d.selectFirst("section.contact").text();
    assertTrue(contact.contains(ATTR_BREAK), contact);
    assertTrue(contact.contains(SCRIPT), contact);
    assertTrue(contact.contains("a@b.example\" onmouseover=\"alert(1)"), contact);
    assertEquals(SCRIPT + " 2024年1月9日", d.selectFirst("p.signature").text());
    assertTrue(d.selectFirst("p.source-note").text().contains(SCRIPT), d.selectFirst("p.source-note").text());
  }

  @Test
  void hostileOrganNamesReadAsTextEverywhere() {
    for (String[] c : new String[][] {{rel2, ORGAN_2}, {rel3, ORGAN_3}}) {
      Document report = reportPage(c[0]);
      Document organ = organPage(c[0]);
      assertEquals(c[1], organ.selectFirst("h1").text());
      assertTrue(report.select("nav.breadcrumbs li").eachText().contains(c[1]), report.select("nav.breadcrumbs").text());
      assertTrue(report.selectFirst("dl.meta").text().contains(c[1]), report.selectFirst("dl.meta").text());
    }
    Document home = Sites.parse(site.resolve("index.html"));
    List<String> organs = home.select("table tbody th a").eachText();
    assertTrue(organs.contains(ORGAN_2) && organs.contains(ORGAN_3) && organs.contains(HYPERLINK), organs.toString());
    Document year = Sites.parse(site.resolve("年度/2024/index.html"));
    assertTrue(year.select("tbody th a").eachText().contains(ORGAN_2), year.text());
  }

  @Test
  void hostileOrganNamesBecomeSafeFolders() {
    assertEquals("河南省/安阳市/滑县/八里营镇/_script_alert(1)__script_/2024.yaml", rel2);
    for (String rel : List.of(rel2, rel3, rel4)) {
      String folder = rel.split("/")[4];
      assertFalse(folder.matches(".*[<>\"/\\\\:*?|].*"), folder);
      assertTrue(Files.isDirectory(site.resolve(rel.substring(0, rel.lastIndexOf('/')))), rel);
    }
  }

  // ---------------------------------------------------------------- feeds and data

  @Test
  void xmlFilesStayWellFormedAndCarryTheTextEscaped() {
    org.w3c.dom.Document feed = Sites.xml(site.resolve("feed.xml"));
    Sites.xml(site.resolve("sitemap.xml"));
    List<String> titles = new ArrayList<>();
    var nodes = feed.getElementsByTagNameNS("*", "title");
    for (int i = 0; i < nodes.getLength(); i++) titles.add(nodes.item(i).getTextContent());
    assertTrue(titles.contains(TITLE_1), titles.toString());
    assertEquals(0, feed.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, feed.getElementsByTagName("script").getLength());
  }

  @Test
  void jsonDataCarriesNamesExactly() throws Exception {
    JsonNode all = new ObjectMapper().readTree(site.resolve("data/reports.json").toFile());
    List<String> organs = new ArrayList<>();
    for (JsonNode e : all) organs.add(e.path("organ").asText());
    assertTrue(organs.containsAll(List.of(ORGAN_2, ORGAN_3, HYPERLINK)), organs.toString());
    String raw = Sites.text(site.resolve("data/reports.json"));
    assertFalse(raw.contains("<script"), "JSON escapes < so it cannot close a <script> it is inlined into");
  }

  @Test
  void csvDefusesAFormulaInAnOrganName() {
    List<List<String>> rows = Sites.csv(Sites.text(site.resolve("data/reports.csv")));
    List<String> organs = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    assertTrue(organs.contains("'" + HYPERLINK), organs.toString());
    assertFalse(organs.contains(HYPERLINK), organs.toString());
    for (List<String> r : rows) {
      for (String cell : r) {
        assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+"),
            "a cell a spreadsheet would run: " + cell);
      }
    }
    // the other names are kept as they are
    assertTrue(organs.contains(ORGAN_2) && organs.contains(ORGAN_3), organs.toString());
  }
}
