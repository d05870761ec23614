package org.gongkai.index;

import org.gongkai.model.Report;

/** A report's prose as plain text for searching: Markdown marks removed, sections joined. */
final class Prose {
  private Prose() {}

  static String plain(Report r) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {r.prose().intro(), r.prose().overview(), r.prose().problems(), r.prose().otherMatters()}) {
      if (part == null || part.isBlank()) continue;
      if (b.length() > 0) b.append("\n\n");
      b.append(strip(part));
    }
    return b.toString();
  }

  /** Headings' #, link syntax and autolink brackets go; the words stay. */
  static String strip(String markdown) {
    return markdown
        .replaceAll("(?m)^\\s{0,3}#{1,6}\\s*", "")
        .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("<(https?://[^>\\s]+)>", "$1")
        .replaceAll("[*_`]{1,3}", "")
        .strip();
  }
}
