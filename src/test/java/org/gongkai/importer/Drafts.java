package org.gongkai.importer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.region.Divisions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Importing for tests, and reading drafts and content files back as plain YAML structures. */
final class Drafts {
  // Loading the division list parses 45,000 lines; the list is immutable, so tests share one.
  private static final Divisions DIVISIONS = Divisions.load();

  private Drafts() {}

  static Importer importer() {
    return Importer.builder().divisions(DIVISIONS).build();
  }

  static Divisions divisions() {
    return DIVISIONS;
  }

  static ImportResult read(Seed seed) {
    return importer().read(seed.bytes(), seed.file);
  }

  static ImportResult read(String text, String name) {
    return importer().read(text.getBytes(StandardCharsets.UTF_8), name);
  }

  /** The YAML as maps, lists and scalars, with SnakeYAML's SafeConstructor (no Java objects). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String yaml) {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return (Map<String, Object>) root;
  }

  /**
   * What an import is held to: every field of the report except those a maintainer writes by
   * judgement. Compared: organ (name, kind), region.path, region.code, whether region.note is
   * present, year, title, published, period, intro, overview, problems, other_matters (each
   * prose string exactly, paragraph for paragraph), table_a, table_b, table_c (every row, value
   * for value, missing rows and ~ cells included), signature, contact, source.file. Not
   * compared: waivers, source.note, the wording of region.note, and comments.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> compared(Map<String, Object> report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("organ", report.get("organ"));
    Map<String, Object> region = (Map<String, Object>) report.get("region");
    out.put("region.path", region == null ? null : region.get("path"));
    out.put("region.code", region == null ? null : region.get("code"));
    out.put("region.note present", region != null && region.containsKey("note"));
    for (String key : List.of("year", "title", "published", "period", "intro", "overview", "problems", "other_matters",
        "table_a", "table_b", "table_c", "signature", "contact")) {
      out.put(key, report.get(key));
    }
    Map<String, Object> source = (Map<String, Object>) report.get("source");
    out.put("source.file", source == null ? null : source.get("file"));
    return out;
  }

  /** Only the three tables. */
  static Map<String, Object> tables(Map<String, Object> report) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : List.of("table_a", "table_b", "table_c")) out.put(key, report.get(key));
    return out;
  }

  /** The notes of one kind concerning a field (or anything below it). */
  static List<Note> notes(ImportResult r, Note.Kind kind, String field) {
    return r.notes().stream().filter(n -> n.kind() == kind && n.field().startsWith(field)).toList();
  }

  static boolean hasNote(ImportResult r, Note.Kind kind, String field, String key) {
    return notes(r, kind, field).stream().anyMatch(n -> n.message().key().equals(key));
  }
}
