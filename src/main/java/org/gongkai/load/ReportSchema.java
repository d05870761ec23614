package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code schema/report.schema.json}, compiled once: the same file editors use for completion
 * and hover is what every report is validated against. Also answers "what is this field
 * called in Chinese" for messages, from the schema's {@code title}s.
 */
public final class ReportSchema {
  static final String RESOURCE = "/org/gongkai/schema/report.schema.json";

  private final JsonNode document;
  private final JsonSchema compiled;
  private final SchemaFastPass fastPass;

  private ReportSchema(JsonNode document, JsonSchema compiled) {
    this.document = document;
    this.compiled = compiled;
    this.fastPass = SchemaFastPass.compile(document);
  }

  /** Loads the schema shipped in the jar (copied there from {@code schema/} by the build). */
  public static ReportSchema load() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      JsonNode doc = new ObjectMapper().readTree(in);
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .pathType(PathType.JSON_POINTER)
              .formatAssertionsEnabled(true)
              .build();
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(doc, config);
      schema.initializeValidators();
      return new ReportSchema(doc, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonSchema compiled() {
    return compiled;
  }

  /** What says quickly that a valid file is valid; null if the schema uses what it cannot check. */
  SchemaFastPass fastPass() {
    return fastPass;
  }

  /** The schema node that describes the value at a JSON Pointer, or null if none does. */
  JsonNode at(String pointer) {
    JsonNode node = resolve(document);
    if (pointer.isEmpty()) return node;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      JsonNode next = null;
      if (node.path("properties").has(seg)) {
        next = node.path("properties").get(seg);
      } else if (node.path("items").isArray() && seg.matches("[0-9]+")) {
        next = node.path("items").path(Integer.parseInt(seg));
        if (next.isMissingNode()) next = null;
      } else if (node.path("items").isObject()) {
        next = node.get("items");
      }
      if (next == null) return null;
      node = resolveKeepingTitle(next);
    }
    return node;
  }

  /** The Chinese title of the value at a pointer, e.g. "一、本年新收…（自然人）" for a cell. */
  String title(String pointer) {
    JsonNode here = at(pointer);
    if (here == null) return pointer;
    String own = here.path("title").asText("");
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash >= 0 ? at(pointer.substring(0, slash)) : null;
    if (parent != null && "array".equals(parent.path("type").asText()) && parent.has("title")) {
      return parent.get("title").asText() + "（" + own + "）";
    }
    return own.isEmpty() ? pointer : own;
  }

  /** The property names allowed in the object at a pointer, for "did you mean". */
  List<String> propertyNames(String pointer) {
    JsonNode here = at(pointer);
    List<String> names = new ArrayList<>();
    if (here == null) return names;
    Iterator<String> it = here.path("properties").fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  private JsonNode resolveKeepingTitle(JsonNode node) {
    if (!node.has("$ref")) return node;
    JsonNode target = resolve(node);
    if (!node.has("title")) return target;
    var copy = target.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).set("title", node.get("title"));
    return copy;
  }

  private JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) throw new IllegalStateException("only local $ref supported: " + ref);
      node = document.at(ref.substring(1));
    }
    return node;
  }
}
