package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores line breaks in a report flattened onto one line (a converter that dropped every
 * break). It cuts before and after the section headings, after the title, before sub-headings
 * and contact labels, where a sentence end is followed by a space (where a break was), and
 * before a closing signature. Tables stay one long line; their labels still tell the rows.
 */
final class Unflattener {
  private static final int LONG = 300;
  private static final List<Pattern> HEADINGS = headings();
  private static final Pattern TITLE_END = Pattern.compile("年度报告");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[。！？；;!?])\\s+");
  private static final Pattern SUBHEADING = Pattern.compile("(?<=[。！？；;!?:：])\\s*(?=[（(][一二三四五六七八九十]{1,3}[)）])");
  private static final Pattern SUBHEADING_WORDS = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[)）]\\s*[^\\s。，；,;]{2,20}[:：]?(?=\\s)");
  private static final Pattern CONTACT = Pattern.compile("(?=(机构名称|联系电话|电子邮箱|联系地址|邮政编码|传\\s*真)\\s*[:：])");
  private static final Pattern CLOSING =
      Pattern.compile("(?<=。)\\s*([^。\\s]{2,30}?)\\s*((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$");

  private Unflattener() {}

  static List<Line> apply(List<Line> lines, Notes notes) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.text().length() < LONG || headingCount(l.text()) < 2) {
        out.add(l);
        continue;
      }
      notes.guessed(l.number(), "", "import.flattened");
      for (String piece : split(l.text())) out.add(new Line(l.number(), piece));
    }
    return out;
  }

  private static int headingCount(String text) {
    int n = 0;
    for (Pattern p : HEADINGS) if (p.matcher(text).find()) n++;
    return n;
  }

  private static List<String> split(String text) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Pattern p : HEADINGS) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    Matcher t = TITLE_END.matcher(text);
    if (t.find() && t.end() < 100) cuts.add(t.end());
    addAll(cuts, SENTENCE, text);
    addAll(cuts, SUBHEADING, text);
    addAll(cuts, CONTACT, text);
    Matcher c = CLOSING.matcher(text);
    if (c.find()) {
      cuts.add(c.start(1));
      cuts.add(c.start(2));
    }
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      if (cut <= from || cut >= text.length()) continue;
      subheading(text.substring(from, cut), pieces);
      from = cut;
    }
    subheading(text.substring(from), pieces);
    return pieces;
  }

  /** A piece opening with "（一）主动公开 " holds the sub-heading and then its first paragraph. */
  private static void subheading(String piece, List<String> out) {
    String p = piece.strip();
    if (p.isEmpty()) return;
    Matcher m = SUBHEADING_WORDS.matcher(p);
    if (m.find()) {
      out.add(p.substring(0, m.end()));
      p = p.substring(m.end()).strip();
      if (p.isEmpty()) return;
    }
    out.add(p);
  }

  private static void addAll(TreeSet<Integer> cuts, Pattern p, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) cuts.add(m.end());
  }

  private static List<Pattern> headings() {
    List<Pattern> out = new ArrayList<>();
    for (Section s : Section.values()) {
      StringBuilder b = new StringBuilder(s.number()).append("\\s*[、.．,，]\\s*");
      for (char c : s.heading().substring(2).toCharArray()) {
        b.append(Pattern.quote(String.valueOf(c))).append("\\s*");
      }
      out.add(Pattern.compile(b.toString()));
    }
    return List.copyOf(out);
  }
}
