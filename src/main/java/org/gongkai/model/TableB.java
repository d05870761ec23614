package org.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Table B, 收到和处理政府信息公开申请情况: 25 rows of seven numbers; absent rows are missing. */
public record TableB(Map<BRow, Row> rows) {
  public TableB {
    rows = rows.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(rows));
  }

  public Optional<Row> row(BRow r) {
    return Optional.ofNullable(rows.get(r));
  }

  /** The cell, or {@code null} when its row or the cell itself is missing. */
  public Long cell(BRow r, BColumn c) {
    Row row = rows.get(r);
    return row == null ? null : row.get(c.ordinal());
  }
}
