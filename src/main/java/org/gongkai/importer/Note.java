package org.gongkai.importer;

import java.util.Objects;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;

/**
 * One thing the importer wants a maintainer to know about a draft, tied to the line of the
 * source text it concerns.
 *
 * @param line the 1-based line of the source text, or 0 when the note concerns no one line
 * @param field where in the draft the note applies, as a JSON Pointer ({@code /table_b/carried_over}),
 *     or "" for the draft as a whole; the draft carries the note as a comment there
 */
public record Note(Kind kind, int line, String field, Message message) {
  /** What kind of note: something read, something guessed, or something that could not be read. */
  public enum Kind {
    READ("读出", "read"),
    GUESSED("推断", "guessed"),
    UNREADABLE("未能读出", "could not read"),
    MISMATCH("不一致", "disagrees");

    private final String zh;
    private final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String label(Lang lang) {
      return lang == Lang.ZH ? zh : en;
    }
  }

  public Note {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must be 0 or positive: " + line);
  }

  /** {@code 第78行：…} or the bare message when the note concerns no one line. */
  public String format(Lang lang) {
    String text = message.format(lang);
    if (line == 0) return text;
    return lang == Lang.ZH ? "第" + line + "行：" + text : "line " + line + ": " + text;
  }
}
