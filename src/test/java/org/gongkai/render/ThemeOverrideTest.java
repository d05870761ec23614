package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.site.Sites;
import org.gongkai.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's theme folder overrides the built-in theme file by file: a theme holding only
 * {@code templates/404.peb} and {@code static/site.css} changes those two and nothing else.
 */
class ThemeOverrideTest {
  static final String CSS = "/* house style */\nbody { font-family: serif; }\n";
  static final String NOT_FOUND = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>找不到</title>"
      + "<link rel=\"stylesheet\" href=\"{{ root }}assets/site.css\"></head>\n"
      + "<body><h1>本站没有这个页面</h1><p><a href=\"{{ root }}index.html\">回到{{ siteTitle }}</a></p></body></html>\n";

  @TempDir static Path tmp;
  private static Path plain;
  private static Path themed;
  private static Map<String, byte[]> plainFiles;
  private static Map<String, byte[]> themedFiles;

  @BeforeAll
  static void buildBoth() {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    Path theme = tmp.resolve("my-theme");
    Fixtures.write(theme, "templates/404.peb", NOT_FOUND);
    Fixtures.write(theme, "static/site.css", CSS);
    plain = tmp.resolve("plain");
    themed = tmp.resolve("themed");
    Sites.build(content, plain, "/xxgk/ndbg/", Theme.builtIn());
    Sites.build(content, themed, "/xxgk/ndbg/", Theme.overlay(theme));
    plainFiles = Sites.snapshot(plain);
    themedFiles = Sites.snapshot(themed);
  }

  @Test
  void theUsers404TemplateIsUsed() {
    Document d = Sites.parse(themed.resolve("404.html"));
    assertEquals("本站没有这个页面", d.selectFirst("h1").text());
    assertEquals("/xxgk/ndbg/index.html", d.selectFirst("a").attr("href"), "the template gets the same variables");
    assertEquals("回到政府信息公开工作年度报告档案", d.selectFirst("a").text());
    assertFalse(Sites.text(themed.resolve("404.html")).contains("您访问的页面不存在"));
  }

  @Test
  void theUsersStylesheetReplacesTheBuiltInOne() {
    assertArrayEquals(CSS.getBytes(StandardCharsets.UTF_8), themedFiles.get("assets/site.css"));
    assertFalse(java.util.Arrays.equals(plainFiles.get("assets/site.css"), themedFiles.get("assets/site.css")));
  }

  @Test
  void everythingElseComesFromTheBuiltInTheme() {
    assertEquals(new TreeSet<>(plainFiles.keySet()), new TreeSet<>(themedFiles.keySet()), "same files");
    for (String k : plainFiles.keySet()) {
      // the manifest records which theme built the site, so that another theme means a full build
      if (k.equals("404.html") || k.equals("assets/site.css") || k.equals(org.gongkai.manifest.Manifest.PATH)) continue;
      assertArrayEquals(plainFiles.get(k), themedFiles.get(k), k + " is unchanged");
    }
  }

  @Test
  void reportPagesStillRenderWithTheirTables() {
    Path page = themed.resolve("山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023/index.html");
    assertTrue(Files.isRegularFile(page));
    Document d = Sites.parse(page);
    assertEquals("金斗营镇人民政府 2023 年政府信息公开工作年度报告", d.selectFirst("h1").text());
    assertEquals(25, d.select("table tr[data-row]").stream()
        .filter(tr -> tr.closest("table").hasClass("table-b")).count());
    assertNotNull(d.selectFirst("table.table-c"));
    assertNotNull(d.selectFirst("link[href$=assets/site.css]"));
  }

  @Test
  void aMissingThemeFolderIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Theme.overlay(tmp.resolve("no-such-theme")));
  }

  @Test
  void aThemeCanExtendTheBuiltInBase() {
    Path out = buildWithTemplate("extended", Fixtures.BALIYING, "404.peb",
        "{% extends \"base.peb\" %}{% block content %}<h1>另一个404</h1>{% endblock %}\n");
    Document d = Sites.parse(out.resolve("404.html"));
    assertEquals("另一个404", d.selectFirst("main h1").text());
    assertNotNull(d.selectFirst("header.site-header"), "the built-in base.peb wraps the user's block");
  }

  @Test
  void aThemesCellTemplateDrawsEveryNumberOfTheTables() {
    // a form table's cells come from partials/cell.peb (rendered once per distinct value): a
    // theme overriding it changes every cell, missing ones and wide ones included
    Path out = buildWithTemplate("cells", Fixtures.JINDOUYING, "partials/cell.peb",
        "<td data-span=\"{{ colspan }}\">{% if cell.missing %}缺{% else %}数{{ cell.text }}{% endif %}</td>\n");
    Document d = Sites.parse(out.resolve("山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023/index.html"));
    var carried = d.select("table.table-b tr[data-row=carried_over] > td");
    assertEquals(7, carried.size());
    assertEquals("缺", carried.get(0).text(), "its one blank cell");
    assertEquals("数0", carried.get(1).text());
    assertEquals("1", carried.get(1).attr("data-span"));
    var punishment = d.select("table.table-a tr[data-row=punishment] > td");
    assertEquals(1, punishment.size());
    assertEquals("3", punishment.get(0).attr("data-span"), "table 二's single numbers span three columns");
    assertTrue(punishment.get(0).text().startsWith("数"), punishment.get(0).outerHtml());
    var all = d.select("table.form-table td");
    assertEquals(2 * 3 + 4 + 25 * 7 + 15, all.size(), "every cell of the three tables");
    assertTrue(all.stream().noneMatch(td -> td.attr("data-span").isEmpty()), "no cell bypasses the theme's template");
  }

  /** Builds one seed with a theme holding one template; returns the site. */
  private static Path buildWithTemplate(String name, String seed, String template, String text) {
    Path theme = tmp.resolve(name + "-theme");
    Fixtures.write(theme, "templates/" + template, text);
    Path content = tmp.resolve(name + "-content");
    Fixtures.copySeed(content, seed);
    Path out = tmp.resolve(name);
    Sites.build(content, out, "/", Theme.overlay(theme));
    return out;
  }
}
