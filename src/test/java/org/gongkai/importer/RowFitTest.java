package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.junit.jupiter.api.Test;

/** How a row's cells meet the form's seven columns, one rule at a time. */
class RowFitTest {
  private static final Target ROW = Target.of(BRow.CARRIED_OVER.pointer(), BRow.CARRIED_OVER, List.of(BColumn.values()));

  private static List<BigDecimal> fit(String line, Notes notes) {
    List<Token> tokens = new ArrayList<>();
    for (String cell : line.split("\t", -1)) {
      if (cell.isEmpty()) tokens.add(new Token.Empty(1));
      else TableText.pieces(cell, 1, tokens);
    }
    return RowFit.fit(new RawRow("四、结转下年度继续办理", 1, tokens), ROW, notes);
  }

  private static List<BigDecimal> numbers(Integer... v) {
    List<BigDecimal> out = new ArrayList<>();
    for (Integer i : v) out.add(i == null ? null : BigDecimal.valueOf(i));
    return out;
  }

  private static String only(Notes notes) {
    assertEquals(1, notes.list().size(), notes.list().toString());
    return notes.list().get(0).message().key();
  }

  @Test
  void takesSevenNumbersInOrderWhateverEmptyCellsLieBetween() {
    Notes notes = new Notes();
    assertEquals(numbers(1, 2, 3, 4, 5, 6, 21), fit("\t1\t2\t\t3\t4\t5\t6\t21\t", notes));
    assertEquals(List.of(), notes.list());
  }

  @Test
  void placesSixNumbersByTheEmptyCellAlignedToTheTotal() {
    Notes notes = new Notes();
    assertEquals(numbers(null, 0, 0, 0, 0, 0, 0), fit("\t\t0\t0\t0\t0\t0\t0", notes));
    assertEquals("import.row.short.positioned", only(notes));
  }

  @Test
  void leavesARowMissingWhenNothingShowsWhichCellIsEmpty() {
    Notes notes = new Notes();
    assertEquals(Arrays.asList(new BigDecimal[7]), fit("0 0 0 0 0 0", notes));
    assertEquals("import.row.short.unknown", only(notes));
  }

  @Test
  void dropsASpareNumberOnlyWhenEveryAlignmentReadsTheSame() {
    Notes agree = new Notes();
    assertEquals(numbers(0, 0, 0, 0, 0, 0, 0), fit("0\t0\t0\t0\t0\t0\t0\t0", agree));
    assertEquals("import.row.extra.agree", only(agree));
    Notes conflict = new Notes();
    assertEquals(Arrays.asList(new BigDecimal[7]), fit("1\t0\t0\t0\t0\t0\t0\t1", conflict));
    assertEquals("import.row.extra.conflict", only(conflict));
  }

  @Test
  void refusesRowsRunTogether() {
    Notes notes = new Notes();
    assertEquals(Arrays.asList(new BigDecimal[7]), fit("0 0 0 0 0 0 0 0 0 0 0 0 0 0", notes));
    assertEquals("import.row.runTogether", only(notes));
  }

  @Test
  void aSlashOrADashIsAMissingCell() {
    Notes notes = new Notes();
    assertEquals(numbers(1, null, 0, 0, 0, null, 1), fit("1\t/\t0\t0\t0\t—\t1", notes));
    assertEquals("import.cell.mark", only(notes));
    assertEquals("第1行：四、结转下年度继续办理 的 商业企业、其他 写作“/”“—”，不是数字，写作 ~。",
        notes.list().get(0).format(org.gongkai.diag.Lang.ZH));
  }

  @Test
  void readsThousandsSeparatorsAndUnits() {
    Notes notes = new Notes();
    assertEquals(numbers(1217, 0, 0, 0, 0, 0, 1217), fit("1,217\t0\t0\t0\t0\t0\t1217件", notes));
  }
}
