package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as read: for each row of the form that was found, its cells ({@code null} where the
 * original gives no number) and the line it was read from. Rows not found are absent.
 *
 * @param <R> the form's rows
 */
record TableRead<R>(Layout layout, Map<R, List<BigDecimal>> rows, Map<R, Integer> lines) {
  TableRead {
    Map<R, List<BigDecimal>> copy = new LinkedHashMap<>();
    rows.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    rows = Collections.unmodifiableMap(copy);
    lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
  }

  boolean has(R row) {
    return rows.containsKey(row);
  }

  /** A cell, or null when the row or the cell is missing. */
  BigDecimal cell(R row, int column) {
    List<BigDecimal> cells = rows.get(row);
    return cells == null ? null : cells.get(column);
  }
}
