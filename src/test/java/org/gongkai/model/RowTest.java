package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row keeps its cells as given — a missing number stays missing — cannot be changed through
 * its list or the list it was made from, and prints as a record does: report fingerprints (the
 * copied-report rule) hash that text, so it must not change with the row's inner form.
 */
class RowTest {
  /** The same record without its own toString: report fingerprints hash the JDK's text. */
  private record JdkRow(List<Long> cells) {}

  @Test
  void printsAsTheJdkPrintsTheRecord() {
    for (List<Long> cells : List.of(List.<Long>of(), Arrays.asList(1L, null, 3L), Arrays.asList(null, 0L))) {
      assertEquals(new JdkRow(cells).toString().replace("JdkRow", "Row"), new Row(cells).toString());
    }
  }

  @Test
  void cellsStayAsGivenAndPrintAsARecord() {
    List<Long> given = new ArrayList<>(Arrays.asList(1L, null, 300L));
    Row row = new Row(given);
    given.set(0, 9L);
    assertEquals(3, row.size());
    assertEquals(1L, row.get(0));
    assertNull(row.get(1));
    assertFalse(row.complete());
    assertTrue(Row.of(1L, 2L).complete());
    assertEquals("Row[cells=[1, null, 300]]", row.toString());
    assertEquals(Row.of(1L, null, 300L), row);
    assertEquals(Row.of(1L, null, 300L).hashCode(), row.hashCode());
    assertEquals(Arrays.asList(1L, null, 300L), row.cells());
    assertEquals(new Row(row.cells()), row);
    assertThrows(UnsupportedOperationException.class, () -> row.cells().set(0, 2L));
    assertThrows(UnsupportedOperationException.class, () -> row.cells().add(2L));
  }
}
