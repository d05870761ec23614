package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfCell;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.gongkai.validate.Variants.removeBlock;
import static org.gongkai.validate.Variants.row;
import static org.gongkai.validate.Variants.withoutWaivers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** complete: every table, row and cell of the national form is present. */
class CompleteRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  @Test
  void acceptsReportWithEveryTableRowAndCell() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsMissingTableAtTheStartOfTheFile() {
    String text = removeBlock(consistent(), "table_c:");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "complete");
    assertAt(d, Severity.ERROR, FILE, 1, 1);
    assertEquals("原文缺少 四、政府信息公开行政复议、行政诉讼情况 的整个表格。", d.message().format(Lang.ZH));
    assertEquals("The original lacks the whole table 4. reviews and lawsuits (table C).", d.message().format(Lang.EN));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
    assertFalse(r.ok());
  }

  @Test
  void flagsMissingRowAtItsTable() {
    String text = consistent().replace("  partial:        [0, 0, 0, 0, 0, 0, 0]   # 三（二）部分公开\n", "");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "complete");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "table_b:"), 1);
    assertEquals("原文缺少 三（二）部分公开 一行。", d.message().format(Lang.ZH));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
  }

  @Test
  void flagsEveryMissingRowOfAGroup() {
    String text = consistent().replace(
        "  other:                                  # 三（六）其他处理\n"
            + "    no_correction: [0, 0, 0, 0, 0, 0, 0]  # 1.逾期不补正\n"
            + "    no_fee:        [0, 0, 0, 0, 0, 0, 0]  # 2.逾期未缴费\n"
            + "    other:         [0, 0, 0, 0, 0, 0, 0]  # 3.其他\n", "");
    put(root, FILE, text);

    List<Diagnostic> found = exactly(3, Fixtures.check(root), "complete");

    assertEquals(List.of("原文缺少 三（六）1.申请人无正当理由逾期不补正 一行。", "原文缺少 三（六）2.申请人逾期未按收费通知要求缴纳费用 一行。",
        "原文缺少 三（六）3.其他 一行。"), found.stream().map(d -> d.message().format(Lang.ZH)).toList());
  }

  @Test
  void flagsMissingCellWhereTheTildeStands() {
    // The seed as published, without the maintainer's waiver: 四 has no 自然人 cell.
    String text = withoutWaivers(Fixtures.seed(Fixtures.JINDOUYING));
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "complete");
    int line = Fixtures.lineOf(text, "  carried_over:");
    assertEquals(77, line);
    assertAt(d, Severity.ERROR, FILE, line, columnOfCell(lineText(text, line), 0));
    assertEquals(20, d.pos().column());
    assertEquals("四、结转下年度继续办理 一行缺少 自然人 的数。", d.message().format(Lang.ZH));
    assertEquals("Row 4. carried over to next year lacks natural persons.", d.message().format(Lang.EN));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
  }

  @Test
  void namesEveryMissingCellOfARowAtTheFirst() {
    String text = row(consistent(), "regulations", "[0, ~, ~]");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "complete");

    int line = Fixtures.lineOf(text, "  regulations:");
    assertAt(d, Severity.ERROR, FILE, line, columnOfCell(lineText(text, line), 1));
    assertEquals("第二十条第（一）项 规章 一行缺少 本年废止件数、现行有效件数 的数。", d.message().format(Lang.ZH));
  }

  @Test
  void flagsMissingCountOfASingleNumberRow() {
    String text = Fixtures.replaceLine(consistent(), "  licensing: 0", "  licensing: ~          # 行政许可");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "complete");

    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "  licensing:"), columnOfValue(text, "  licensing"));
    assertTrue(d.message().format(Lang.ZH).contains("第二十条第（五）项 行政许可"), d.message().format(Lang.ZH));
  }

  @Test
  void flagsMissingFee() {
    String text = Fixtures.replaceLine(consistent(), "  fees: 0", "  fees: ~               # 行政事业性收费");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "complete");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "  fees:"), 9);
    assertEquals("原文缺少 第二十条第（八）项 行政事业性收费 的收费金额。", d.message().format(Lang.ZH));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
  }

  @Test
  void flagsMissingFeeKey() {
    String text = consistent().replace("  fees: 0               # 行政事业性收费（本年收费金额，万元）\n", "");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "complete");

    assertEquals(Severity.ERROR, d.severity());
    assertEquals(Fixtures.lineOf(text, "table_a:"), d.pos().line());
    assertEquals("原文缺少 第二十条第（八）项 行政事业性收费 的收费金额。", d.message().format(Lang.ZH));
  }

  @Test
  void acceptsZeroFeeWrittenAsDecimal() {
    put(root, FILE, Fixtures.replaceLine(consistent(), "  fees: 0", "  fees: 0.0"));
    assertClean(Fixtures.check(root));
  }
}
