package org.gongkai.index;

import java.util.regex.Pattern;
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

  private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s*");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]{1,3}");

  /**
   * Headings' #, link syntax and autolink brackets go; the words stay. A pattern is tried only
   * when the character it starts with is there: most report prose has none of them.
   */
  static String strip(String markdown) {
    String s = markdown;
    if (s.indexOf('#') >= 0) s = HEADING.matcher(s).replaceAll("");
    if (s.indexOf('[') >= 0) s = LINK.matcher(s).replaceAll("$1");
    if (s.indexOf('<') >= 0) s = AUTOLINK.matcher(s).replaceAll("$1");
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('`') >= 0) s = EMPHASIS.matcher(s).replaceAll("");
    return s.strip();
  }
}
