package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2023 division list as a user of {@code gongkai region} and the validator sees it. */
class DivisionsTest {
  private static Divisions divisions;

  @BeforeAll
  static void load() {
    divisions = Divisions.load();
  }

  private static List<String> codes(List<Place> places) {
    return places.stream().map(Place::code).toList();
  }

  private static Resolution resolve(String... path) {
    return divisions.resolve(List.of(path));
  }

  @Test
  void namesItsEditionAndSource() {
    assertEquals("2023", divisions.edition());
    assertTrue(divisions.source().contains("china-division 2.7.0"), divisions.source());
    assertTrue(divisions.source().contains("2023年统计用区划代码"), divisions.source());
  }

  @Test
  void findsAUniqueTownshipWithItsFullPath() {
    List<Place> found = divisions.find("八里营镇");
    assertEquals(1, found.size());
    Place place = found.get(0);
    assertEquals("410526113", place.code());
    assertEquals(Level.TOWNSHIP, place.level());
    assertEquals(List.of("河南省", "安阳市", "滑县", "八里营镇"), place.path());
    assertEquals("河南省 安阳市 滑县 八里营镇", place.pathText());
  }

  @Test
  void findsEveryPlaceSharingAName() {
    List<Place> found = divisions.find("泉塘镇");
    assertEquals(List.of("340281115", "430381111"), codes(found));
    // 340281 is 无为市, which 2023 data files under 芜湖市.
    assertEquals("安徽省 芜湖市 无为市 泉塘镇", found.get(0).pathText());
    assertEquals("湖南省 湘潭市 湘乡市 泉塘镇", found.get(1).pathText());
  }

  @Test
  void findsNothingForAnUnknownName() {
    assertEquals(List.of(), divisions.find("不存在镇"));
  }

  @Test
  void looksUpByCode() {
    assertEquals("滑县", divisions.byCode("410526").orElseThrow().name());
    assertTrue(divisions.byCode("999999").isEmpty());
  }

  @Test
  void resolvesFullPaths() {
    assertResolvesTo("371521116", "山东省", "聊城市", "阳谷县", "金斗营镇");
    assertResolvesTo("150623103", "内蒙古自治区", "鄂尔多斯市", "鄂托克前旗", "昂素镇");
    assertResolvesTo("430381111", "湖南省", "湘潭市", "湘乡市", "泉塘镇");
    assertResolvesTo("410425102", "河南省", "平顶山市", "郏县", "安良镇");
  }

  @Test
  void resolvesPathsThatSkipThePseudoCities() {
    assertResolvesTo("110101", "北京市", "东城区");
    assertResolvesTo("110101001", "北京市", "东城区", "东华门街道");
    assertResolvesTo("419001", "河南省", "济源市");
    assertEquals(Level.COUNTY, divisions.byCode("419001").orElseThrow().level());
  }

  @Test
  void rejectsAPseudoCityInAPath() {
    Resolution r = resolve("北京市", "市辖区", "东城区");
    assertFalse(r.resolved());
    assertEquals(1, r.unknownIndex());
    assertEquals(List.of("11"), codes(r.matched()));
    assertTrue(r.place().isEmpty());
  }

  @Test
  void resolvesTheEmptyPathOfANationalOrgan() {
    Resolution r = resolve();
    assertTrue(r.resolved());
    assertEquals(List.of(), r.matched());
    assertEquals(-1, r.unknownIndex());
    assertTrue(r.place().isEmpty());
  }

  @Test
  void aPathLongerThanTheHierarchyIsUnknownAtItsFifthName() {
    Resolution r = resolve("山东省", "聊城市", "阳谷县", "金斗营镇", "某某村");
    assertEquals(4, r.unknownIndex());
    assertEquals(4, r.matched().size());
    assertEquals(List.of(), r.suggestions());
  }

  @Test
  void suggestsTheSimplifiedFormOfATraditionalCharacter() {
    Resolution r = resolve("河南省", "平顶山市", "郟县");
    assertEquals(2, r.unknownIndex());
    assertEquals(List.of("41", "4104"), codes(r.matched()));
    // 叶县 is one edit away too; 郏县 must still come first.
    assertEquals("郏县", r.suggestions().get(0));
  }

  @Test
  void suggestsTheNameWithItsMissingSuffix() {
    assertFirstSuggestion("湘乡市", 2, "湖南省", "湘潭市", "湘乡");
    assertFirstSuggestion("聊城市", 1, "山东省", "聊城");
    // 鄂托克旗 is also one edit from 鄂托克前; the missing suffix wins.
    assertFirstSuggestion("鄂托克前旗", 2, "内蒙古自治区", "鄂尔多斯市", "鄂托克前");
    assertFirstSuggestion("八里营镇", 3, "河南省", "安阳市", "滑县", "八里营");
    assertFirstSuggestion("东城区", 1, "北京市", "东城");
    assertFirstSuggestion("河南省", 0, "河南");
  }

  @Test
  void suggestsTheNameWithTheRightSuffix() {
    assertFirstSuggestion("阳谷县", 2, "山东省", "聊城市", "阳谷市");
  }

  @Test
  void suggestsAtMostThreeNames() {
    Resolution r = resolve("河南省", "平顶山市", "县");
    assertTrue(r.suggestions().size() <= 3, r.suggestions().toString());
  }

  @Test
  void suggestsPlacesForANameNotFound() {
    assertEquals("410526113", divisions.suggest("八里营", 5).get(0).code());
    assertEquals("430381", divisions.suggest("湘乡", 5).get(0).code());
    assertEquals("410425", divisions.suggest("郟县", 5).get(0).code());
    assertEquals(List.of("340281115", "430381111"), codes(divisions.suggest("泉塘", 2)));
    assertEquals(List.of(), divisions.suggest("xyz", 5));
    assertEquals(7, divisions.suggest("县", 7).size());
  }

  @Test
  void countsPlacesPerLevelWithoutPseudoCities() {
    assertEquals(31, divisions.count(Level.PROVINCE));
    // 342 second-level rows, less 市辖区 ×4, 县 ×1, 省直辖县级行政区划 ×3, 自治区直辖县级行政区划 ×1.
    assertEquals(333, divisions.count(Level.CITY));
    assertEquals(2978, divisions.count(Level.COUNTY));
    assertEquals(41352, divisions.count(Level.TOWNSHIP));
    assertEquals(31 + 333 + 2978 + 41352, divisions.size());
    for (String pseudo : List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")) {
      assertEquals(List.of(), divisions.find(pseudo), pseudo);
    }
  }

  @Test
  void everyPlaceResolvesFromItsOwnPath() {
    for (Place place : divisions.places()) {
      Resolution r = divisions.resolve(place.path());
      assertEquals(place, r.place().orElse(null), place.pathText());
      assertEquals(place.path().size(), r.matched().size(), place.pathText());
    }
  }

  @Test
  void namesLevelsInChinese() {
    assertEquals(
        List.of("省级", "地级", "县级", "乡级"),
        List.of(Level.values()).stream().map(Level::zh).toList());
  }

  private static void assertResolvesTo(String code, String... path) {
    Resolution r = resolve(path);
    assertTrue(r.resolved(), () -> String.join(" ", path) + ": unknown at " + r.unknownIndex());
    assertEquals(code, r.place().orElseThrow().code());
    assertEquals(List.of(path), r.place().orElseThrow().path());
    assertEquals(path.length, r.matched().size());
  }

  private static void assertFirstSuggestion(String expected, int unknownIndex, String... path) {
    Resolution r = resolve(path);
    assertEquals(unknownIndex, r.unknownIndex(), String.join(" ", path));
    assertFalse(r.suggestions().isEmpty(), String.join(" ", path));
    assertEquals(expected, r.suggestions().get(0), String.join(" ", path));
  }
}
