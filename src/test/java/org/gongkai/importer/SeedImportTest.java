package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The five seeds import to drafts equal to the hand-made content files, field by field as
 * {@link Drafts#compared} states, and {@code check} finds in each draft exactly what it finds in
 * the content file, waivers aside.
 */
class SeedImportTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Seed.class)
  void placesTheDraftWhereTheContentFileIs(Seed seed) {
    assertEquals(seed.content, Drafts.read(seed).path());
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void reproducesTheContentFile(Seed seed) {
    Map<String, Object> draft = Drafts.compared(Drafts.parse(Drafts.read(seed).yaml()));
    Map<String, Object> expected = Drafts.compared(Drafts.parse(seed.expected()));
    for (String key : expected.keySet()) assertEquals(expected.get(key), draft.get(key), seed + ": " + key);
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void startsWithTheSchemaLineOfItsDepth(Seed seed) {
    String first = Drafts.read(seed).yaml().lines().findFirst().orElseThrow();
    assertEquals(seed.expected().lines().findFirst().orElseThrow(), first);
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void checkFindsWhatItFindsInTheContentFileExceptWaivers(Seed seed) {
    ImportResult r = Drafts.read(seed);
    Path root = tmp.resolve("content");
    Path draft = Fixtures.write(root, r.path(), r.yaml());
    List<String> fromDraft = findings(Fixtures.check(root, draft));
    List<String> fromContent = findings(Fixtures.check(Fixtures.CONTENT, Fixtures.CONTENT.resolve(seed.content)));
    assertEquals(fromContent, fromDraft, seed.toString());
  }

  /** Severity, rule and message of each finding; waived or not, and waiver-unused, do not count. */
  private static List<String> findings(CheckResult result) {
    TreeSet<String> out = new TreeSet<>();
    for (Diagnostic d : result.diagnostics()) {
      if (d.code().equals("waiver-unused")) continue;
      out.add(d.severity().id() + "[" + d.code() + "] " + d.message().format(Lang.ZH));
    }
    return List.copyOf(out);
  }
}
