package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourcePos;
import org.gongkai.model.Report;

/**
 * Reads one report file: size limit, strict UTF-8, safe YAML, schema, then the model.
 * Problems with the file's content come back as findings with positions; only I/O failures
 * (a file that vanished, no permission) throw.
 *
 * <pre>{@code
 * Loader loader = Loader.create(ReportSchema.load());
 * LoadResult r = loader.load(Path.of("content/山东省/…/2023.yaml"), Path.of("content"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: load files from many threads with one instance.
 */
public final class Loader {
  /** A report is about 10 KB; anything past 1 MB is a mistake (or an attack), not a report. */
  public static final int MAX_BYTES = 1 << 20;

  static final String SCHEMA_FILE = "schema/report.schema.json";
  static final String SCHEMA_LINE_PREFIX = "# yaml-language-server: $schema=";

  private final SchemaCheck schemaCheck;

  private Loader(ReportSchema schema) {
    this.schemaCheck = new SchemaCheck(schema);
  }

  public static Loader create(ReportSchema schema) {
    return new Loader(schema);
  }

  /**
   * Loads {@code file}, which normally lies under {@code contentRoot}; the report's
   * {@link Report#file()} is its path relative to that root.
   */
  public LoadResult load(Path file, Path contentRoot) throws IOException {
    String shown = ContentFiles.display(file);
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      return reject(shown, Diagnostic.error("size", SourcePos.startOf(shown),
          Message.of("load.tooLarge.file", String.format("%.1f", size / 1048576.0), MAX_BYTES / 1024)));
    }
    byte[] bytes = Files.readAllBytes(file);
    TextDecoder.Decoded text = TextDecoder.decode(bytes, shown);
    if (text.problem() != null) return reject(shown, text.problem());

    YamlTree.Parsed tree = YamlTree.parse(text.text(), shown);
    if (tree.root() == null || !tree.problems().isEmpty()) return new LoadResult.Rejected(shown, tree.problems());

    List<Diagnostic> found = new ArrayList<>(schemaCheck.check(tree.root(), tree.positions()));
    if (!found.isEmpty()) return new LoadResult.Rejected(shown, found);

    Report report;
    try {
      report = ReportMapper.map(tree.root(), ContentFiles.relative(file, contentRoot));
    } catch (ReportMapper.BadDate e) {
      return reject(shown, Diagnostic.error("format", tree.positions().at(e.pointer),
          Message.of("load.badDate", tree.root().at(e.pointer).asText())));
    }
    schemaLine(text.text(), file, contentRoot, shown, found);
    return new LoadResult.Loaded(report, tree.positions(), found, sha256(bytes));
  }

  /**
   * Editors find the schema through the first line; a copied file from another depth breaks it.
   * Only files below the content root are held to it: where another folder's schema lies is not
   * known (checking a copy elsewhere used to advise a path back into this repository).
   */
  private static void schemaLine(String text, Path file, Path contentRoot, String shown, List<Diagnostic> out) {
    Path content = contentRoot.toAbsolutePath().normalize();
    Path root = content.getParent();
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (root == null || dir == null || !dir.startsWith(content)) return;
    String expected = SCHEMA_LINE_PREFIX + dir.relativize(root.resolve(SCHEMA_FILE)).toString().replace('\\', '/');
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
    if (!first.equals(expected)) {
      out.add(Diagnostic.warning("schema-line", SourcePos.startOf(shown), Message.of("load.schemaLine", expected)));
    }
  }

  /** SHA-256 of a file's bytes, hex: how the build manifest recognises an unchanged file. */
  public static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LoadResult reject(String shown, Diagnostic d) {
    return new LoadResult.Rejected(shown, List.of(d));
  }
}
