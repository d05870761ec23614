package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a converter copies from each page that is not the report: page numbers ("- 3 -",
 * "第 3 页 共 9 页") and the title repeated as a running head.
 */
final class PageFurniture {
  private static final Pattern PAGE = Pattern.compile(
      "^(?:[-—–－]+\\s*\\d{1,3}\\s*[-—–－]+|第\\s*\\d{1,3}\\s*页(?:\\s*[/,，]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})$");

  private PageFurniture() {}

  static List<Line> strip(List<Line> lines, String title, Notes notes) {
    String folded = title == null ? null : Fold.tight(title);
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      String t = Fold.wide(l.text()).strip();
      if (PAGE.matcher(t).matches()) {
        notes.read(l.number(), "", "import.page.dropped", t);
      } else if (folded != null && !t.isEmpty() && Fold.tight(t).equals(folded)) {
        notes.read(l.number(), "", "import.title.repeated");
      } else {
        out.add(l);
      }
    }
    return out;
  }
}
