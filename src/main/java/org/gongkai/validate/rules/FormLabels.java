package org.gongkai.validate.rules;

import java.util.List;
import org.gongkai.diag.Label;
import org.gongkai.model.FormLabel;

/** Bridges the form's labels (model) into message arguments (diag). */
final class FormLabels {
  private FormLabels() {}

  static Label of(FormLabel f) {
    return Label.of(f.zh(), f.en());
  }

  /** {@code 自然人(1)+商业企业(0)+…} in both languages. */
  static Label sum(List<? extends FormLabel> terms, List<Long> values) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        zh.append('+');
        en.append(" + ");
      }
      zh.append(terms.get(i).zh()).append('(').append(values.get(i)).append(')');
      en.append(terms.get(i).en()).append(" (").append(values.get(i)).append(')');
    }
    return Label.of(zh.toString(), en.toString());
  }

  /** Column names joined for a list: 自然人、总计. */
  static Label list(List<? extends FormLabel> items) {
    return Label.of(
        String.join("、", items.stream().map(FormLabel::zh).toList()),
        String.join(", ", items.stream().map(FormLabel::en).toList()));
  }
}
