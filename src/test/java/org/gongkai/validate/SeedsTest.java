package org.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's content/ as it is: every seed passes, and what each breaks is exactly what
 * its maintainer waived — nothing more, nothing unwaived.
 */
class SeedsTest {
  private static CheckResult result;

  @BeforeAll
  static void checkContent() {
    result = Fixtures.check(Fixtures.CONTENT);
  }

  /** {@code rel line:col severity[code] message} of one finding, as a stable comparable line. */
  private static String describe(Diagnostic d) {
    String file = d.pos().file().replaceFirst("^content/", "");
    return file + " " + d.pos().line() + ":" + d.pos().column() + " " + d.severity().id() + "[" + d.code() + "] "
        + d.message().format(Lang.ZH);
  }

  private static String at(String rel, String needle, int column, String severity, String code, String message) {
    return rel + " " + Fixtures.lineOf(Fixtures.seed(rel), needle) + ":" + column + " " + severity + "[" + code + "] "
        + message;
  }

  /** The reason of the seed's (only) waiver, as written in the file. */
  private static String reason(String rel) {
    String text = Fixtures.seed(rel);
    String line = text.split("\n")[Fixtures.lineOf(text, "    reason:") - 1];
    return line.substring(line.indexOf("reason:") + "reason:".length()).strip();
  }

  @Test
  void checksEverySeed() {
    assertEquals(5, result.files());
  }

  @Test
  void hasNoUnwaivedErrors() {
    assertTrue(result.ok(), Fixtures.printed(result));
    assertEquals(0, result.errors(), Fixtures.printed(result));
  }

  @Test
  void hasNoUnwaivedWarnings() {
    assertEquals(0, result.warnings(), Fixtures.printed(result));
  }

  @Test
  void reportsExactlyTheWaivedFindingsOfEachSeed() {
    String jindouying = Fixtures.JINDOUYING;
    String angsu = Fixtures.ANGSU;
    String baliying = Fixtures.BALIYING;
    List<String> expected = new ArrayList<>(List.of(
        // 000: row 四 has six numbers for seven columns; the 自然人 cell is `~`.
        at(jindouying, "  carried_over:", 20, "error", "complete", "四、结转下年度继续办理 一行缺少 自然人 的数。"),
        // 001: the title says 2024, the body opens with 2023.
        at(baliying, "overview:", 11, "warning", "year-text", "正文第一部分开头写的是 2023 年，而报告年度是 2024 年。"),
        // 002: table B stops after （五）5, table C is missing — five rows and one table.
        at(angsu, "# yaml-language-server", 1, "error", "complete", "原文缺少 四、政府信息公开行政复议、行政诉讼情况 的整个表格。"),
        at(angsu, "table_b:", 1, "error", "complete", "原文缺少 三（六）1.申请人无正当理由逾期不补正 一行。"),
        at(angsu, "table_b:", 1, "error", "complete", "原文缺少 三（六）2.申请人逾期未按收费通知要求缴纳费用 一行。"),
        at(angsu, "table_b:", 1, "error", "complete", "原文缺少 三（六）3.其他 一行。"),
        at(angsu, "table_b:", 1, "error", "complete", "原文缺少 三（七）总计 一行。"),
        at(angsu, "table_b:", 1, "error", "complete", "原文缺少 四、结转下年度继续办理 一行。")));
    List<String> actual = new ArrayList<>(result.diagnostics().stream().map(SeedsTest::describe).toList());
    expected.sort(null);
    actual.sort(null);

    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }

  @Test
  void waivesEachFindingWithItsSeedsReason() {
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.waived(), d.format(Lang.ZH));
      String rel = d.pos().file().replaceFirst("^content/", "");
      assertEquals(reason(rel), d.waivedBecause(), d.format(Lang.ZH));
    }
    assertEquals(8, result.waived());
  }

  @Test
  void findsNothingAtAllInTheTwoCleanSeeds() {
    for (String rel : List.of(Fixtures.QUANTANG, Fixtures.ANLIANG)) {
      assertTrue(result.diagnostics().stream().noneMatch(d -> d.pos().file().endsWith(rel)), Fixtures.printed(result));
    }
  }
}
