package org.gongkai.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text at the six section headings. A heading is a line of its own whose words name
 * the next sections (see {@link Section#named}); rows of table B that look like headings
 * ("三、本年度办理结果", "四、结转下年度继续办理") name none, so they stay in their table.
 */
final class Sections {
  private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,2})[、.,:：]?(.+)$");
  private static final int MAX_HEADING = 30;

  /** One section: its heading line and the lines up to the next heading. */
  record Part(Section section, Line heading, List<Line> body) {
    Part {
      body = List.copyOf(body);
    }
  }

  /** The lines before the first heading (title, introduction) and each section found. */
  record Split(List<Line> front, Map<Section, Part> parts) {
    Split {
      front = List.copyOf(front);
      Map<Section, Part> copy = new EnumMap<>(Section.class);
      copy.putAll(parts);
      parts = Collections.unmodifiableMap(copy);
    }

    Part part(Section s) {
      return parts.get(s);
    }
  }

  private Sections() {}

  static Split split(List<Line> lines, Notes notes) {
    List<Line> front = new ArrayList<>();
    Map<Section, Part> parts = new EnumMap<>(Section.class);
    Section current = null;
    Line heading = null;
    List<Line> body = front;
    for (Line line : lines) {
      Section s = heading(line, current, notes);
      if (s == null) {
        body.add(line);
        continue;
      }
      if (current != null) parts.put(current, new Part(current, heading, body));
      current = s;
      heading = line;
      body = new ArrayList<>();
    }
    if (current != null) parts.put(current, new Part(current, heading, body));
    for (Section s : Section.values()) {
      if (!parts.containsKey(s)) notes.unreadable(0, s.field(), "import.section.missing", s.heading());
    }
    return new Split(front, parts);
  }

  /** The section this line opens, if it is a heading of a section after {@code last}. */
  private static Section heading(Line line, Section last, Notes notes) {
    if (Cells.contentCells(line.text()) > 1) return null;
    // A heading copied from a web table keeps its pipes: "| 二、主动公开政府信息情况 |".
    String folded = Fold.tight(line.text()).replaceAll("^\\|+|\\|+$", "");
    Matcher m = HEADING.matcher(folded);
    if (!m.matches()) return null;
    String words = m.group(2).replaceAll("[。.:：;；]+$", "");
    if (words.length() < 2 || words.length() > MAX_HEADING) return null;
    String ordinal = m.group(1);
    for (Section s : Section.values()) {
      if (last != null && s.compareTo(last) <= 0) continue;
      if (s.number().equals(ordinal) && s.named(words)) return s;
    }
    // A misnumbered heading counts only when it says the section's own title.
    for (Section s : Section.values()) {
      if (last != null && s.compareTo(last) <= 0) continue;
      if (strong(s, words)) {
        notes.read(line.number(), s.field(), "import.section.numbered", line.text().strip(), s.heading());
        return s;
      }
    }
    return null;
  }

  private static boolean strong(Section s, String words) {
    switch (s) {
      case OVERVIEW:
        return words.contains("总体情况");
      case TABLE_A:
        return words.contains("主动公开政府信息情况");
      case TABLE_B:
        return words.contains("收到和处理政府信息公开申请");
      case TABLE_C:
        return words.contains("行政复议") && words.contains("行政诉讼");
      case PROBLEMS:
        return words.contains("存在的主要问题");
      default:
        return words.contains("其他需要报告");
    }
  }
}
