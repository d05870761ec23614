package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.gongkai.diag.Label;

/**
 * Reads one table section and says what came of it: how many rows of the form were read in
 * which layout, and which the original lacks. A section with a heading but no numbers has no
 * table.
 */
final class TableSummary {
  private TableSummary() {}

  /** The table, or null when the section is missing or holds no numbers. */
  static <R> TableRead<R> read(Sections.Split split, Section section, List<Line> body,
      BiFunction<List<Line>, Notes, TableRead<R>> reader, List<R> form, Function<R, Label> name, Notes notes) {
    Sections.Part part = split.part(section);
    if (part == null) return null;
    TableRead<R> t = reader.apply(body, notes);
    int line = part.heading().number();
    Label table = Label.of(section.heading(), section.heading());
    if (t.rows().isEmpty()) {
      notes.unreadable(line, section.field(), "import.table.empty", table);
      return null;
    }
    notes.read(line, section.field(), "import.table.read", table, t.rows().size(), form.size(), t.layout().label());
    List<R> missing = new ArrayList<>();
    for (R r : form) if (!t.has(r)) missing.add(r);
    if (!missing.isEmpty()) {
      List<Label> names = missing.stream().map(name).toList();
      notes.unreadable(line, section.field(), "import.table.rowsMissing", table, missing.size(),
          Label.of(String.join("、", names.stream().map(Label::zh).toList()),
              String.join(", ", names.stream().map(Label::en).toList())));
    }
    return t;
  }
}
