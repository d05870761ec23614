package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prose lines → the Markdown the format stores: one paragraph per line or block, a stand-alone
 * sub-heading line ("（一）主动公开") as {@code ### …}, one blank line between paragraphs. A line
 * that stops mid-sentence (no closing punctuation) runs on into the next: a page break or a hard
 * wrap cut it, and each join is noted with its line.
 */
final class ProseText {
  private static final Pattern SUBHEADING =
      Pattern.compile("^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\\s*(.*)$");
  private static final Pattern ITEM =
      Pattern.compile("^([(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\\d{1,2}[.、．])");
  private static final String CLOSERS = "。！？!?；;：:…」』”\"）)】]》";
  private static final int MAX_SUBHEADING = 30;

  private ProseText() {}

  /** The lines as Markdown, or null when they hold no text. */
  static String of(List<Line> lines, String field, Notes notes) {
    List<StringBuilder> blocks = new ArrayList<>();
    boolean lastIsParagraph = false;
    int lastLine = 0;
    for (Line l : lines) {
      String text = clean(l.text());
      if (text.isEmpty()) continue;
      if (subheading(text)) {
        blocks.add(new StringBuilder("### ").append(text));
        lastIsParagraph = false;
      } else if (lastIsParagraph && runsOn(blocks.get(blocks.size() - 1)) && !ITEM.matcher(text).find()) {
        notes.guessed(lastLine, field, "import.paragraph.joined", l.number());
        blocks.get(blocks.size() - 1).append(joiner(blocks.get(blocks.size() - 1), text)).append(text);
      } else {
        blocks.add(new StringBuilder(text));
        lastIsParagraph = true;
      }
      lastLine = l.number();
    }
    if (blocks.isEmpty()) return null;
    return String.join("\n\n", blocks) + "\n";
  }

  /** The line as prose: no surrounding (full-width) spaces, tabs as spaces. */
  static String clean(String raw) {
    return raw.replace('\t', ' ').replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
  }

  /** "（一）主动公开" or "一、存在问题" alone on its line: a marker and a few words, no sentence. */
  static boolean subheading(String text) {
    var m = SUBHEADING.matcher(text);
    if (!m.matches()) return false;
    String words = m.group(1).replaceAll("[:：]$", "");
    return !words.isEmpty() && words.length() <= MAX_SUBHEADING && !words.matches(".*[。，；,;].*");
  }

  private static boolean runsOn(CharSequence paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return CLOSERS.indexOf(last) < 0;
  }

  /** Chinese joins without a space; two Latin words or numbers keep one between them. */
  private static String joiner(CharSequence before, String after) {
    char a = before.charAt(before.length() - 1);
    char b = after.charAt(0);
    return a < 0x2E80 && b < 0x2E80 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b) ? " " : "";
  }
}
