package org.gongkai.importer;

import java.util.List;
import org.gongkai.diag.Label;
import org.gongkai.model.FormLabel;

/**
 * A row of the national form that a row of the text was recognised as: where it goes in the
 * draft, its name and its columns, for notes.
 */
record Target(String field, Label row, List<Label> columns) {
  Target {
    columns = List.copyOf(columns);
  }

  static Target of(String field, FormLabel row, List<? extends FormLabel> columns) {
    return new Target(field, label(row), columns.stream().map(Target::label).toList());
  }

  static Label label(FormLabel f) {
    return Label.of(f.zh(), f.en());
  }

  int width() {
    return columns.size();
  }

  /** Column names joined for a message: 自然人、总计. */
  Label columns(List<Integer> which) {
    return Label.of(
        String.join("、", which.stream().map(i -> columns.get(i).zh()).toList()),
        String.join(", ", which.stream().map(i -> columns.get(i).en()).toList()));
  }
}
