package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one line of a table into cells, by whatever the converter used: tabs, '|' (Markdown
 * and web tables, with or without edge pipes), or runs of two or more spaces. Empty cells are
 * kept, because their position can be all that tells which column a number is in.
 */
final class Cells {
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

  private Cells() {}

  /** How many non-empty cells the line has when split at tabs or pipes (spaces do not count). */
  static int contentCells(String raw) {
    if (raw.indexOf('\t') < 0 && raw.indexOf('|') < 0) return raw.isBlank() ? 0 : 1;
    int n = 0;
    for (String c : raw.split(raw.indexOf('\t') >= 0 ? "\t" : "\\|", -1)) if (!c.isBlank()) n++;
    return n;
  }

  /** A Markdown table's rule line ({@code |---|---|}), which holds no cells. */
  static boolean rule(String line) {
    return RULE.matcher(line.strip()).matches();
  }

  /**
   * The width of one separator when a table's cells are separated by spaces: the shortest run of
   * two or more spaces, if every run is a whole number of it (as when each tab became the same
   * number of spaces); otherwise 0, and every run counts as one separator.
   */
  static int spaceUnit(List<String> lines) {
    List<Integer> runs = new ArrayList<>();
    for (String line : lines) {
      if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) continue;
      Matcher m = SPACES.matcher(line.strip());
      while (m.find()) runs.add(m.end() - m.start());
    }
    if (runs.isEmpty()) return 0;
    int unit = runs.stream().mapToInt(Integer::intValue).min().orElse(0);
    for (int r : runs) if (r % unit != 0) return 0;
    return unit;
  }

  /** The cells of a (folded) line; see {@link #spaceUnit} for {@code unit}. */
  static List<String> split(String line, int unit) {
    List<String> cells = new ArrayList<>();
    if (line.indexOf('\t') >= 0) {
      for (String c : line.split("\t", -1)) cells.add(c.strip());
      return cells;
    }
    if (line.indexOf('|') >= 0) {
      String s = line.strip();
      if (s.startsWith("|")) s = s.substring(1);
      if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
      for (String c : s.split("\\|", -1)) cells.add(c.strip());
      return cells;
    }
    String s = line.strip();
    Matcher m = SPACES.matcher(s);
    int start = 0;
    while (m.find()) {
      cells.add(s.substring(start, m.start()));
      int separators = unit > 0 ? (m.end() - m.start()) / unit : 1;
      for (int i = 1; i < separators; i++) cells.add("");
      start = m.end();
    }
    cells.add(s.substring(start));
    return cells;
  }
}
