package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourceMap;
import org.gongkai.diag.SourcePos;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text → a JSON tree for schema validation, plus the position of every value. Parsing
 * only composes nodes (nothing is ever constructed into Java objects, so no type in a file can
 * run code); aliases and duplicate keys are refused.
 *
 * <p>Scalars are typed more strictly than YAML 1.1 does: only plain decimal digits are numbers
 * and only {@code true}/{@code false} are booleans, so {@code 0x1F}, {@code 1_000}, {@code no}
 * or {@code １２} stay text and get a clear "not a number" finding instead of a surprise value.
 */
final class YamlTree {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?");
  static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
  /** Only reads its tables once built, so every thread shares it (building one per file showed in profiles). */
  private static final Resolver RESOLVER = new PlainResolver();

  /** The tree and positions, or the findings that stopped reading. */
  record Parsed(JsonNode root, SourceMap positions, List<Diagnostic> problems) {}

  private final String file;
  private final Map<String, SourcePos> positions = new HashMap<>(1024); // a report has some 400 values
  private final List<Diagnostic> problems = new ArrayList<>();

  private YamlTree(String file) {
    this.file = file;
  }

  static Parsed parse(String text, String file) {
    Parsed fast = YamlFastPath.parse(text, file);
    return fast != null ? fast : snakeYaml(text, file);
  }

  /** Through SnakeYAML, whatever the text: the reference {@link YamlFastPath} must agree with. */
  static Parsed snakeYaml(String text, String file) {
    return new YamlTree(file).run(text);
  }

  private Parsed run(String text) {
    Node node;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(0);
      options.setNestingDepthLimit(20);
      options.setAllowRecursiveKeys(false);
      options.setProcessComments(false);
      options.setCodePointLimit(Loader.MAX_BYTES);
      var parser = new NoAliasParser(new ParserImpl(new StreamReader(text), options));
      node = new Composer(parser, RESOLVER, options).getSingleNode();
    } catch (NoAliasParser.AliasFound e) {
      return fail(Diagnostic.error("yaml", pos(e.mark), Message.of("load.yaml.alias")));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      YamlProblems.Explained why = YamlProblems.explain(e, text);
      SourcePos at = m == null ? SourcePos.startOf(file)
          : why.line() == m.getLine() ? pos(m) : new SourcePos(file, why.line() + 1, 1);
      return fail(Diagnostic.error("yaml", at, why.message()));
    } catch (YAMLException e) {
      return fail(Diagnostic.error("yaml", SourcePos.startOf(file), Message.of("load.yaml.syntax", e.getMessage())));
    }
    if (node == null) {
      return fail(Diagnostic.error("yaml", SourcePos.startOf(file), Message.of("load.yaml.empty")));
    }
    if (!(node instanceof MappingNode)) {
      return fail(Diagnostic.error("yaml", pos(node.getStartMark()), Message.of("load.yaml.notMapping")));
    }
    positions.put("", SourcePos.startOf(file));
    JsonNode root = convert(node, "");
    return new Parsed(root, new SourceMap(file, positions), List.copyOf(problems));
  }

  private Parsed fail(Diagnostic d) {
    return new Parsed(null, new SourceMap(file, Map.of()), List.of(d));
  }

  private JsonNode convert(Node node, String pointer) {
    if (node instanceof MappingNode map) return mapping(map, pointer);
    if (node instanceof SequenceNode seq) {
      ArrayNode out = JSON.arrayNode();
      List<Node> items = seq.getValue();
      for (int i = 0; i < items.size(); i++) {
        String p = pointer + "/" + i;
        positions.put(p, pos(items.get(i).getStartMark()));
        out.add(convert(items.get(i), p));
      }
      return out;
    }
    return scalar((ScalarNode) node);
  }

  private ObjectNode mapping(MappingNode map, String pointer) {
    ObjectNode out = JSON.objectNode();
    Map<String, Node> seen = new HashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(Diagnostic.error("yaml", pos(t.getKeyNode().getStartMark()), Message.of("load.yaml.complexKey")));
        continue;
      }
      String key = keyNode.getValue();
      Node first = seen.putIfAbsent(key, keyNode);
      if (first != null) {
        problems.add(Diagnostic.error("duplicate-key", pos(keyNode.getStartMark()),
            Message.of("load.duplicateKey", key, first.getStartMark().getLine() + 1)));
        continue;
      }
      String p = pointer + "/" + escape(key);
      Node value = t.getValueNode();
      // Point block collections at their key: their value starts on the next line.
      boolean block = !(value instanceof ScalarNode) && value.getStartMark().getLine() != keyNode.getStartMark().getLine();
      positions.put(p, pos((block ? keyNode : value).getStartMark()));
      out.set(key, convert(value, p));
    }
    return out;
  }

  private JsonNode scalar(ScalarNode s) {
    String v = s.getValue();
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) return JSON.nullNode();
    if (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && tag.equals(Tag.STR)) return plain(v);
    if (!tag.equals(Tag.STR) && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)
        && !tag.equals(Tag.BOOL) && !tag.equals(Tag.TIMESTAMP)) {
      problems.add(Diagnostic.error("yaml", pos(s.getStartMark()), Message.of("load.yaml.tag", tag.getValue())));
    }
    return JSON.textNode(v);
  }

  /**
   * A plain scalar's value: the plain resolver left every one as text; only the few forms a
   * report uses are typed.
   */
  static JsonNode plain(String v) {
    if (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) return JSON.nullNode();
    if (isInteger(v)) {
      // A long where one fits (the same number to the schema and the mapper), without BigInteger's parse.
      return v.length() <= 18 ? JSON.numberNode(Long.parseLong(v)) : JSON.numberNode(new BigInteger(v));
    }
    // only a decimal has a point: dates and names skip the expression
    if (v.indexOf('.') >= 0 && DECIMAL.matcher(v).matches()) return JSON.numberNode(new BigDecimal(v));
    if (v.equals("true") || v.equals("false")) return JSON.booleanNode(v.equals("true"));
    return JSON.textNode(v);
  }

  /** {@code [-+]?[0-9]+}, without a regular expression: it runs for every number of every file. */
  static boolean isInteger(String v) {
    int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
    if (i >= v.length()) return false;
    for (; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  /**
   * Resolves every plain scalar to text. SnakeYAML's own resolver tries a regular expression per
   * scalar to guess YAML 1.1 types we would reject anyway ({@code no}, {@code 0x1F}, {@code 1_000});
   * {@link #scalar} types the few forms a report uses.
   */
  private static final class PlainResolver extends Resolver {
    @Override
    public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
      if (kind == org.yaml.snakeyaml.nodes.NodeId.scalar && implicit) return Tag.STR;
      return super.resolve(kind, value, implicit);
    }
  }

  private SourcePos pos(Mark m) {
    // SnakeYAML marks are 0-based; this is the one place that adds 1.
    return new SourcePos(file, m.getLine() + 1, m.getColumn() + 1);
  }

  /** JSON Pointer escaping (RFC 6901) of one key. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
