package org.gongkai.importer;

import static org.gongkai.importer.TableAssertions.noWrongNumbersAndGapsFlagged;
import static org.gongkai.importer.TableAssertions.sameTables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout families, each generated from the seeds' own text: the same report laid out
 * differently gives the same numbers, organ, region and year; where the layout itself loses
 * information, the draft leaves those cells missing and says so.
 */
class LayoutVariantsTest {
  /** Seeds whose tables have one row per line (all but 003, which has one cell per line). */
  private static final List<Seed> ROW_SEEDS = List.of(Seed.JINDOUYING, Seed.BALIYING, Seed.ANGSU, Seed.ANLIANG);

  static Stream<Arguments> sameNumbers() {
    List<Arguments> out = new ArrayList<>();
    for (Seed s : Seed.values()) {
      out.add(Arguments.of("tabs as runs of spaces", s, (UnaryOperator<String>) Layouts::spaces));
      out.add(Arguments.of("CRLF line ends", s, (UnaryOperator<String>) Layouts::crlf));
      out.add(Arguments.of("full-width digits and punctuation", s, (UnaryOperator<String>) Layouts::fullWidth));
      out.add(Arguments.of("cells separated by | with edge pipes", s, (UnaryOperator<String>) t -> Layouts.pipes(t, true)));
      out.add(Arguments.of("cells separated by | without edge pipes", s, (UnaryOperator<String>) t -> Layouts.pipes(t, false)));
      out.add(Arguments.of("half-width brackets", s, (UnaryOperator<String>) Layouts::halfBrackets));
      out.add(Arguments.of("extra blank lines between paragraphs", s, (UnaryOperator<String>) t -> t.replace("\n\n", "\n\n\n")));
    }
    for (Seed s : ROW_SEEDS) {
      out.add(Arguments.of("one cell per line", s, (UnaryOperator<String>) Layouts::cellPerLine));
      out.add(Arguments.of("a blank line after every line", s, (UnaryOperator<String>) Layouts::blankLines));
      out.add(Arguments.of("whole report on one line", s, (UnaryOperator<String>) Layouts::oneLine));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource
  void sameNumbers(String layout, Seed seed, UnaryOperator<String> variant) {
    ImportResult r = Drafts.read(variant.apply(seed.text()), seed.file);
    sameTables(r, seed);
    Map<String, Object> got = Drafts.compared(Drafts.parse(r.yaml()));
    Map<String, Object> expected = Drafts.compared(Drafts.parse(seed.expected()));
    for (String key : List.of("organ", "region.path", "region.code", "year")) {
      assertEquals(expected.get(key), got.get(key), layout + ": " + key);
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void gbkTextIsRecognisedAndReadLikeUtf8(Seed seed) {
    ImportResult gbk = Drafts.importer().read(seed.text().getBytes(Charset.forName("GBK")), seed.file);
    assertEquals("GBK", gbk.encoding());
    assertEquals(Drafts.compared(Drafts.parse(Drafts.read(seed).yaml())), Drafts.compared(Drafts.parse(gbk.yaml())));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void crlfLineEndsGiveTheSameDraftToTheLetter(Seed seed) {
    assertEquals(Drafts.read(seed).yaml(), Drafts.read(Layouts.crlf(seed.text()), seed.file).yaml());
  }

  @ParameterizedTest
  @EnumSource(value = Seed.class, names = {"JINDOUYING", "ANLIANG"})
  void wholeReportOnOneLineStillFindsTitleSectionsAndContact(Seed seed) {
    ImportResult r = Drafts.read(Layouts.oneLine(seed.text()), seed.file);
    Map<String, Object> got = Drafts.parse(r.yaml());
    Map<String, Object> expected = Drafts.parse(seed.expected());
    assertEquals(expected.get("title"), got.get("title"));
    assertEquals(expected.get("contact"), got.get("contact"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "", "import.flattened"));
    for (String prose : List.of("overview", "problems", "other_matters")) assertTrue(got.get(prose) != null, prose);
  }

  @Test
  void cellPerLineRowsRunTogetherWhenTheirLabelsAreLostAreLeftMissingAndFlagged() {
    // 003 has lost the sub-row labels of （三）（四）; with no row breaks either, eight rows of
    // numbers run together under one label and cannot be told apart.
    for (String text : List.of(Layouts.oneLine(Seed.QUANTANG.text()), Layouts.blankLines(Seed.QUANTANG.text()))) {
      ImportResult r = Drafts.read(text, Seed.QUANTANG.file);
      noWrongNumbersAndGapsFlagged(r, Seed.QUANTANG);
      assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b", "import.row.groupRunTogether"), r.yaml());
      assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b", "import.row.runTogether"), r.yaml());
    }
  }

  @Test
  void tabsAsIrregularSpacesLoseTheEmptyCellsPositionSoTheRowIsMissingAndFlagged() {
    // Runs of 2 and 3 spaces: no run width is a cell, so an empty cell cannot be placed.
    String text = Seed.JINDOUYING.text().replace("\t\t", "\t   ").replace("\t", "  ");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    noWrongNumbersAndGapsFlagged(r, Seed.JINDOUYING);
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b/carried_over", "import.row.short.unknown"));
    assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(r, "table_b", "new"));
  }

  @Test
  void tabPositionsPlaceTheEmptyCellOfARowWithSixNumbers() {
    ImportResult r = Drafts.read(Seed.JINDOUYING);
    assertEquals(java.util.Arrays.asList(null, 0, 0, 0, 0, 0, 0), row(r, "table_b", "carried_over"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/carried_over", "import.row.short.positioned"));
  }

  @Test
  void aTableCutShortYieldsOmittedRowsANoteAndASuggestedWaiver() {
    String text = Layouts.cut(Seed.JINDOUYING.text(), "(六) 其他处理", "四、政府信息公开行政复议");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    noWrongNumbersAndGapsFlagged(r, Seed.JINDOUYING);
    @SuppressWarnings("unchecked")
    Map<String, Object> b = (Map<String, Object>) Drafts.parse(r.yaml()).get("table_b");
    for (String key : List.of("other", "results_total", "carried_over")) assertTrue(!b.containsKey(key), key);
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b", "import.table.rowsMissing"));
    assertTrue(r.yaml().contains("# 三（六）其他处理、三（七）总计、四、结转下年度继续办理：原文缺失"), r.yaml());
    assertTrue(r.yaml().contains("#   - rule: complete"), r.yaml());
    assertTrue(!Drafts.parse(r.yaml()).containsKey("waivers"), "waivers are the maintainer's decision");
  }

  @Test
  void aWholeTableMissingIsOmittedAndNamed() {
    String text = Layouts.cut(Seed.JINDOUYING.text(), "四、政府信息公开行政复议", "五、存在的主要问题");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    assertTrue(!Drafts.parse(r.yaml()).containsKey("table_c"));
    assertTrue(r.yaml().contains("# 四、政府信息公开行政复议、行政诉讼情况：原文缺失"));
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_c", "import.section.missing"));
  }

  @Test
  void aSlashOrAnEmptyCellForANumberIsMissingAndFlagged() {
    String text = Layouts.replaceLine(Seed.JINDOUYING.text(), "二、上年结转", "二、上年结转政府信息公开申请数量\t\t/\t0\t0\t0\t0\t0\t0\t");
    text = Layouts.replaceLine(text, "行政许可\t", "行政许可\t—\t\t");
    text = Layouts.replaceLine(text, "一、本年新收", "一、本年新收政府信息公开申请数量\t\t1\t\t0\t0\t0\t0\t1\t");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    noWrongNumbersAndGapsFlagged(r, Seed.JINDOUYING);
    assertEquals(java.util.Arrays.asList(null, 0, 0, 0, 0, 0, 0), row(r, "table_b", "carried_in"));
    assertEquals(java.util.Arrays.asList(1, null, 0, 0, 0, 0, 1), row(r, "table_b", "new"));
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b/carried_in", "import.cell.mark"));
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_a/licensing", "import.cell.mark"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/new", "import.row.short.positioned"));
  }

  @Test
  void aRowLabelBrokenOverTwoLinesIsOneRow() {
    assertTrue(Drafts.hasNote(Drafts.read(Seed.ANGSU), Note.Kind.READ, "/table_b", "import.row.continued"));
    String text = Layouts.replaceLine(Seed.JINDOUYING.text(), "6. 属于四类过程性信息",
        "\t\t6. 属于四类过程性\t0\t0\t0\t0\t0\t0\t0\n\n\t\t信息\t\t\t\t\t\t\t");
    sameTables(Drafts.read(text, Seed.JINDOUYING.file), Seed.JINDOUYING);
  }

  @Test
  void aHeaderWordSplitOverTwoLinesChangesNothing() {
    String text = Seed.JINDOUYING.text().replace("\t\t\t商业企业\t", "\t\t\t商业\n\t\t\t企业\t");
    sameTables(Drafts.read(text, Seed.JINDOUYING.file), Seed.JINDOUYING);
  }

  @Test
  void anOcrTypoInARowLabelIsPlacedByPositionAndFlagged() {
    String text = Seed.JINDOUYING.text().replace("要求提供公开出版物", "要求提供公开出板物");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    sameTables(r, Seed.JINDOUYING);
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/not_processed/publication", "import.row.byPosition"));
  }

  @Test
  void anOcrTypoInAHeaderIsNoted() {
    assertTrue(Drafts.hasNote(Drafts.read(Seed.ANLIANG), Note.Kind.GUESSED, "/table_a", "import.header.typo"));
  }

  @Test
  void subRowLabelsLostLeaveNumbersPlacedByTheirPosition() {
    ImportResult r = Drafts.read(Seed.QUANTANG);
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/denied/state_secret", "import.row.groupFirst"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/denied/inquiry", "import.row.byPosition"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/table_b/denied/inquiry", "import.row.extra.agree"));
  }

  @Test
  void aTitleSplitOverTwoLinesIsJoined() {
    String text = Seed.JINDOUYING.text().replace("2023 年政府信息公开工作年度报告\n", "2023 年政府信息公开工作\n年度报告\n");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    assertEquals("金斗营镇人民政府 2023 年政府信息公开工作年度报告", Drafts.parse(r.yaml()).get("title"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/title", "import.title.joined"));
    text = Seed.JINDOUYING.text().replace("金斗营镇人民政府 2023 年政府信息公开工作年度报告\n", "金斗营镇人民政府 2023 年\n政府信息公开工作年度报告\n");
    assertEquals("金斗营镇人民政府 2023 年政府信息公开工作年度报告", Drafts.parse(Drafts.read(text, "x.txt").yaml()).get("title"));
  }

  @Test
  void aRepeatedTitleAndPageNumbersAreDropped() {
    String title = "金斗营镇人民政府 2023 年政府信息公开工作年度报告";
    String text = Seed.JINDOUYING.text()
        .replace("\n五、存在的主要问题", "\n- 2 -\n\n" + title + "\n\n五、存在的主要问题")
        .replace("\n（二）依申请公开", "\n第 1 页 共 3 页\n" + title + "\n（二）依申请公开");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    assertEquals(Drafts.compared(Drafts.parse(Seed.JINDOUYING.expected())), Drafts.compared(Drafts.parse(r.yaml())));
    assertTrue(Drafts.hasNote(r, Note.Kind.READ, "", "import.title.repeated"));
    assertTrue(Drafts.hasNote(r, Note.Kind.READ, "", "import.page.dropped"));
  }

  @Test
  void aDateThatLostItsNianIsReadAndNoted() {
    String text = Seed.JINDOUYING.text().replace("自 2023 年 1 月 1 日起", "自20231月1日起");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    assertEquals(Drafts.parse(Seed.JINDOUYING.expected()).get("period"), Drafts.parse(r.yaml()).get("period"));
    assertTrue(Drafts.hasNote(r, Note.Kind.GUESSED, "/period", "import.date.noYearChar"));
  }

  @Test
  void webPageFurnitureIsDroppedAndThePublicationDateRead() {
    String text = "当前位置：首页 > 政务公开 > 年度报告\n发布日期：2024-01-20 10:05\n" + Seed.JINDOUYING.text();
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    Map<String, Object> got = Drafts.parse(r.yaml());
    assertTrue(r.yaml().contains("\npublished: 2024-01-20\n"), r.yaml());
    assertTrue(got.get("published") != null);
    assertEquals(Drafts.parse(Seed.JINDOUYING.expected()).get("intro"), got.get("intro"));
    assertTrue(Drafts.hasNote(r, Note.Kind.READ, "/intro", "import.front.dropped"));
  }

  @SuppressWarnings("unchecked")
  static List<Object> row(ImportResult r, String table, String key) {
    return (List<Object>) ((Map<String, Object>) Drafts.parse(r.yaml()).get(table)).get(key);
  }
}
