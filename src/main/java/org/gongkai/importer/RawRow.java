package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a table as the text lays it out: its label (empty when the original lost it) and
 * the cells after the label. Built by {@link #rows}: text starts a row unless the row has no
 * values yet (a label broken over cells continues; so do header lines before the data), a value
 * after a row's end starts an unlabelled row.
 */
record RawRow(String label, int line, List<Token> values) {
  RawRow {
    values = List.copyOf(values);
  }

  boolean labelled() {
    return !label.isBlank();
  }

  boolean hasValues() {
    return values.stream().anyMatch(Token::value);
  }

  /** The numbers and marks of the row as printed, for notes: "0 0 / 1". */
  String printed() {
    StringBuilder b = new StringBuilder();
    for (Token t : values) {
      String s = t instanceof Token.Num n ? n.raw() : t instanceof Token.Mark m ? m.raw() : null;
      if (s == null) continue;
      if (b.length() > 0) b.append(' ');
      b.append(s);
    }
    return b.toString();
  }

  static List<RawRow> rows(List<Token> tokens) {
    List<RawRow> rows = new ArrayList<>();
    StringBuilder label = null;
    int line = 0;
    List<Token> values = new ArrayList<>();
    boolean closed = false;
    for (Token t : tokens) {
      if (t instanceof Token.Text text) {
        if (label != null && values.stream().noneMatch(Token::value)) {
          if (label.length() > 0) label.append(' ');
          label.append(text.text());
          values.clear(); // empties before more label text stood under the label
          if (line == 0) line = text.line();
          continue;
        }
        if (label != null) rows.add(new RawRow(label.toString(), line, values));
        label = new StringBuilder(text.text());
        line = text.line();
        values = new ArrayList<>();
        closed = false;
      } else if (t instanceof Token.End) {
        if (label != null && values.stream().anyMatch(Token::value)) {
          closed = true;
        } else if (label != null && !rows.isEmpty() && rows.get(rows.size() - 1).hasValues()) {
          // Label text alone on its row after the data began: the rest of the row above
          // ("6.属于四类过程性" / "信息") or a group label; either way not the next row's label.
          rows.add(new RawRow(label.toString(), line, values));
          label = null;
        }
      } else {
        if (label == null || closed) {
          if (t instanceof Token.Empty) continue;
          if (label != null) rows.add(new RawRow(label.toString(), line, values));
          label = new StringBuilder();
          line = t.line();
          values = new ArrayList<>();
          closed = false;
        }
        values.add(t);
      }
    }
    if (label != null) rows.add(new RawRow(label.toString(), line, values));
    return attach(rows);
  }

  /** A label alone on its line followed by numbers alone on the next is one row (a wrapped row). */
  private static List<RawRow> attach(List<RawRow> rows) {
    List<RawRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RawRow r = rows.get(i);
      RawRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
      if (r.labelled() && !r.hasValues() && next != null && !next.labelled() && next.hasValues()) {
        out.add(new RawRow(r.label(), r.line(), next.values()));
        i++;
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
