package org.gongkai.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.List;

/**
 * One row of numbers as published. A {@code null} cell is a number the original did not give:
 * it is shown as missing, never as 0.
 */
public record Row(List<Long> cells) {
  public Row {
    // List.copyOf rejects nulls, and null is meaningful here.
    cells = cells instanceof Cells c ? c : new Cells(cells.toArray(new Long[0]));
  }

  public static Row of(Long... cells) {
    return new Row(Arrays.asList(cells));
  }

  public int size() {
    return cells.size();
  }

  /** The cell, or {@code null} when the original left it empty. */
  public Long get(int column) {
    return cells.get(column);
  }

  public boolean complete() {
    return !cells.contains(null);
  }

  /**
   * The record's own text ({@code Row[cells=[1, null, 3]]}), which report fingerprints hash,
   * built without the {@code String.format} JDK 17 builds every record's toString on: this one
   * runs for every row of every report.
   */
  @Override
  public String toString() {
    return "Row[cells=" + cells + "]";
  }

  /**
   * The cells, read-only, in one array: a build holds every report's 33 rows at once, and an
   * unmodifiable view of an ArrayList cost two more objects a row (100,000 reports: 356 MB of
   * rows, against 278 MB in this form).
   */
  private static final class Cells extends AbstractList<Long> implements RandomAccess {
    private final Long[] values;

    Cells(Long[] values) {
      this.values = values;
    }

    @Override
    public Long get(int index) {
      return values[index];
    }

    @Override
    public int size() {
      return values.length;
    }
  }
}
