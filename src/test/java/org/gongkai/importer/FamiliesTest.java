package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Layouts no seed shows, written after published reports: a web page's table copied with one
 * cell per line between pipes (2019 trial form), a table with '|' cells, '/' for empty cells and
 * a table C of fifteen numbers on one line; and {@code pdftotext -layout} output with columns
 * aligned by irregular runs of spaces, labels wrapped onto following lines, a number with a
 * thousands separator, a fee with decimals and a signature under the text.
 */
class FamiliesTest {
  private static final Path DIR = Path.of("src/test/resources/org/gongkai/importer/families");

  private static ImportResult read(String file) throws IOException {
    return Drafts.importer().read(Files.readAllBytes(DIR.resolve(file)), file);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(ImportResult r, String key) {
    return (Map<String, Object>) Drafts.parse(r.yaml()).get(key);
  }

  @Test
  void webPageWithPipes() throws IOException {
    ImportResult r = read("web-pipes-2019.txt");
    assertEquals(Map.of("licensing", 7), table(r, "table_a"));
    Map<String, Object> b = table(r, "table_b");
    assertEquals(List.of(5, 1, 0, 0, 0, 0, 6), b.get("new"));
    assertEquals(List.of(3, 1, 0, 0, 0, 0, 4), b.get("granted"));
    assertEquals(List.of(5, 1, 0, 0, 0, 0, 6), b.get("results_total"));
    @SuppressWarnings("unchecked")
    Map<String, Object> denied = (Map<String, Object>) b.get("denied");
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), denied.get("state_secret"));
    assertEquals(Arrays.asList(null, null, null, null, null, null, null), denied.get("prohibited"));
    assertEquals(List.of(0, 0, 0, 0, 0), table(r, "table_c").get("litigation_after_review"));
    assertTrue(Drafts.hasNote(r, Note.Kind.READ, "/table_a", "import.tableA.trial"));
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b/denied/prohibited", "import.cell.mark"));
  }

  @Test
  void pdftotextLayout() throws IOException {
    ImportResult r = read("pdftotext-layout.txt");
    assertEquals("山东省/聊城市/阳谷县/阳谷县教育局/2023.yaml", r.path());
    Map<String, Object> a = table(r, "table_a");
    assertEquals(List.of(3, 1, 12), a.get("normative_documents"));
    assertEquals(1217, a.get("licensing"));
    assertEquals(45, a.get("punishment"));
    assertEquals(12.5, a.get("fees"));
    Map<String, Object> b = table(r, "table_b");
    assertEquals(List.of(10, 1, 0, 0, 0, 1, 12), b.get("new"));
    assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), b.get("partial"), "the label wraps over three lines");
    assertEquals(List.of(10, 1, 0, 0, 0, 1, 12), b.get("results_total"));
    assertTrue(r.yaml().contains("\nsignature: {name: 阳谷县教育局, date: 2024-01-15}\n"), r.yaml());
    assertEquals(List.of(), r.notes(Note.Kind.MISMATCH), "the prose's 12 applications agree with table B");
  }
}
