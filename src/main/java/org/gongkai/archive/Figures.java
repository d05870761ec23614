package org.gongkai.archive;

import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.CColumn;
import org.gongkai.model.CRow;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Report;
import org.gongkai.model.Row;

/** The key figures lists show: applications received and disclosed, reviews, lawsuits. */
final class Figures {
  private Figures() {}

  static KeyFigures of(Report r) {
    Long received = null;
    Long disclosed = null;
    if (r.tableB() != null) {
      received = r.tableB().cell(BRow.NEW, BColumn.TOTAL);
      disclosed = plus(r.tableB().cell(BRow.GRANTED, BColumn.TOTAL), r.tableB().cell(BRow.PARTIAL, BColumn.TOTAL));
    }
    Long reviews = null;
    Long lawsuits = null;
    if (r.tableC() != null) {
      reviews = total(r.tableC().rows().get(CRow.REVIEW));
      lawsuits = plus(total(r.tableC().rows().get(CRow.LITIGATION_DIRECT)),
          total(r.tableC().rows().get(CRow.LITIGATION_AFTER_REVIEW)));
    }
    return new KeyFigures(received, disclosed, reviews, lawsuits);
  }

  private static Long total(Row row) {
    return row == null ? null : row.get(CColumn.TOTAL.ordinal());
  }

  /** A sum that is unknown when any part is unknown. */
  private static Long plus(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}
