package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages import one way: each stage only the shared records ({@code model},
 * {@code diag}), reference data ({@code region}) and what this table allows. Only
 * {@code org.gongkai.Gongkai} and {@code cli} see every stage.
 */
class ArchitectureTest {
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("diag", Set.of()),
      Map.entry("region", Set.of("diag")),
      Map.entry("load", Set.of("model", "diag")),
      Map.entry("validate", Set.of("model", "diag", "region")),
      Map.entry("archive", Set.of("model", "diag")),
      Map.entry("render", Set.of("model", "diag")),
      Map.entry("index", Set.of("model", "diag")),
      Map.entry("publish", Set.of("model", "diag")),
      Map.entry("manifest", Set.of("model", "diag", "validate")),
      Map.entry("search", Set.of("index", "model", "diag")),
      Map.entry("serve", Set.of("search", "model", "diag")),
      Map.entry("importer", Set.of("model", "diag", "region")));

  private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.gongkai\\.([a-z]+)\\.");

  @Test
  void stagesImportOnlyWhatTheyMay() throws IOException {
    Path root = Path.of("src/main/java/org/gongkai");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = root.relativize(f);
        if (rel.getNameCount() < 2) continue; // org.gongkai itself wires the stages
        String pkg = rel.getName(0).toString();
        if (pkg.equals("cli")) continue;
        Set<String> allowed = ALLOWED.get(pkg);
        assertTrue(allowed != null, "package org.gongkai." + pkg + " is not in ArchitectureTest.ALLOWED");
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !allowed.contains(used)) wrong.add(rel + " imports org.gongkai." + used);
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
