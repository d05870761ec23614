package org.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;

/**
 * Report files for the rule tests, all derived from the Jindouying seed (金斗营镇, 2023): its
 * consistent variant, the same organ in other years, and a county government with members.
 */
public final class Variants {
  public static final String JINDOUYING_DIR = "山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/";
  /** The county government's own report: one level higher than a township's. */
  public static final String COUNTY_GOV = "山东省/聊城市/阳谷县/阳谷县人民政府/2023.yaml";
  /** A county department, a member of the county government's report. */
  public static final String COUNTY_DEPT = "山东省/聊城市/阳谷县/阳谷县教育局/2023.yaml";

  private static final String SCHEMA_LINE_DEPTH4 =
      "# yaml-language-server: $schema=../../../../../schema/report.schema.json";

  private Variants() {}

  /** The Jindouying file for a year: {@code …/金斗营镇人民政府/2023.yaml}. */
  public static String jindouying(int year) {
    return JINDOUYING_DIR + year + ".yaml";
  }

  /**
   * The Jindouying seed made fully consistent: row 四 gets its missing 自然人 cell (0) and the
   * waiver for it goes. The rules find nothing in it.
   */
  public static String consistent() {
    String text = Fixtures.replaceLine(Fixtures.seed(Fixtures.JINDOUYING), "  carried_over:",
        "  carried_over:   [0, 0, 0, 0, 0, 0, 0]");
    return withoutWaivers(text);
  }

  /** The text up to its {@code waivers:} block. */
  public static String withoutWaivers(String text) {
    int at = text.indexOf("\nwaivers:");
    return at < 0 ? text : text.substring(0, at + 1);
  }

  /** The same report for another year: every "2023" (title, period, prose) becomes that year. */
  public static String inYear(String text, int year) {
    return text.replace("2023", String.valueOf(year));
  }

  /** Replaces a whole table-B/C row line, keeping its key and alignment: {@code row(t, "new", "[2, …]")}. */
  public static String row(String text, String key, String cells) {
    String needle = "  " + key + ":";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].stripLeading();
      if (lines[i].contains(needle) && trimmed.startsWith(key + ":") && lines[i].contains("[")) {
        int open = lines[i].indexOf('[');
        int close = lines[i].indexOf(']', open);
        lines[i] = lines[i].substring(0, open) + cells + lines[i].substring(close + 1);
        return String.join("\n", lines);
      }
    }
    throw new AssertionError("no row " + key);
  }

  /** Inserts {@code line} right after the first line containing {@code needle}. */
  public static String insertAfter(String text, String needle, String line) {
    int at = text.indexOf(needle);
    if (at < 0) throw new AssertionError("no line contains " + needle);
    int eol = text.indexOf('\n', at);
    return text.substring(0, eol + 1) + line + "\n" + text.substring(eol + 1);
  }

  /** Removes every line from the one containing {@code from} up to (not including) the next blank line. */
  public static String removeBlock(String text, String from) {
    int at = text.indexOf(from);
    if (at < 0) throw new AssertionError("no line contains " + from);
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf("\n\n", at);
    return text.substring(0, start) + text.substring(end + 2);
  }

  /**
   * An organ of 阳谷县 one level above the township (county government or department), with the
   * consistent Jindouying numbers and the schema line of its depth.
   */
  public static String countyOrgan(String name, String kind) {
    String text = consistent();
    text = Fixtures.replaceLine(text, "# yaml-language-server", SCHEMA_LINE_DEPTH4);
    text = Fixtures.replaceLine(text, "  name: 金斗营镇人民政府", "  name: " + name);
    text = Fixtures.replaceLine(text, "  kind: township", "  kind: " + kind);
    text = Fixtures.replaceLine(text, "  path: [", "  path: [山东省, 聊城市, 阳谷县]");
    return Fixtures.replaceLine(text, "  code: ", "  code: \"371521\"");
  }

  /** A county government report that sums the given members. */
  public static String countyGovernment(String... members) {
    StringBuilder b = new StringBuilder(countyOrgan("阳谷县人民政府", "government"));
    if (members.length > 0) {
      b.append("members:\n");
      for (String m : members) b.append("  - ").append(m).append('\n');
    }
    return b.toString();
  }

  /**
   * The 1-based column of cell {@code index} in a flow sequence on {@code line}
   * ({@code [1, 0, …]}), or of the value after the key when the line holds no sequence.
   */
  public static int columnOfCell(String line, int index) {
    int i = line.indexOf('[');
    if (i < 0) throw new AssertionError("no sequence in " + line);
    i++;
    for (int k = 0; k < index; k++) i = line.indexOf(',', i) + 1;
    while (line.charAt(i) == ' ') i++;
    return i + 1;
  }

  /** The text of a 1-based line. */
  public static String lineText(String text, int line) {
    return text.split("\n", -1)[line - 1];
  }

  /** The 1-based column of the value after {@code key:} on the first line containing {@code key:}. */
  public static int columnOfValue(String text, String key) {
    String line = lineText(text, Fixtures.lineOf(text, key + ":"));
    int i = line.indexOf(key + ":") + key.length() + 1;
    while (line.charAt(i) == ' ') i++;
    return i + 1;
  }

  /** The findings of one code, asserting there are exactly {@code n}. */
  public static List<Diagnostic> exactly(int n, CheckResult r, String code) {
    List<Diagnostic> found = Fixtures.findings(r, code);
    assertEquals(n, found.size(), () -> "expected " + n + " × " + code + ", got:\n" + Fixtures.printed(r));
    return found;
  }

  /** The one finding of a code. */
  public static Diagnostic only(CheckResult r, String code) {
    return exactly(1, r, code).get(0);
  }

  /** Nothing at all: no error, warning or waived finding. */
  public static void assertClean(CheckResult r) {
    assertTrue(r.diagnostics().isEmpty(), () -> "expected no findings, got:\n" + Fixtures.printed(r));
    assertTrue(r.ok());
  }

  /** Nothing of this code; other rules may report. */
  public static void assertNone(CheckResult r, String code) {
    assertEquals(List.of(), Fixtures.findings(r, code).stream().map(d -> d.format(Lang.ZH)).toList(),
        () -> "expected no " + code + ", got:\n" + Fixtures.printed(r));
  }

  /** Severity, unwaived, file (by its path below the content root), line and column. */
  public static void assertAt(Diagnostic d, Severity severity, String rel, int line, int column) {
    String shown = d.format(Lang.ZH);
    assertEquals(severity, d.severity(), shown);
    assertTrue(!d.waived(), () -> "unexpectedly waived: " + shown);
    assertTrue(d.pos().file().endsWith("/" + rel), () -> "file of " + shown);
    assertEquals(line, d.pos().line(), () -> "line of " + shown);
    assertEquals(column, d.pos().column(), () -> "column of " + shown);
  }

  /** Writes a report under the content root. */
  public static Path put(Path root, String rel, String text) {
    return Fixtures.write(root, rel, text);
  }
}
