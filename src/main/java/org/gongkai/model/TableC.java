package org.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Table C, 政府信息公开行政复议、行政诉讼情况: three groups of five numbers. */
public record TableC(Map<CRow, Row> rows) {
  public TableC {
    rows = rows.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(rows));
  }

  public Optional<Row> row(CRow r) {
    return Optional.ofNullable(rows.get(r));
  }
}
