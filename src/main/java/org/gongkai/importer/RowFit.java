package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Puts a row's numbers into the form's columns without inventing any. Exactly as many numbers as
 * columns: in order. Fewer: only where empty cells show the positions (the numbers are aligned
 * to the row's last cell, the 总计 column), otherwise the whole row is left missing. More: taken
 * only when every way of dropping the surplus gives the same numbers.
 */
final class RowFit {
  private RowFit() {}

  /** The row's cells for {@code target}'s columns, {@code null} where there is no number. */
  static List<BigDecimal> fit(RawRow row, Target target, Notes notes) {
    int width = target.width();
    List<Token> cells = new ArrayList<>(row.values());
    while (!cells.isEmpty() && cells.get(cells.size() - 1) instanceof Token.Empty) cells.remove(cells.size() - 1);
    List<Token> values = cells.stream().filter(Token::value).toList();
    int n = values.size();
    int line = values.isEmpty() ? row.line() : values.get(0).line();
    if (n == width) return map(values, row, target, notes);
    if (n >= 2 * width) {
      // Not one spare cell but the numbers of several rows run together (their labels lost).
      notes.unreadable(line, target.field(), "import.row.runTogether", target.row(), n, width);
      return missing(width);
    }
    if (n > width) {
      for (int start = 1; start + width <= n; start++) {
        if (!printed(values.subList(start, start + width)).equals(printed(values.subList(0, width)))) {
          notes.unreadable(line, target.field(), "import.row.extra.conflict", target.row(), n, width, row.printed());
          return missing(width);
        }
      }
      notes.guessed(line, target.field(), "import.row.extra.agree", target.row(), n, width, printed(values.subList(0, width)));
      return map(values.subList(0, width), row, target, notes);
    }
    if (cells.size() >= width) {
      List<Token> window = cells.subList(cells.size() - width, cells.size());
      if (window.stream().filter(Token::value).count() == n) {
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < width; i++) if (window.get(i) instanceof Token.Empty) empty.add(i);
        notes.guessed(line, target.field(), "import.row.short.positioned", target.row(), n, width,
            target.columns(empty));
        return map(window, row, target, notes);
      }
    }
    notes.unreadable(line, target.field(), "import.row.short.unknown", target.row(), n, width, row.printed());
    return missing(width);
  }

  private static List<BigDecimal> map(List<Token> cells, RawRow row, Target target, Notes notes) {
    List<BigDecimal> out = new ArrayList<>(cells.size());
    List<Integer> marked = new ArrayList<>();
    java.util.Set<String> marks = new java.util.LinkedHashSet<>();
    int line = row.line();
    for (int i = 0; i < cells.size(); i++) {
      Token t = cells.get(i);
      if (t instanceof Token.Num n) {
        out.add(n.value());
        continue;
      }
      if (t instanceof Token.Mark m) {
        marked.add(i);
        marks.add(m.raw());
        line = m.line();
      }
      out.add(null);
    }
    if (!marked.isEmpty()) {
      notes.unreadable(line, target.field(), "import.cell.mark", target.row(), target.columns(marked), String.join("”“", marks));
    }
    return out;
  }

  private static String printed(List<Token> values) {
    StringBuilder b = new StringBuilder();
    for (Token t : values) {
      if (b.length() > 0) b.append(' ');
      b.append(t instanceof Token.Num n ? n.raw() : ((Token.Mark) t).raw());
    }
    return b.toString();
  }

  private static List<BigDecimal> missing(int width) {
    return new ArrayList<>(Collections.nCopies(width, (BigDecimal) null));
  }
}
