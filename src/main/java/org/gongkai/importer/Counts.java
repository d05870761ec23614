package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Counts (tables B and C, and table A's document and decision counts) are whole numbers. */
final class Counts {
  private Counts() {}

  /** The cells, with any that is not a whole number left missing and noted. */
  static List<BigDecimal> whole(List<BigDecimal> cells, RawRow row, Target target, Notes notes) {
    List<BigDecimal> out = new ArrayList<>(cells);
    for (int i = 0; i < out.size(); i++) {
      BigDecimal v = out.get(i);
      if (v == null || v.stripTrailingZeros().scale() <= 0) continue;
      notes.unreadable(row.line(), target.field(), "import.cell.notWhole", target.row(),
          target.columns(List.of(i)), v.toPlainString());
      out.set(i, null);
    }
    return out;
  }
}
