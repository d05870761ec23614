package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Label;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourceMap;
import org.gongkai.diag.Suggest;

/**
 * Validates a file's tree against the report schema and words each violation for a person
 * editing the file: the Chinese name of the field, what was expected, what was found, and a
 * corrected value where one can be guessed ({@code １２} → 12, {@code 1,234} → 1234).
 */
final class SchemaCheck {
  private final ReportSchema schema;

  SchemaCheck(ReportSchema schema) {
    this.schema = schema;
  }

  List<Diagnostic> check(JsonNode root, SourceMap positions) {
    SchemaFastPass fast = schema.fastPass();
    if (fast != null && fast.passes(root)) return List.of();
    Set<ValidationMessage> messages = schema.compiled().validate(root);
    List<Diagnostic> out = new ArrayList<>();
    Set<String> said = new java.util.HashSet<>();
    for (ValidationMessage m : messages) {
      Diagnostic d = explain(m, root, positions);
      // One finding per value: a bad date fails both `pattern` and `format`.
      if (d != null && said.add(d.pos() + d.code())) out.add(d);
    }
    return out;
  }

  private Diagnostic explain(ValidationMessage m, JsonNode root, SourceMap positions) {
    String at = m.getInstanceLocation().toString();
    if (at.equals("/")) at = "";
    JsonNode value = root.at(at);
    Label field = Label.of(schema.title(at), dotted(at));
    switch (m.getType()) {
      case "additionalProperties": {
        String key = m.getProperty();
        String p = at + "/" + YamlTree.escape(key);
        List<String> close = Suggest.closest(key, schema.propertyNames(at), 3);
        Label hint = Label.of(String.join("、", close), String.join(", ", close));
        return Diagnostic.error("unknown-key", positions.at(p),
            Message.of(close.isEmpty() ? "load.unknownKey" : "load.unknownKey.suggest", key,
                Label.of(schema.title(at), dotted(at)), hint));
      }
      case "required": {
        String key = m.getProperty();
        String p = at + "/" + YamlTree.escape(key);
        return Diagnostic.error("required", positions.at(at),
            Message.of("load.required", key, Label.of(schema.title(p), dotted(p))));
      }
      case "type":
        return typeError(at, value, field, positions);
      case "minimum":
        return Diagnostic.error("values", positions.at(at), Message.of(
            value.isNumber() && value.decimalValue().signum() < 0 ? "load.negative" : "load.tooSmall",
            field, value.asText(), schema.at(at).path("minimum").asText()));
      case "maximum":
        return Diagnostic.error("values", positions.at(at),
            Message.of("load.tooLarge", field, value.asText(), schema.at(at).path("maximum").asText()));
      case "minItems":
      case "maxItems": {
        JsonNode s = schema.at(at);
        List<String> cols = new ArrayList<>();
        s.path("items").forEach(i -> cols.add(i.path("title").asText()));
        return Diagnostic.error("values", positions.at(at), Message.of("load.rowLength", field,
            s.path("maxItems").asInt(), value.size(), String.join("、", cols)));
      }
      case "additionalItems":
        return null; // maxItems already says the row is too long
      case "enum": {
        List<String> allowed = new ArrayList<>();
        schema.at(at).path("enum").forEach(e -> allowed.add(e.asText()));
        return Diagnostic.error("format", positions.at(at),
            Message.of("load.enum", field, value.asText(), String.join(", ", allowed)));
      }
      case "format":
        if (value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          return Diagnostic.error("format", positions.at(at), Message.of("load.badDate", value.asText()));
        }
        return Diagnostic.error("format", positions.at(at), Message.of(formatKey(at), field, value.asText()));
      case "pattern":
        return Diagnostic.error("format", positions.at(at), Message.of(formatKey(at), field, value.asText()));
      case "maxLength":
        return Diagnostic.error("format", positions.at(at),
            Message.of("load.tooLong", field, schema.at(at).path("maxLength").asInt()));
      case "minLength":
        return Diagnostic.error("required", positions.at(at), Message.of("load.empty", field));
      default:
        return Diagnostic.error("schema", positions.at(at), Message.of("load.schema", field, m.getMessage()));
    }
  }

  private Diagnostic typeError(String at, JsonNode value, Label field, SourceMap positions) {
    JsonNode s = schema.at(at);
    String expected = s == null ? "" : s.path("type").toString();
    String found = value.isTextual() ? value.asText() : value.toString();
    if (expected.contains("integer") || expected.contains("number")) {
      String fixed = NumberHint.correct(found, expected.contains("number"));
      if (fixed != null) {
        return Diagnostic.error("values", positions.at(at), Message.of("load.notNumber.hint", field, found, fixed));
      }
      String key = value.isNumber() ? "load.notWhole" : "load.notNumber";
      return Diagnostic.error("values", positions.at(at), Message.of(key, field, found));
    }
    if (expected.contains("string")) {
      return Diagnostic.error("values", positions.at(at), Message.of("load.notText", field, found));
    }
    if (expected.contains("array")) {
      return Diagnostic.error("values", positions.at(at), Message.of("load.notList", field, found));
    }
    return Diagnostic.error("values", positions.at(at), Message.of("load.notMapping", field, found));
  }

  private static String formatKey(String at) {
    if (at.endsWith("/postcode")) return "load.format.postcode";
    if (at.endsWith("/code")) return "load.format.regionCode";
    return "load.format.date";
  }

  /** {@code /table_b/new/3} → {@code table_b.new[3]}, how English messages name a field. */
  static String dotted(String pointer) {
    if (pointer.isEmpty()) return "(file)";
    StringBuilder b = new StringBuilder();
    for (String seg : pointer.substring(1).split("/", -1)) {
      if (seg.matches("[0-9]+")) b.append('[').append(seg).append(']');
      else b.append(b.length() == 0 ? "" : ".").append(seg.replace("~1", "/").replace("~0", "~"));
    }
    return b.toString();
  }
}
