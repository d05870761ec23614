package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines before section 一: the title (possibly broken over two lines), the web page's
 * furniture and metadata when the text was copied from a site (发布日期 gives the publication
 * date), and the introduction.
 */
final class FrontMatter {
  private static final int SEARCH = 15;
  private static final int MAX_TITLE = 70;
  private static final Pattern PUBLISHED = Pattern.compile("^(发布日期|发布时间|发布于)[:：]?.*");
  private static final Pattern FURNITURE = Pattern.compile(
      "^(索引号|发布机构|信息来源|来源|文号|字号|浏览次数|点击数|阅读次数|访问量|当前位置|您当前的位置|首页>|分享到|打印|关闭|【|\\[大\\]).*");

  /** What the front holds; {@code title} is null when none was found. */
  record Front(String title, int titleLine, List<Line> intro, LocalDate published, int publishedLine) {
    Front {
      intro = List.copyOf(intro);
    }
  }

  private FrontMatter() {}

  static Front read(List<Line> front, Notes notes) {
    List<Line> lines = front.stream().filter(l -> !l.blank()).toList();
    int at = titleAt(lines);
    String title = null;
    int titleLine = 0;
    int from = 0;
    if (at >= 0) {
      Line t = lines.get(at);
      title = t.text().strip();
      titleLine = t.number();
      from = at + 1;
      if (at > 0 && opening(lines.get(at - 1))) {
        Line before = lines.get(at - 1);
        title = before.text().strip() + title;
        titleLine = before.number();
        notes.guessed(titleLine, "/title", "import.title.joined", title);
        at--;
      } else if (!Fold.tight(title).endsWith("报告") && at + 1 < lines.size()
          && Fold.tight(lines.get(at + 1).text()).matches(".{0,8}报告")) {
        title = title + lines.get(at + 1).text().strip();
        notes.guessed(titleLine, "/title", "import.title.joined", title);
        from++;
      } else {
        notes.read(titleLine, "/title", "import.title", title);
      }
    } else {
      notes.unreadable(0, "/title", "import.title.missing");
    }
    LocalDate published = null;
    int publishedLine = 0;
    List<Line> intro = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i >= at && i < from && at >= 0) continue;
      Line l = lines.get(i);
      String f = Fold.tight(l.text());
      List<Dates.Found> dates = Dates.all(Fold.wide(l.text()));
      if (PUBLISHED.matcher(f).matches() && published == null && !dates.isEmpty()) {
        published = dates.get(0).date();
        publishedLine = l.number();
        notes.read(l.number(), "/published", "import.published", published.toString());
      } else if (FURNITURE.matcher(f).matches() || (at >= 0 && i < at)) {
        notes.read(l.number(), "/intro", "import.front.dropped", l.text().strip());
      } else if (title != null && f.equals(Fold.tight(title))) {
        notes.read(l.number(), "/title", "import.title.repeated");
      } else {
        intro.add(l);
      }
    }
    return new Front(title, titleLine, intro, published, publishedLine);
  }

  /** The first line among the first few that reads as a report's title. */
  private static int titleAt(List<Line> lines) {
    for (int i = 0; i < Math.min(SEARCH, lines.size()); i++) {
      String f = Fold.tight(lines.get(i).text());
      if (f.length() > MAX_TITLE || f.contains("。") || FURNITURE.matcher(f).matches()) continue;
      if (f.contains("报告") && (f.contains("政府信息公开") || f.contains("年度") || Dates.year(f) != null)) return i;
    }
    return -1;
  }

  /** A line that is the first half of a title broken before its last words ("…年度" / "报告"). */
  private static boolean opening(Line l) {
    String f = Fold.tight(l.text());
    return f.length() <= MAX_TITLE && !f.contains("报告") && !f.contains("。")
        && (f.contains("政府信息公开") || Dates.year(f) != null);
  }
}
