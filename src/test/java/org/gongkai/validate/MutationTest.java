package org.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.CheckResult;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number of tables B and C takes part in a consistency rule: raising any single one by
 * one, in the consistent Jindouying report, gives an unwaived error on that very line.
 */
class MutationTest {
  private static final String FILE = Variants.jindouying(2023);
  private static final String TEXT = Variants.consistent();

  @TempDir static Path root;
  private static Gongkai gongkai;

  @BeforeAll
  static void build() {
    gongkai = Fixtures.gongkai(root);
  }

  /** One cell of a table row: the line in the file and the index in its sequence. */
  record Cell(String label, int line, int index) {}

  static List<Cell> cells() {
    String[] lines = TEXT.split("\n", -1);
    List<Cell> out = new ArrayList<>();
    boolean inTables = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("table_b:")) inTables = true;
      else if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("table_c:")) inTables = false;
      String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      if (!inTables || !code.contains("[")) continue;
      String key = code.strip().substring(0, code.strip().indexOf(':'));
      int n = numbers(code).size();
      for (int k = 0; k < n; k++) out.add(new Cell(key + "[" + k + "]", i + 1, k));
    }
    return out;
  }

  static Stream<Arguments> everyCell() {
    return cells().stream().map(c -> Arguments.of(c.label(), c.line(), c.index()));
  }

  private static List<Long> numbers(String code) {
    String inner = code.substring(code.indexOf('[') + 1, code.indexOf(']'));
    List<Long> out = new ArrayList<>();
    for (String s : inner.split(",")) out.add(Long.parseLong(s.strip()));
    return out;
  }

  /** The text with cell {@code index} of line {@code line} one higher. */
  static String incremented(int line, int index) {
    String[] lines = TEXT.split("\n", -1);
    String l = lines[line - 1];
    int open = l.indexOf('[');
    int close = l.indexOf(']');
    List<Long> values = numbers(l);
    values.set(index, values.get(index) + 1);
    lines[line - 1] = l.substring(0, open) + values + l.substring(close + 1);
    return String.join("\n", lines);
  }

  @Test
  void coversAllOfTablesBAndC() {
    // 25 rows × 7 in table B, 3 groups × 5 in table C.
    assertEquals(25 * 7 + 3 * 5, cells().size());
  }

  @Test
  void startsFromAReportWithoutFindings() throws GongkaiException {
    Variants.put(root, FILE, TEXT);
    Variants.assertClean(gongkai.check(List.of(root)));
  }

  @ParameterizedTest(name = "{0} + 1")
  @MethodSource("everyCell")
  void raisingOneNumberGivesAnErrorOnItsLine(String label, int line, int index) throws GongkaiException {
    Variants.put(root, FILE, incremented(line, index));

    CheckResult r = gongkai.check(List.of(root));

    assertTrue(r.diagnostics().stream().anyMatch(d -> d.blocking() && d.pos().line() == line),
        () -> label + " (line " + line + ") raised by one:\n" + Fixtures.printed(r));
  }
}
