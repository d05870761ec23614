package org.gongkai.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.OrganKind;

/** How numbers, dates and kinds read on the pages. */
final class Format {
  static final String UNKNOWN = "—";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private Format() {}

  static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  static String number(Long n) {
    return n == null ? UNKNOWN : n.toString();
  }

  static Views.Figures figures(KeyFigures f) {
    return new Views.Figures(number(f.received()), number(f.disclosed()), number(f.reviews()), number(f.lawsuits()));
  }

  static String kind(OrganKind k) {
    return switch (k) {
      case TOWNSHIP -> "乡镇人民政府、街道办事处";
      case GOVERNMENT -> "县级以上人民政府（本级）";
      case DEPARTMENT -> "政府部门";
    };
  }
}
