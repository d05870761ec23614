package org.gongkai.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of numbers as published. A {@code null} cell is a number the original did not give:
 * it is shown as missing, never as 0.
 */
public record Row(List<Long> cells) {
  public Row {
    // List.copyOf rejects nulls, and null is meaningful here.
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
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
}
