package org.gongkai.load;

import static org.gongkai.testing.Fixtures.JINDOUYING;
import static org.gongkai.testing.Fixtures.check;
import static org.gongkai.testing.Fixtures.findings;
import static org.gongkai.testing.Fixtures.lineOf;
import static org.gongkai.testing.Fixtures.printed;
import static org.gongkai.testing.Fixtures.replaceLine;
import static org.gongkai.testing.Fixtures.seed;
import static org.gongkai.testing.Fixtures.write;
import static org.gongkai.testing.Fixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets a clear finding with its position, never a stack trace. */
class BadInputTest {
  @TempDir Path root;

  /** Writes the Jindouying seed with one line replaced and checks the tree. */
  private CheckResult withLine(String needle, String replacement) {
    write(root, JINDOUYING, replaceLine(seed(JINDOUYING), needle, replacement));
    return check(root);
  }

  /** The only finding, asserting there is exactly one. */
  private static Diagnostic only(CheckResult r) {
    List<Diagnostic> ds = r.diagnostics().stream().filter(d -> !d.waived()).toList();
    assertEquals(1, ds.size(), printed(r));
    return ds.get(0);
  }

  private static String zh(Diagnostic d) {
    return d.message().format(Lang.ZH);
  }

  @Test
  void acceptsTheSeedAsIs() {
    write(root, JINDOUYING, seed(JINDOUYING));
    CheckResult r = check(root);
    assertTrue(r.ok(), printed(r));
    assertEquals(0, r.warnings(), printed(r));
  }

  @Test
  void rejectsTextThatIsNotYamlAtAll() {
    write(root, "a.yaml", "金斗营镇人民政府 2023 年政府信息公开工作年度报告\n\n一、总体情况\n2023 年，金斗营镇认真贯彻落实。\n");
    Diagnostic d = only(check(root));
    assertEquals("yaml", d.code());
    assertEquals(1, d.pos().line());
    assertTrue(zh(d).contains("不是报告"), zh(d));
  }

  @Test
  void pointsAtYamlSyntaxErrors() {
    CheckResult r = withLine("title:", "  title: 错误缩进: x");
    Diagnostic d = only(r);
    assertEquals("yaml", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "title:"), d.pos().line());
    assertTrue(zh(d).contains("冒号"), zh(d));
  }

  @Test
  void explainsTabIndentation() {
    Diagnostic d = only(withLine("licensing: 0", "\tlicensing: 0"));
    assertEquals("yaml", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "licensing: 0"), d.pos().line());
    assertTrue(zh(d).contains("Tab"), zh(d));
  }

  @Test
  void explainsFullWidthColon() {
    Diagnostic d = only(withLine("year: 2023", "year： 2023"));
    assertEquals("yaml", d.code());
    assertTrue(zh(d).contains("全角冒号"), zh(d));
  }

  @Test
  void rejectsEmptyFile() {
    write(root, "empty.yaml", "");
    Diagnostic d = only(check(root));
    assertEquals("yaml", d.code());
    assertEquals(1, d.pos().line());
    assertTrue(zh(d).contains("文件是空的"), zh(d));
  }

  @Test
  void recognisesGbkAndSaysHowToConvert() {
    byte[] gbk = seed(JINDOUYING).getBytes(Charset.forName("GBK"));
    writeBytes(root, JINDOUYING, gbk);
    Diagnostic d = only(check(root));
    assertEquals("encoding", d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertTrue(zh(d).contains("GBK") && zh(d).contains("iconv -f GBK -t UTF-8"), zh(d));
    // The first non-ASCII byte is in the organ's name on line 3, after "  name: ".
    assertEquals(3, d.pos().line());
    assertEquals(9, d.pos().column());
  }

  @Test
  void acceptsUtf8ByteOrderMark() {
    byte[] text = seed(JINDOUYING).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    writeBytes(root, JINDOUYING, withBom);
    CheckResult r = check(root);
    assertTrue(r.ok(), printed(r));
    assertEquals(0, r.warnings(), printed(r));
  }

  @Test
  void suggestsTheValueForFullWidthDigits() {
    Diagnostic d = only(withLine("licensing: 0", "  licensing: １２"));
    assertEquals("values", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "licensing: 0"), d.pos().line());
    assertEquals(14, d.pos().column());
    assertTrue(zh(d).contains("１２") && zh(d).contains("是否应为 12"), zh(d));
  }

  @Test
  void suggestsTheValueForThousandsSeparators() {
    Diagnostic d = only(withLine("punishment: 0", "  punishment: 1,234"));
    assertEquals("values", d.code());
    assertTrue(zh(d).contains("是否应为 1234"), zh(d));
  }

  @Test
  void rejectsNegativeCounts() {
    Diagnostic d = only(withLine("coercion: 0", "  coercion: -3"));
    assertEquals("values", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "coercion: 0"), d.pos().line());
    assertTrue(zh(d).contains("不能为负数") && zh(d).contains("-3"), zh(d));
  }

  @Test
  void rejectsFractionalCounts() {
    Diagnostic d = only(withLine("licensing: 0", "  licensing: 1.5"));
    assertEquals("values", d.code());
    assertTrue(zh(d).contains("整数") && zh(d).contains("1.5"), zh(d));
  }

  @Test
  void acceptsFractionalFeeInTenThousandYuan() {
    CheckResult r = withLine("fees: 0", "  fees: 0.35");
    assertTrue(r.ok(), printed(r));
  }

  @Test
  void rejectsTextWhereACountBelongs() {
    Diagnostic d = only(withLine("new:            [1, 0, 0, 0, 0, 0, 1]", "  new:            [1, 0, 无, 0, 0, 0, 1]"));
    assertEquals("values", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "new:            [1"), d.pos().line());
    assertEquals(26, d.pos().column());
    assertTrue(zh(d).contains("一、本年新收政府信息公开申请数量（科研机构）") && zh(d).contains("无"), zh(d));
  }

  @Test
  void rejectsARowOfTheWrongLength() {
    Diagnostic d = only(withLine("granted:", "  granted:        [1, 0, 0, 0, 0, 1]"));
    assertEquals("values", d.code());
    assertTrue(zh(d).contains("应有 7 个数") && zh(d).contains("实际有 6 个"), zh(d));
  }

  @Test
  void reportsAMissingTableRowAsIncomplete() {
    CheckResult r = withLine("partial:", "");
    List<Diagnostic> ds = findings(r, "complete").stream().filter(d -> !d.waived()).toList();
    // The seed waives `complete` (its carried_over cell): the missing row is waived too,
    // so check the finding itself.
    List<Diagnostic> all = findings(r, "complete");
    assertTrue(all.stream().anyMatch(d -> zh(d).contains("三（二）部分公开")), printed(r));
    assertTrue(ds.isEmpty() || ds.size() == 1);
  }

  @Test
  void suggestsTheKeyForAMisspeltKey() {
    Diagnostic d = only(withLine("granted:", "  grantd:        [1, 0, 0, 0, 0, 0, 1]"));
    assertEquals("unknown-key", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "granted:"), d.pos().line());
    assertTrue(zh(d).contains("grantd") && zh(d).contains("是否应为 granted"), zh(d));
  }

  @Test
  void rejectsUnknownTopLevelKeys() {
    Diagnostic d = only(withLine("year: 2023", "year: 2023\nauthor: 张三"));
    assertEquals("unknown-key", d.code());
    assertTrue(zh(d).contains("author"), zh(d));
  }

  @Test
  void rejectsDuplicateKeysNamingTheFirst() {
    String text = seed(JINDOUYING);
    int first = lineOf(text, "licensing: 0");
    Diagnostic d = only(withLine("punishment: 0", "  licensing: 3"));
    assertEquals("duplicate-key", d.code());
    assertEquals(lineOf(text, "punishment: 0"), d.pos().line());
    assertTrue(zh(d).contains("licensing") && zh(d).contains("第 " + first + " 行"), zh(d));
  }

  @Test
  void refusesAliasBombsAtTheFirstAlias() {
    String bomb = String.join("\n",
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
        "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
        "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
        "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]", "");
    write(root, "bomb.yaml", bomb);
    Diagnostic d = only(check(root));
    assertEquals("yaml", d.code());
    assertEquals(2, d.pos().line());
    assertEquals(8, d.pos().column());
    assertTrue(zh(d).contains("别名"), zh(d));
  }

  @Test
  void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
    Path big = root.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Diagnostic d = only(check(root));
    assertEquals("size", d.code());
    assertTrue(zh(d).contains("50.0 MB") && zh(d).contains("1024 KB"), zh(d));
  }

  @Test
  void rejectsAYearThatIsNotAYear() {
    Diagnostic d = only(withLine("year: 2023", "year: 二〇二三"));
    assertEquals("values", d.code());
    assertEquals(lineOf(seed(JINDOUYING), "year: 2023"), d.pos().line());
    assertTrue(zh(d).contains("报告年度") && zh(d).contains("二〇二三"), zh(d));

    Diagnostic big = only(withLine("year: 2023", "year: 20233"));
    assertEquals("values", big.code());
    assertTrue(zh(big).contains("不大于 2100"), zh(big));
  }

  @Test
  void rejectsImpossibleAndMisformattedDates() {
    Diagnostic d = only(withLine("year: 2023", "year: 2023\npublished: 2024-02-30"));
    assertEquals("format", d.code());
    assertTrue(zh(d).contains("2024-02-30"), zh(d));

    Diagnostic slash = only(withLine("year: 2023", "year: 2023\npublished: 2024/01/20"));
    assertEquals("format", slash.code());
    assertTrue(zh(slash).contains("年-月-日"), zh(slash));
  }

  @Test
  void rejectsAPublicationDateBeforeTheYearEnds() {
    Diagnostic d = only(withLine("year: 2023", "year: 2023\npublished: 2023-12-20"));
    assertEquals("published", d.code());
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(lineOf(seed(JINDOUYING), "year: 2023") + 1, d.pos().line());
    assertTrue(zh(d).contains("2023-12-20"), zh(d));
  }

  @Test
  void rejectsAFileWhosePathAndContentsDisagree() {
    String moved = "山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2022.yaml";
    write(root, moved, seed(JINDOUYING));
    Diagnostic d = only(check(root));
    assertEquals("location", d.code());
    assertTrue(zh(d).contains("内容目录下的 " + JINDOUYING), zh(d));
  }

  @Test
  void rejectsTwoFilesForOneOrganAndYear() {
    write(root, JINDOUYING, seed(JINDOUYING));
    write(root, JINDOUYING.replace("2023.yaml", "2023-副本.yaml"), seed(JINDOUYING));
    CheckResult r = check(root);
    List<Diagnostic> dup = findings(r, "duplicate");
    assertEquals(2, dup.size(), printed(r));
    assertTrue(zh(dup.get(0)).contains("2023-副本.yaml") || zh(dup.get(1)).contains("2023-副本.yaml"));
    assertFalse(r.ok());
  }

  @Test
  void rejectsAnOrganNameLongerThanAFolderNameMayBe() {
    Diagnostic d = only(withLine("name: 金斗营镇人民政府", "  name: " + "很".repeat(61)));
    assertEquals("format", d.code());
    assertTrue(zh(d).contains("太长") && zh(d).contains("60"), zh(d));
  }

  @Test
  void refusesYamlTagsThatWouldConstructObjects() {
    Diagnostic d = only(withLine("title:", "title: !!javax.script.ScriptEngineManager [x]"));
    assertEquals("yaml", d.code());
  }

  @Test
  void warnsWhenTheSchemaLineDoesNotMatchTheFileDepth() {
    CheckResult r = withLine("yaml-language-server", "# yaml-language-server: $schema=../schema/report.schema.json");
    Diagnostic d = only(r);
    assertEquals("schema-line", d.code());
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(zh(d).contains("../../../../../../schema/report.schema.json"), zh(d));
    assertTrue(r.ok());
  }

  @Test
  void reportsEveryFindingNotJustTheFirst() {
    String text = seed(JINDOUYING);
    text = replaceLine(text, "licensing: 0", "  licensing: -1");
    text = replaceLine(text, "coercion: 0", "  coercion: x");
    text = replaceLine(text, "granted:", "  grantd:        [1, 0, 0, 0, 0, 0, 1]");
    write(root, JINDOUYING, text);
    CheckResult r = check(root);
    assertEquals(3, r.errors(), printed(r));
  }
}
