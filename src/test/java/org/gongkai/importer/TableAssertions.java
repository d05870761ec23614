package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;

/**
 * What "never invents a number" means for a draft: every number it holds is the original's
 * number in that cell, it holds no row the original lacks, and every cell it leaves missing
 * that the original fills has a note on that row or its table.
 */
final class TableAssertions {
  private TableAssertions() {}

  static void sameTables(ImportResult r, Seed seed) {
    assertEquals(Drafts.tables(Drafts.parse(seed.expected())), Drafts.tables(Drafts.parse(r.yaml())), r.yaml());
  }

  static void noWrongNumbersAndGapsFlagged(ImportResult r, Seed seed) {
    Map<String, Object> expected = Drafts.tables(Drafts.parse(seed.expected()));
    Map<String, Object> draft = Drafts.tables(Drafts.parse(r.yaml()));
    for (String table : expected.keySet()) walk(r, "/" + table, draft.get(table), expected.get(table));
  }

  @SuppressWarnings("unchecked")
  private static void walk(ImportResult r, String pointer, Object draft, Object expected) {
    if (draft == null) {
      if (expected != null) assertFlagged(r, pointer);
      return;
    }
    if (expected == null) fail(pointer + " is in the draft but not in the original: " + draft);
    if (draft instanceof Map<?, ?> d) {
      Map<String, Object> e = (Map<String, Object>) expected;
      for (Object key : d.keySet()) assertTrue(e.containsKey(key), pointer + "/" + key + " invented");
      for (String key : e.keySet()) walk(r, pointer + "/" + key, d.get(key), e.get(key));
    } else if (draft instanceof List<?> d) {
      List<?> e = (List<?>) expected;
      assertEquals(e.size(), d.size(), pointer);
      for (int i = 0; i < d.size(); i++) {
        if (d.get(i) == null) {
          if (e.get(i) != null) assertFlagged(r, pointer);
        } else {
          assertEquals(e.get(i), d.get(i), pointer + "/" + i + " holds a number the original does not");
        }
      }
    } else if (!draft.equals(expected)) {
      assertEquals(expected, draft, pointer);
    }
  }

  /** A note (not a plain "read") on the row, or on the table it belongs to. */
  private static void assertFlagged(ImportResult r, String pointer) {
    String table = pointer.substring(0, pointer.indexOf('/', 1) < 0 ? pointer.length() : pointer.indexOf('/', 1));
    boolean flagged = r.notes().stream().anyMatch(n -> n.kind() != Note.Kind.READ && !n.field().isEmpty()
        && (n.field().equals(pointer) || n.field().equals(table) || pointer.startsWith(n.field() + "/")));
    assertTrue(flagged, "no note on " + pointer + ":\n" + r.yaml());
  }
}
