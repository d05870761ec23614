package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick pass over valid files never changes what a file is told: whatever it lets through,
 * the schema's validator finds nothing in, and every valid file gets through it.
 */
class SchemaFastPassTest {
  private static final ReportSchema SCHEMA = ReportSchema.load();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TempDir Path root;

  @Test
  void theReportSchemaCompilesToAPass() {
    assertNotNull(SCHEMA.fastPass(), "every file would go to the general validator");
  }

  @Test
  void validReportsPassIt() throws IOException {
    List<JsonNode> trees = new ArrayList<>();
    for (String seed : List.of(Fixtures.JINDOUYING, Fixtures.BALIYING, Fixtures.ANGSU, Fixtures.QUANTANG,
        Fixtures.ANLIANG)) {
      trees.add(tree(Fixtures.seed(seed)));
    }
    CorpusGenerator.generate(new CorpusGenerator.Options(60, root, CorpusGenerator.DEFAULT_SEED, 0));
    try (var files = Files.walk(root)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) trees.add(tree(Files.readString(f)));
    }
    assertTrue(trees.size() >= 65, "trees: " + trees.size());
    for (JsonNode t : trees) {
      assertEquals(java.util.Set.of(), SCHEMA.compiled().validate(t));
      assertTrue(SCHEMA.fastPass().passes(t), t.path("organ").toString());
    }
  }

  /**
   * Every value of two seeds replaced by wrong and right values of every kind, every key removed,
   * an unknown one added beside it, every list made longer and shorter: what the validator finds
   * fault with, the pass never lets through.
   */
  @Test
  void neverPassesWhatTheValidatorFindsFaultWith() {
    int faulty = 0;
    int passed = 0;
    for (String seed : List.of(Fixtures.JINDOUYING, Fixtures.BALIYING)) {
      JsonNode valid = tree(Fixtures.seed(seed));
      for (String pointer : pointers(valid, "")) {
        for (Consumer<JsonNode> change : changes(pointer)) {
          JsonNode t = valid.deepCopy();
          change.accept(t);
          boolean fault = !SCHEMA.compiled().validate(t).isEmpty();
          boolean pass = SCHEMA.fastPass().passes(t);
          if (fault) {
            faulty++;
            assertFalse(pass, () -> "passed, though the validator finds fault: " + pointer + " changed in " + seed);
          } else if (pass) {
            passed++;
          }
        }
      }
    }
    assertTrue(faulty > 5_000, "changes found faulty: " + faulty);
    assertTrue(passed > 1_000, "changes still valid that pass: " + passed);
  }

  @Test
  void aSchemaWithAKeywordItDoesNotCheckCompilesToNothing() throws IOException {
    ObjectMapper json = new ObjectMapper();
    assertNull(SchemaFastPass.compile(json.readTree("{\"type\":\"object\",\"patternProperties\":{\"^x\":{}}}")));
    assertNull(SchemaFastPass.compile(json.readTree("{\"type\":\"string\",\"format\":\"email\"}")));
    assertNull(SchemaFastPass.compile(json.readTree("{\"$ref\":\"#/definitions/a\",\"minimum\":1,\"definitions\":{\"a\":{}}}")));
    assertNull(SchemaFastPass.compile(json.readTree("{\"$ref\":\"#/definitions/a\",\"definitions\":{\"a\":{\"$ref\":\"#/definitions/a\"}}}")));
    assertNotNull(SchemaFastPass.compile(json.readTree("{\"type\":\"integer\",\"minimum\":0,\"title\":\"件数\"}")));
  }

  private static JsonNode tree(String yaml) {
    YamlTree.Parsed p = YamlTree.parse(yaml, "test.yaml");
    assertTrue(p.problems().isEmpty(), p.problems().toString());
    return p.root();
  }

  /** Every value's pointer below {@code node}, containers before what they hold. */
  private static List<String> pointers(JsonNode node, String at) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> {
        String p = at + "/" + k;
        out.add(p);
        out.addAll(pointers(node.get(k), p));
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(at + "/" + i);
        out.addAll(pointers(node.get(i), at + "/" + i));
      }
    }
    return out;
  }

  private static final List<JsonNode> VALUES = List.of(
      IntNode.valueOf(-1), IntNode.valueOf(0), IntNode.valueOf(7), IntNode.valueOf(2023), LongNode.valueOf(1_000_000_000_000L),
      BigIntegerNode.valueOf(BigInteger.TWO.pow(70)), DoubleNode.valueOf(1.5), DoubleNode.valueOf(2.0),
      DoubleNode.valueOf(-0.5), DecimalNode.valueOf(new BigDecimal("3")), TextNode.valueOf(""), TextNode.valueOf("x"),
      TextNode.valueOf("12"), TextNode.valueOf("2024-01-12"), TextNode.valueOf("2023-02-30"), TextNode.valueOf("2023-13-01"),
      TextNode.valueOf("24-01-12"), TextNode.valueOf("township"), TextNode.valueOf("410526"), TextNode.valueOf("4105261"),
      TextNode.valueOf("𠀀".repeat(150)), TextNode.valueOf("长".repeat(301)), NullNode.getInstance(), BooleanNode.TRUE,
      NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(0).add(0).add(0).add(0).add(0).add(0).add(0));

  /** The ways the value at {@code pointer} is changed. */
  private static List<Consumer<JsonNode>> changes(String pointer) {
    int cut = pointer.lastIndexOf('/');
    String parent = pointer.substring(0, cut);
    String key = pointer.substring(cut + 1);
    List<Consumer<JsonNode>> out = new ArrayList<>();
    for (JsonNode v : VALUES) out.add(t -> set(container(t, parent), key, v.deepCopy()));
    out.add(t -> {
      ContainerNode<?> c = container(t, parent);
      if (c instanceof ObjectNode o) o.remove(key);
      else ((ArrayNode) c).remove(Integer.parseInt(key));
    });
    out.add(t -> {
      ContainerNode<?> c = container(t, parent);
      if (c instanceof ObjectNode o) o.put(key + "_x", 1);
      else ((ArrayNode) c).add(0);
    });
    return out;
  }

  private static ContainerNode<?> container(JsonNode t, String pointer) {
    return (ContainerNode<?>) (pointer.isEmpty() ? t : t.at(pointer));
  }

  private static void set(ContainerNode<?> c, String key, JsonNode v) {
    if (c instanceof ObjectNode o) o.set(key, v);
    else ((ArrayNode) c).set(Integer.parseInt(key), v);
  }
}
