package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.ARow;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.CColumn;
import org.gongkai.model.CRow;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The published schema, the model and the content files describe one format. */
class SchemaTest {
  private final ReportSchema schema = ReportSchema.load();

  @Test
  void jarCarriesTheSameSchemaEditorsUse() throws IOException {
    JsonNode published = new ObjectMapper().readTree(Files.readString(Path.of("schema/report.schema.json")));
    JsonNode shipped = new ObjectMapper().readTree(ReportSchema.class.getResourceAsStream(ReportSchema.RESOURCE));
    assertEquals(published, shipped);
  }

  @Test
  void everyRowOfTheFormIsInTheSchemaWithItsColumns() {
    for (BRow r : BRow.values()) {
      JsonNode n = schema.at(r.pointer());
      assertNotNull(n, r.pointer());
      List<String> cols = new ArrayList<>();
      n.path("items").forEach(i -> cols.add(i.path("title").asText()));
      assertEquals(List.of(BColumn.values()).stream().map(BColumn::zh).toList(), cols, r.pointer());
    }
    for (CRow r : CRow.values()) {
      List<String> cols = new ArrayList<>();
      schema.at(r.pointer()).path("items").forEach(i -> cols.add(i.path("title").asText()));
      assertEquals(List.of(CColumn.values()).stream().map(CColumn::zh).toList(), cols, r.pointer());
    }
    for (ARow r : ARow.values()) assertNotNull(schema.at(r.pointer()), r.pointer());
    assertNotNull(schema.at("/table_a/fees"));
  }

  @Test
  void everyPropertyHasAChineseTitle() {
    List<String> untitled = new ArrayList<>();
    walk(schema.at(""), "", untitled);
    assertTrue(untitled.isEmpty(), "no title: " + untitled);
  }

  private void walk(JsonNode node, String pointer, List<String> untitled) {
    node.path("properties").fields().forEachRemaining(e -> {
      String p = pointer + "/" + e.getKey();
      JsonNode child = schema.at(p);
      if (!child.has("title") || !child.get("title").asText().matches(".*\\p{IsHan}.*")) untitled.add(p);
      walk(child, p, untitled);
    });
  }

  @Test
  void everyContentFileNamesTheSchemaOnItsFirstLine() throws IOException {
    for (Path f : Fixtures.files(Fixtures.CONTENT)) {
      String first = Files.readAllLines(f).get(0);
      assertTrue(first.startsWith(Loader.SCHEMA_LINE_PREFIX), f.toString());
      Path target = f.getParent().resolve(first.substring(Loader.SCHEMA_LINE_PREFIX.length())).normalize();
      assertTrue(Files.exists(target), f + " → " + target);
    }
  }
}
