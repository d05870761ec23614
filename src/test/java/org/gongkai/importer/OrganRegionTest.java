package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The organ from the title (or the signature), its kind, and its region from the division list:
 * read when the text names the place's county or city, inferred (with region.note) when the
 * list has exactly one place of that name, left to the maintainer when it has several.
 */
class OrganRegionTest {
  /** Seed 000 with another title and without the names that place it (阳谷县, 聊城市). */
  private static ImportResult titled(String title) {
    String text = Seed.JINDOUYING.text()
        .replace("阳谷县", "本县").replace("聊城市", "本市")
        .replace("金斗营镇人民政府 2023 年政府信息公开工作年度报告", title);
    return Drafts.read(text, "x.txt");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(ImportResult r, String key) {
    return (Map<String, Object>) Drafts.parse(r.yaml()).get(key);
  }

  @Test
  void aCountyGovernmentSitsInItsCounty() {
    ImportResult r = titled("阳谷县人民政府2023年政府信息公开工作年度报告");
    assertEquals(Map.of("name", "阳谷县人民政府", "kind", "government"), part(r, "organ"));
    assertEquals(List.of("山东省", "聊城市", "阳谷县"), part(r, "region").get("path"));
    assertEquals("山东省/聊城市/阳谷县/阳谷县人民政府/2023.yaml", r.path());
  }

  @Test
  void aDepartmentKeepsItsFullNameAndSitsInItsCounty() {
    ImportResult r = titled("聊城市阳谷县教育局2023年度政府信息公开工作年度报告");
    assertEquals(Map.of("name", "阳谷县教育局", "kind", "department"), part(r, "organ"));
    assertEquals("371521", part(r, "region").get("code"));
    assertFalse(part(r, "region").containsKey("note"), "聊城市 is named: the region is read, not inferred");
  }

  @Test
  void aTownUniqueInTheListIsInferredAndSaysSo() {
    ImportResult r = titled("金斗营镇2023年政府信息公开工作年度报告");
    assertEquals("金斗营镇人民政府", part(r, "organ").get("name"));
    assertTrue(String.valueOf(part(r, "region").get("note")).contains("只有这一个金斗营镇"), r.yaml());
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/region", "import.region.inferred"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/organ/name", "import.organ.assumed"));
  }

  @Test
  void aTownOfManyNamesIsLeftForTheMaintainerWithTheCandidatesListed() {
    ImportResult r = titled("城关镇人民政府2023年政府信息公开工作年度报告");
    assertEquals(null, part(r, "region").get("path"));
    assertFalse(r.placed(), r.path());
    Note n = Drafts.notes(r, Note.Kind.UNREADABLE, "/region").get(0);
    assertTrue(n.format(org.gongkai.diag.Lang.ZH).contains("88 个“城关镇”"), n.toString());
    assertTrue(r.yaml().contains("# 未能读出：区划未定：统计用区划代码中有 88 个“城关镇”"), r.yaml());
  }

  @Test
  void aTraditionalCharacterInAPlaceNameIsReadAsTheListSpellsIt() {
    ImportResult r = Drafts.read(Seed.ANLIANG);
    assertEquals(List.of("河南省", "平顶山市", "郏县", "安良镇"), part(r, "region").get("path"));
    assertTrue(String.valueOf(part(r, "region").get("note")).contains("郟县"));
  }

  @Test
  void theTitleDecidesTheYearAndADifferentYearInTheBodyIsNoted() {
    ImportResult r = Drafts.read(Seed.BALIYING);
    assertEquals(2024, Drafts.parse(r.yaml()).get("year"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/year", "import.year.bodyDiffers"));
    assertTrue(r.yaml().contains("#   - rule: year-text"), r.yaml());
  }

  @Test
  void aYearOfChineseNumeralsIsRead() {
    ImportResult r = titled("金斗营镇人民政府二〇二三年政府信息公开工作年度报告");
    assertEquals(2023, Drafts.parse(r.yaml()).get("year"));
    assertEquals("金斗营镇人民政府", part(r, "organ").get("name"));
  }
}
