package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's five seeds built into a site: each report page shows exactly the numbers of
 * its YAML file, cell by cell, read here independently with snakeyaml — a number the original
 * lacks shows as missing (never 0), a table it lacks as a sentence.
 */
class ReportPageTest {
  @TempDir static Path tmp;
  private static Path site;

  static final List<String> SEEDS =
      List.of(Fixtures.JINDOUYING, Fixtures.BALIYING, Fixtures.ANGSU, Fixtures.QUANTANG, Fixtures.ANLIANG);

  /** The 25 rows of table 三 in printed order, as YAML key paths. */
  static final List<String> B_ROWS = List.of(
      "new", "carried_in", "granted", "partial",
      "denied/state_secret", "denied/prohibited", "denied/security", "denied/third_party",
      "denied/internal", "denied/process", "denied/enforcement", "denied/inquiry",
      "unavailable/not_held", "unavailable/needs_creation", "unavailable/unclear",
      "not_processed/complaint", "not_processed/repeated", "not_processed/publication",
      "not_processed/excessive", "not_processed/confirmation",
      "other/no_correction", "other/no_fee", "other/other",
      "results_total", "carried_over");

  static final List<String> C_GROUPS = List.of("review", "litigation_direct", "litigation_after_review");

  static final List<String> SECTIONS = List.of(
      "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  static final String NO_TABLE = "原文没有这张表";

  @BeforeAll
  static void buildSeeds() {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = tmp.resolve("site");
    Sites.build(content, site);
  }

  static Stream<Arguments> seeds() {
    return SEEDS.stream().map(Arguments::of);
  }

  /** One seed: its YAML (read independently), its page's folder and its parsed page. */
  record Seed(String rel, Map<String, Object> yaml, Path dir, Document page) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
      return (Map<String, Object>) yaml.get(key);
    }
  }

  @SuppressWarnings("unchecked")
  static Seed seed(String rel) {
    Map<String, Object> y = Sites.yaml(Fixtures.seed(rel));
    List<String> region = (List<String>) ((Map<String, Object>) y.get("region")).get("path");
    String organ = (String) ((Map<String, Object>) y.get("organ")).get("name");
    Path dir = site;
    for (String r : region) dir = dir.resolve(r);
    dir = dir.resolve(organ).resolve(String.valueOf(y.get("year")));
    Path page = dir.resolve("index.html");
    assertTrue(Files.isRegularFile(page), "no report page at " + Sites.rel(site, page));
    return new Seed(rel, y, dir, Sites.parse(page));
  }

  // ---------------------------------------------------------------- tables

  @ParameterizedTest
  @MethodSource("seeds")
  void tableTwoShowsEveryNumberOfTheFile(String rel) {
    Seed s = seed(rel);
    Element section = section(s.page, 2);
    Map<String, Object> a = s.map("table_a");
    if (a == null) {
      assertMissingTable(section, rel);
      return;
    }
    Element table = one(section.select("table"), rel + " table 二");
    for (String row : List.of("regulations", "normative_documents")) {
      assertRow(table, row, 3, a.get(row), rel);
    }
    for (String row : List.of("licensing", "punishment", "coercion", "fees")) {
      Elements tds = tr(table, row, rel).select("> td");
      assertEquals(1, tds.size(), rel + " table 二 row " + row + " has one value cell");
      assertEquals("3", tds.first().attr("colspan"), rel + " " + row + " spans the three value columns");
      assertCell(tds.first(), a.get(row), rel + " table 二 " + row);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tableThreeShowsAll25RowsAndSevenColumnsOfTheFile(String rel) {
    Seed s = seed(rel);
    Element section = section(s.page, 3);
    Map<String, Object> b = s.map("table_b");
    if (b == null) {
      assertMissingTable(section, rel);
      return;
    }
    Element table = one(section.select("table"), rel + " table 三");
    assertEquals(25, table.select("tr[data-row]").size(), rel + ": table 三 has 25 data rows");
    List<String> order = table.select("tr[data-row]").eachAttr("data-row");
    assertEquals(B_ROWS, order, rel + ": table 三 rows in the national form's order");
    for (String key : B_ROWS) assertRow(table, key, 7, at(b, key), rel);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tableFourShowsAll15CellsOfTheFile(String rel) {
    Seed s = seed(rel);
    Element section = section(s.page, 4);
    Map<String, Object> c = s.map("table_c");
    if (c == null) {
      assertMissingTable(section, rel);
      return;
    }
    Element table = one(section.select("table"), rel + " table 四");
    Element row = one(table.select("tbody tr"), rel + " table 四 data row");
    Elements tds = row.select("> td");
    assertEquals(15, tds.size(), rel + ": table 四 has 15 cells");
    for (int g = 0; g < 3; g++) {
      List<?> values = (List<?>) c.get(C_GROUPS.get(g));
      for (int i = 0; i < 5; i++) {
        assertCell(tds.get(g * 5 + i), values == null ? null : values.get(i),
            rel + " table 四 " + C_GROUPS.get(g) + "[" + i + "]");
      }
    }
  }

  @Test
  void angsuHasNoTableFourAndShowsThatInsteadOfAnEmptyTable() {
    Seed s = seed(Fixtures.ANGSU);
    assertFalse(s.yaml.containsKey("table_c"), "precondition: the seed has no table_c");
    Element part4 = section(s.page, 4);
    assertTrue(part4.text().contains(NO_TABLE), part4.text());
    assertTrue(part4.select("table").isEmpty());
    assertTrue(s.page.select("table.table-c").isEmpty());
    // its table 三 lacks （六）（七）and 四: those rows show seven missing cells each
    Element b = section(s.page, 3).selectFirst("table");
    for (String key : List.of("other/no_correction", "other/no_fee", "other/other", "results_total", "carried_over")) {
      Elements tds = tr(b, key, "昂素镇").select("> td");
      assertEquals(7, tds.size());
      for (Element td : tds) assertTrue(td.hasClass("missing"), key + ": " + td.outerHtml());
    }
  }

  @Test
  void jindouyingShowsItsOneBlankCellAsMissingNotZero() {
    Seed s = seed(Fixtures.JINDOUYING);
    Elements tds = tr(section(s.page, 3).selectFirst("table"), "carried_over", "金斗营镇").select("> td");
    assertTrue(tds.get(0).hasClass("missing"));
    assertTrue(tds.get(0).text().contains("原文未提供"), tds.get(0).text());
    assertFalse(tds.get(0).text().contains("0"), tds.get(0).text());
    for (int i = 1; i < 7; i++) assertEquals("0", tds.get(i).text());
  }

  // ---------------------------------------------------------------- page structure

  @ParameterizedTest
  @MethodSource("seeds")
  void hasOneH1EqualToTheTitleAndIsChinese(String rel) {
    Seed s = seed(rel);
    Elements h1 = s.page.select("h1");
    assertEquals(1, h1.size(), rel + ": exactly one <h1>");
    assertEquals(s.yaml.get("title"), h1.first().text());
    assertEquals("zh-CN", s.page.selectFirst("html").attr("lang"));
    assertTrue(s.page.title().startsWith((String) s.yaml.get("title")), s.page.title());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void showsTheSixSectionsInOrder(String rel) {
    Seed s = seed(rel);
    List<String> numbered = new ArrayList<>();
    for (Element h2 : s.page.select("h2")) {
      if (h2.text().matches("^[一二三四五六七八九十]、.*")) numbered.add(h2.text());
    }
    assertEquals(SECTIONS, numbered, rel);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void breadcrumbsEndWithTheYearMarkedCurrent(String rel) {
    Seed s = seed(rel);
    Element nav = s.page.selectFirst("nav.breadcrumbs");
    assertNotNull(nav, rel + ": breadcrumbs");
    Elements items = nav.select("li");
    Element last = items.last();
    assertEquals(s.yaml.get("year") + "年度", last.text());
    assertNotNull(last.selectFirst("[aria-current=page]"), last.outerHtml());
    assertTrue(last.select("a").isEmpty(), "the current page is not a link: " + last.outerHtml());
    assertEquals(1, nav.select("[aria-current]").size());
    // the organ comes just before the year, each region before that
    @SuppressWarnings("unchecked")
    List<String> region = (List<String>) s.map("region").get("path");
    assertEquals(s.map("organ").get("name"), items.get(items.size() - 2).text());
    for (int i = 0; i < region.size(); i++) assertEquals(region.get(i), items.get(i + 1).text());
    assertEquals("首页", items.first().text());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void showsEveryWaiverWithItsReason(String rel) {
    Seed s = seed(rel);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> waivers = (List<Map<String, Object>>) s.yaml.get("waivers");
    Elements notices = s.page.select("aside.notice li");
    if (waivers == null) {
      assertTrue(notices.isEmpty(), rel + " has no waiver and no warning: " + notices.text());
      return;
    }
    for (Map<String, Object> w : waivers) {
      String reason = (String) w.get("reason");
      String expected = ("complete".equals(w.get("rule")) ? "原文表格不完整：" : "") + reason;
      assertTrue(notices.stream().anyMatch(li -> li.text().contains(expected)
              && li.attr("data-code").equals(w.get("rule"))),
          rel + ": expected a notice containing «" + expected + "», got " + notices.eachText());
    }
  }

  @Test
  void jindouyingExplainsItsIncompleteTable() {
    Seed s = seed(Fixtures.JINDOUYING);
    String text = s.page.selectFirst("aside.notice").text();
    assertTrue(text.contains("原文表格不完整：原文表三“四、结转下年度继续办理”一行只有6个数，自然人一格空白。"), text);
  }

  @Test
  void baliyingExplainsItsAmbiguousYear() {
    Seed s = seed(Fixtures.BALIYING);
    Element li = s.page.selectFirst("aside.notice li[data-code=year-text]");
    assertNotNull(li, s.page.select("aside.notice").outerHtml());
    assertTrue(li.text().contains("原文标题为2024年度，第一部分首句写“2023 年”，第五部分写“2024年”；按标题定为2024年度。"),
        li.text());
  }

  // ---------------------------------------------------------------- downloads

  @ParameterizedTest
  @MethodSource("seeds")
  void offersYamlJsonAndCsvDownloadsNextToThePage(String rel) throws Exception {
    Seed s = seed(rel);
    Path page = s.dir.resolve("index.html");
    for (String ext : List.of("yaml", "json", "csv")) {
      Element a = s.page.selectFirst("a[href$=." + ext + "]");
      assertNotNull(a, rel + ": a link to the ." + ext + " download");
      Path f = Sites.target(site, page, a.attr("href"));
      assertNotNull(f);
      assertEquals(s.dir, f.getParent(), "download sits next to the page: " + a.attr("href"));
      assertTrue(Files.isRegularFile(f), "missing download " + f);
    }
    Path yaml = Sites.target(site, page, s.page.selectFirst("a[href$=.yaml]").attr("href"));
    assertArrayEquals(Files.readAllBytes(Fixtures.CONTENT.resolve(rel)), Files.readAllBytes(yaml),
        "the YAML download is the source file unchanged");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jsonDownloadHoldsTheFilesNumbers(String rel) throws Exception {
    Seed s = seed(rel);
    Path json = Sites.target(site, s.dir.resolve("index.html"), s.page.selectFirst("a[href$=.json]").attr("href"));
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertEquals(s.yaml.get("title"), j.path("title").asText());
    assertEquals(((Number) s.yaml.get("year")).intValue(), j.path("year").asInt());
    Map<String, Object> b = s.map("table_b");
    assertSameNumbers(at(b, "new"), j.path("table_b").path("new"), rel + " table_b.new");
    for (String key : B_ROWS) {
      JsonNode node = j.path("table_b");
      for (String k : key.split("/")) node = node.path(k);
      assertSameNumbers(at(b, key), node, rel + " table_b." + key);
    }
    Map<String, Object> c = s.map("table_c");
    if (c == null) {
      assertTrue(j.path("table_c").isMissingNode() || j.path("table_c").isNull(), j.toPrettyString());
    } else {
      for (String g : C_GROUPS) assertSameNumbers(c.get(g), j.path("table_c").path(g), rel + " table_c." + g);
    }
    Map<String, Object> a = s.map("table_a");
    assertSameNumbers(a.get("regulations"), j.path("table_a").path("regulations"), rel + " regulations");
    assertSameNumbers(a.get("normative_documents"), j.path("table_a").path("normative_documents"), rel);
    for (String k : List.of("licensing", "punishment", "coercion", "fees")) {
      assertEquals(0, decimal(a.get(k)).compareTo(j.path("table_a").path(k).decimalValue()), rel + " " + k);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void csvDownloadHoldsOneLinePerCellOfTableThree(String rel) {
    Seed s = seed(rel);
    Path csv = Sites.target(site, s.dir.resolve("index.html"), s.page.selectFirst("a[href$=.csv]").attr("href"));
    List<List<String>> rows = Sites.csv(Sites.text(csv));
    assertEquals(List.of("表", "行", "行名", "列", "数值"), rows.get(0));
    Map<String, Object> b = s.map("table_b");
    for (String key : B_ROWS) {
      List<List<String>> lines = rows.stream().filter(r -> r.get(0).equals("三") && r.get(1).equals(key)).toList();
      assertEquals(7, lines.size(), rel + " CSV lines of " + key);
      List<?> values = (List<?>) at(b, key);
      for (int i = 0; i < 7; i++) {
        Object v = values == null ? null : values.get(i);
        assertEquals(v == null ? "" : v.toString(), lines.get(i).get(4), rel + " CSV " + key + "[" + i + "]");
      }
    }
    long tableFour = rows.stream().filter(r -> r.get(0).equals("四")).count();
    assertEquals(s.yaml.containsKey("table_c") ? 15 : 0, tableFour, rel);
  }

  // ---------------------------------------------------------------- helpers

  /** The section under heading 一…六 ({@code n} = 1…6). */
  static Element section(Document page, int n) {
    String heading = SECTIONS.get(n - 1);
    for (Element h2 : page.select("section h2")) {
      if (h2.text().equals(heading)) return h2.parent();
    }
    fail("no section «" + heading + "»");
    return null;
  }

  static void assertMissingTable(Element section, String rel) {
    assertTrue(section.text().contains(NO_TABLE), rel + ": " + section.text());
    assertTrue(section.select("table").isEmpty(), rel + ": an omitted table is not drawn");
  }

  static Element one(Elements es, String what) {
    assertEquals(1, es.size(), "exactly one " + what);
    return es.first();
  }

  static Element tr(Element table, String key, String rel) {
    Elements trs = table.select("tr[data-row]").stream()
        .filter(t -> List.of(t.attr("data-row").split(" ")).contains(key))
        .collect(java.util.stream.Collectors.toCollection(Elements::new));
    return one(trs, rel + " row " + key);
  }

  static void assertRow(Element table, String key, int width, Object yamlRow, String rel) {
    Elements tds = tr(table, key, rel).select("> td");
    assertEquals(width, tds.size(), rel + " row " + key + " width");
    List<?> values = (List<?>) yamlRow;
    for (int i = 0; i < width; i++) {
      assertCell(tds.get(i), values == null ? null : values.get(i), rel + " row " + key + "[" + i + "]");
    }
  }

  /** A cell shows the YAML number, or is marked missing when the YAML has {@code ~} / no row. */
  static void assertCell(Element td, Object value, String where) {
    if (value == null) {
      assertTrue(td.hasClass("missing"), where + " should be missing: " + td.outerHtml());
      assertTrue(td.text().contains("原文未提供"), where + ": " + td.outerHtml());
      assertFalse(td.text().matches(".*\\d.*"), where + " shows no number: " + td.outerHtml());
    } else {
      assertFalse(td.hasClass("missing"), where + " is not missing: " + td.outerHtml());
      String text = td.text();
      assertTrue(text.matches("\\d+(\\.\\d+)?"), where + " shows a plain number: «" + text + "»");
      assertEquals(0, decimal(value).compareTo(new BigDecimal(text)), where + ": page " + text + " vs file " + value);
      if (value instanceof Integer || value instanceof Long) assertEquals(value.toString(), text, where);
    }
  }

  static BigDecimal decimal(Object v) {
    return v instanceof Number ? new BigDecimal(v.toString()) : null;
  }

  static void assertSameNumbers(Object yamlRow, JsonNode json, String where) {
    if (yamlRow == null) {
      assertTrue(json.isNull() || json.isMissingNode()
              || (json.isArray() && json.size() > 0 && allNull(json)),
          where + ": a row the file lacks is null in JSON, got " + json);
      return;
    }
    List<?> values = (List<?>) yamlRow;
    assertTrue(json.isArray(), where + ": " + json);
    assertEquals(values.size(), json.size(), where);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v == null) assertTrue(json.get(i).isNull(), where + "[" + i + "] is null: " + json);
      else assertEquals(((Number) v).longValue(), json.get(i).asLong(), where + "[" + i + "]");
    }
  }

  private static boolean allNull(JsonNode arr) {
    for (JsonNode n : arr) if (!n.isNull()) return false;
    return true;
  }

  /** A value at a '/'-separated key path of a table map; null when any part is absent. */
  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> table, String key) {
    Object node = table;
    for (String k : key.split("/")) {
      if (!(node instanceof Map)) return null;
      node = ((Map<String, Object>) node).get(k);
    }
    return node;
  }
}
