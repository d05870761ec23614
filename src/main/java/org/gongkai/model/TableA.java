package org.gongkai.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Table A, 主动公开政府信息情况: document counts, decision counts, and the fee amount in 万元.
 * Rows the original did not give are absent from {@code rows}; an absent fee is {@code null}.
 */
public record TableA(Map<ARow, Row> rows, BigDecimal fees) {
  public TableA {
    rows = rows.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(rows));
  }

  public Optional<Row> row(ARow r) {
    return Optional.ofNullable(rows.get(r));
  }
}
