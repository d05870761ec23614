package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says, for the files nearly every build reads — valid ones — that a tree breaks nothing in the
 * report schema, without the general validator: that one compares every number through a
 * {@link BigDecimal} and walks its keyword objects for each of a report's 300 values, about a
 * fifth of loading a report. Only "valid" is ever answered here; anything else (a file with a
 * finding, or a value this class is not sure of, such as a fraction where the schema wants a
 * whole number) goes to the general validator, which words the findings — so the findings are
 * the same whether or not this pass ran ({@code SchemaFastPassTest} mutates every value of the
 * seeds to hold it to that).
 *
 * <p>Compiled from the same schema document; a schema using a keyword not understood here
 * compiles to null, and every file then goes to the general validator.
 */
final class SchemaFastPass {
  /** Keywords that only describe (or hold definitions reached through {@code $ref}). */
  private static final Set<String> NOTES =
      Set.of("title", "description", "$schema", "$id", "$comment", "definitions", "enumDescriptions", "default",
          "examples");
  private static final Set<String> CHECKED =
      Set.of("type", "properties", "additionalProperties", "required", "items", "additionalItems", "minItems",
          "maxItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "enum", "$ref");

  private final Rule root;

  private SchemaFastPass(Rule root) {
    this.root = root;
  }

  /** The pass for a schema document, or null if the schema uses what this class does not check. */
  static SchemaFastPass compile(JsonNode schema) {
    try {
      return new SchemaFastPass(new Compiler(schema).rule(schema));
    } catch (Unsupported e) {
      return null;
    }
  }

  /** True only if the schema's validator would find nothing wrong with {@code tree}. */
  boolean passes(JsonNode tree) {
    return root.passes(tree);
  }

  /** A keyword this class does not check, met while compiling. */
  private static final class Unsupported extends Exception {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** One schema object, compiled. Null fields: that keyword is absent. */
  private static final class Rule {
    Set<String> types; // of "object", "array", "string", "integer", "number", "boolean", "null"
    Map<String, Rule> properties;
    Boolean closed; // additionalProperties: false
    Rule extraProperties; // additionalProperties: {schema}
    List<String> required;
    Rule items; // items: {schema}
    List<Rule> tuple; // items: [schemas]
    Boolean tupleClosed; // additionalItems: false
    Rule extraItems; // additionalItems: {schema}
    Integer minItems;
    Integer maxItems;
    BigDecimal minimum;
    BigDecimal maximum;
    Integer minLength;
    Integer maxLength;
    Pattern pattern;
    boolean date; // format: date
    List<JsonNode> allowed; // enum

    boolean passes(JsonNode v) {
      if (v.isObject()) return is("object") && object(v);
      if (v.isArray()) return is("array") && array(v);
      if (v.isTextual()) return is("string") && string(v.textValue());
      if (v.isIntegralNumber()) return (is("integer") || is("number")) && number(v);
      // A fraction is a "number" but, to the validator, perhaps an "integer" too (1.0): decided there.
      if (v.isFloatingPointNumber()) return types != null && types.contains("number") && number(v);
      if (v.isBoolean()) return is("boolean") && listed(v);
      if (v.isNull()) return is("null") && listed(v);
      return false;
    }

    private boolean is(String type) {
      return types == null || types.contains(type);
    }

    private boolean listed(JsonNode v) {
      return allowed == null || allowed.contains(v);
    }

    private boolean object(JsonNode v) {
      if (allowed != null) return false;
      if (required != null) {
        for (String key : required) if (!v.has(key)) return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Rule rule = properties == null ? null : properties.get(field.getKey());
        if (rule == null) {
          if (closed != null) return false;
          rule = extraProperties;
        }
        if (rule != null && !rule.passes(field.getValue())) return false;
      }
      return true;
    }

    private boolean array(JsonNode v) {
      if (allowed != null) return false;
      int n = v.size();
      if (minItems != null && n < minItems || maxItems != null && n > maxItems) return false;
      for (int i = 0; i < n; i++) {
        Rule rule;
        if (tuple != null) {
          if (i < tuple.size()) {
            rule = tuple.get(i);
          } else {
            if (tupleClosed != null) return false;
            rule = extraItems;
          }
        } else {
          rule = items;
        }
        if (rule != null && !rule.passes(v.get(i))) return false;
      }
      return true;
    }

    private boolean string(String s) {
      if (allowed != null && !allowed.contains(com.fasterxml.jackson.databind.node.TextNode.valueOf(s))) return false;
      // Whether a length counts characters or UTF-16 units, both must fit.
      int units = s.length();
      int chars = s.codePointCount(0, units);
      if (minLength != null && Math.min(units, chars) < minLength) return false;
      if (maxLength != null && Math.max(units, chars) > maxLength) return false;
      if (pattern != null && !pattern.matcher(s).find()) return false;
      return !date || isDate(s);
    }

    private boolean number(JsonNode v) {
      if (allowed != null) return false;
      if (minimum == null && maximum == null) return true;
      if (v.canConvertToLong() && v.isIntegralNumber()) {
        long x = v.longValue();
        return (minimum == null || x >= minimum.longValue()) && (maximum == null || x <= maximum.longValue());
      }
      BigDecimal x = v.decimalValue();
      return (minimum == null || x.compareTo(minimum) >= 0) && (maximum == null || x.compareTo(maximum) <= 0);
    }

    private static boolean isDate(String s) {
      if (s.length() != 10) return false;
      try {
        LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  /** Compiles schema objects into rules, each {@code $ref} target once. */
  private static final class Compiler {
    private final JsonNode document;
    private final Map<String, Rule> refs = new HashMap<>();
    private final Set<String> compiling = new HashSet<>();

    Compiler(JsonNode document) {
      this.document = document;
    }

    Rule rule(JsonNode s) throws Unsupported {
      if (!s.isObject()) throw new Unsupported("a schema that is not an object: " + s);
      if (s.has("$ref")) return ref(s);
      Rule r = new Rule();
      for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!NOTES.contains(key) && !CHECKED.contains(key)) throw new Unsupported(key);
      }
      JsonNode type = s.get("type");
      if (type != null) {
        r.types = new HashSet<>();
        if (type.isTextual()) r.types.add(type.textValue());
        else for (JsonNode t : type) r.types.add(t.textValue());
      }
      if (s.has("properties")) {
        r.properties = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> p = it.next();
          r.properties.put(p.getKey(), rule(p.getValue()));
        }
      }
      JsonNode extra = s.get("additionalProperties");
      if (extra != null) {
        if (extra.isBoolean()) {
          if (!extra.booleanValue()) r.closed = true;
        } else {
          r.extraProperties = rule(extra);
        }
      }
      if (s.has("required")) {
        r.required = new ArrayList<>();
        for (JsonNode k : s.get("required")) r.required.add(k.textValue());
      }
      JsonNode items = s.get("items");
      if (items != null) {
        if (items.isArray()) {
          r.tuple = new ArrayList<>();
          for (JsonNode i : items) r.tuple.add(rule(i));
        } else {
          r.items = rule(items);
        }
      }
      JsonNode extraItems = s.get("additionalItems");
      if (extraItems != null && r.tuple != null) { // ignored beside a single items schema
        if (extraItems.isBoolean()) {
          if (!extraItems.booleanValue()) r.tupleClosed = true;
        } else {
          r.extraItems = rule(extraItems);
        }
      }
      r.minItems = count(s, "minItems");
      r.maxItems = count(s, "maxItems");
      r.minLength = count(s, "minLength");
      r.maxLength = count(s, "maxLength");
      r.minimum = bound(s, "minimum");
      r.maximum = bound(s, "maximum");
      if (s.has("pattern")) r.pattern = Pattern.compile(s.get("pattern").textValue());
      if (s.has("format")) {
        if (!"date".equals(s.get("format").textValue())) throw new Unsupported("format " + s.get("format"));
        r.date = true;
      }
      if (s.has("enum")) {
        r.allowed = new ArrayList<>();
        s.get("enum").forEach(r.allowed::add);
      }
      return r;
    }

    /** A {@code $ref} to this document, beside which only notes may stand (draft 7 ignores the rest). */
    private Rule ref(JsonNode s) throws Unsupported {
      for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!key.equals("$ref") && !NOTES.contains(key)) throw new Unsupported(key + " beside $ref");
      }
      String ref = s.get("$ref").textValue();
      if (ref == null || !ref.startsWith("#/")) throw new Unsupported("$ref " + ref);
      Rule known = refs.get(ref);
      if (known != null) return known;
      JsonNode target = document.at(ref.substring(1));
      if (target.isMissingNode() || !compiling.add(ref)) throw new Unsupported("$ref " + ref + " (missing or recursive)");
      Rule r = rule(target);
      compiling.remove(ref);
      refs.put(ref, r);
      return r;
    }

    private static Integer count(JsonNode s, String key) throws Unsupported {
      JsonNode n = s.get(key);
      if (n == null) return null;
      if (!n.canConvertToInt() || !n.isIntegralNumber()) throw new Unsupported(key + " " + n);
      return n.intValue();
    }

    private static BigDecimal bound(JsonNode s, String key) throws Unsupported {
      JsonNode n = s.get(key);
      if (n == null) return null;
      if (!n.isIntegralNumber() || !n.canConvertToLong()) throw new Unsupported(key + " " + n); // whole bounds only
      return n.decimalValue();
    }
  }
}
