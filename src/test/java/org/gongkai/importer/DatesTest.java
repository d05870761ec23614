package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways reports write dates. */
class DatesTest {
  private static LocalDate only(String text) {
    List<Dates.Found> found = Dates.all(text);
    assertEquals(1, found.size(), text);
    return found.get(0).date();
  }

  @Test
  void readsTheUsualForms() {
    assertEquals(LocalDate.of(2024, 1, 9), only("2024年1月9日"));
    assertEquals(LocalDate.of(2023, 12, 31), only("至 2023 年 12 月 31 日止"));
    assertEquals(LocalDate.of(2024, 1, 20), only("发布日期：2024-01-20 10:05"));
    assertEquals(LocalDate.of(2024, 1, 9), only("二〇二四年一月九日"));
    assertEquals(LocalDate.of(2024, 12, 21), only("二〇二四年十二月二十一日"));
  }

  @Test
  void readsADateThatLostItsNianAndSaysSo() {
    Dates.Found f = Dates.all("统计期限自20231月1日起").get(0);
    assertEquals(LocalDate.of(2023, 1, 1), f.date());
    assertTrue(f.noYearChar());
  }

  @Test
  void skipsDatesNotInTheCalendar() {
    assertEquals(List.of(), Dates.all("2023年2月30日"));
  }

  @Test
  void findsTheYearOfATitle() {
    assertEquals(2023, Dates.year("金斗营镇人民政府 2023 年政府信息公开工作年度报告").year());
    assertEquals(2023, Dates.year("某某局二〇二三年政府信息公开工作年度报告").year());
  }
}
