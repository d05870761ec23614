package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into numbered lines. Every kind of line break counts (CR LF, CR, the
 * Unicode separators, and the form feed a PDF converter puts between pages), and characters a
 * YAML file cannot hold become U+FFFD, so a damaged file still yields a loadable draft.
 */
final class SourceLines {
  private static final int MAX_NOTES = 10;

  private SourceLines() {}

  static List<Line> split(String text, Notes notes) {
    List<Line> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int number = 1;
    int bad = 0;
    int noted = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') continue; // the LF ends it
      if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == '\f' || cp == 0x0B) {
        noted += noteGarbage(number, bad, noted, notes);
        lines.add(new Line(number++, cur.toString()));
        cur.setLength(0);
        bad = 0;
      } else if (invisible(cp)) {
        continue;
      } else if (cp == 0xFFFD || !printable(cp)) {
        cur.append('\uFFFD');
        bad++;
      } else {
        cur.appendCodePoint(cp);
      }
    }
    noteGarbage(number, bad, noted, notes);
    lines.add(new Line(number, cur.toString()));
    return lines;
  }

  private static int noteGarbage(int line, int bad, int noted, Notes notes) {
    if (bad == 0 || noted > MAX_NOTES) return 0;
    if (noted == MAX_NOTES) notes.unreadable(line, "", "import.text.garbageMore");
    else notes.unreadable(line, "", "import.text.garbage", bad);
    return 1;
  }

  /** Byte-order marks and zero-width characters: invisible, and noise inside labels. */
  private static boolean invisible(int cp) {
    return cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0x00AD;
  }

  /** The characters YAML 1.1 allows in a file (tab and line breaks are handled above). */
  private static boolean printable(int cp) {
    return cp == '\t' || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
