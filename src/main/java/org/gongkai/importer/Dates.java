package org.gongkai.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports write them: 2024年1月9日 (with any spacing), 2024-01-09, 2024.1.9, 二〇二四年一月九日,
 * and the converter's 20231月1日, which lost its 年.
 */
final class Dates {
  private static final Pattern ARABIC =
      Pattern.compile("((?:19|20)\\d{2})\\s*(年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
  private static final Pattern CHINESE =
      Pattern.compile("([〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零○Ｏ一二三四五六七八九]{4})\\s*年");
  private static final String DIGITS = "〇一二三四五六七八九";

  /** A date in a text and where it stands; {@code noYearChar} when 年 was missing. */
  record Found(LocalDate date, int start, int end, boolean noYearChar) {}

  private Dates() {}

  /** Every valid date in the (folded) text, in order. */
  static List<Found> all(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = ARABIC.matcher(text);
    while (m.find()) add(out, m.group(1), m.group(3), m.group(4), m, m.group(2) == null);
    m = ISO.matcher(text);
    while (m.find()) add(out, m.group(1), m.group(2), m.group(3), m, false);
    m = CHINESE.matcher(text);
    while (m.find()) {
      add(out, String.valueOf(chineseNumber(m.group(1), true)), String.valueOf(chineseNumber(m.group(2), false)),
          String.valueOf(chineseNumber(m.group(3), false)), m, false);
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  private static void add(List<Found> out, String y, String mo, String d, Matcher m, boolean noYearChar) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      for (Found f : out) if (f.start() < m.end() && m.start() < f.end()) return;
      out.add(new Found(date, m.start(), m.end(), noYearChar));
    } catch (DateTimeException | NumberFormatException e) {
      // 2023年2月30日 is no date; the text keeps it and nothing is read from it.
    }
  }

  /** A year in a text and where its digits start. */
  record Year(int year, int start) {}

  /** The first year written "2023年" or "二〇二三年" in the (folded) text, or null. */
  static Year year(String text) {
    Matcher m = YEAR.matcher(text);
    Matcher c = CHINESE_YEAR.matcher(text);
    boolean arabic = m.find();
    boolean chinese = c.find();
    if (arabic && (!chinese || m.start() <= c.start())) return new Year(Integer.parseInt(m.group(1)), m.start());
    if (chinese) return new Year(chineseNumber(c.group(1), true), c.start());
    return null;
  }

  /** 二〇二三 digit by digit (a year), or 十二/二十一 as a number (month, day). */
  private static int chineseNumber(String s, boolean digitByDigit) {
    String t = s.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
    if (digitByDigit) {
      int n = 0;
      for (char ch : t.toCharArray()) n = n * 10 + DIGITS.indexOf(ch);
      return n;
    }
    int ten = t.indexOf('十');
    if (ten < 0) return DIGITS.indexOf(t.charAt(0));
    int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
    int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
    return tens * 10 + ones;
  }
}
