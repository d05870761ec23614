package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {
  /** The same record without its own toString: report fingerprints hash the JDK's text. */
  private record Row(List<Long> cells) {}

  @Test
  void printsAsTheJdkPrintsTheRecord() {
    for (List<Long> cells : List.of(List.<Long>of(), Arrays.asList(1L, null, 3L), Arrays.asList(null, 0L))) {
      assertEquals(new Row(cells).toString(), new org.gongkai.model.Row(cells).toString());
    }
  }
}
