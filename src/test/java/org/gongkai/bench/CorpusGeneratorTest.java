package org.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongkai.CheckResult;
import org.gongkai.Gongkai;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is valid, its violations are exactly the ones asked for, and it is reproducible. */
class CorpusGeneratorTest {
  private static final int N = 200;

  private static CheckResult check(Path out) throws Exception {
    Path root = out.resolve("content");
    return Gongkai.builder().contentRoot(root).build().check(List.of(root));
  }

  private static String show(CheckResult r) {
    return r.diagnostics().stream().limit(20).map(d -> d.format(Lang.EN)).collect(Collectors.joining("\n"));
  }

  @Test
  void generatedReportsCheckWithoutAnyFinding(@TempDir Path out) throws Exception {
    CorpusGenerator.Result g = CorpusGenerator.generate(new CorpusGenerator.Options(N, out, 7, 0));
    assertEquals(N, g.reports());
    assertTrue(Files.isRegularFile(out.resolve("schema/report.schema.json")));

    CheckResult r = check(out);
    assertEquals(N, r.files());
    assertTrue(r.diagnostics().isEmpty(), () -> "expected no findings, got:\n" + show(r));
  }

  @Test
  void violationsGiveExactlyThatManyErrorsInDistinctFiles(@TempDir Path out) throws Exception {
    CorpusGenerator.Result g = CorpusGenerator.generate(new CorpusGenerator.Options(N, out, 7, 5));
    assertEquals(5, g.violations().size());

    CheckResult r = check(out);
    assertEquals(5, r.errors(), () -> show(r));
    assertEquals(0, r.warnings(), () -> show(r));
    Set<String> files = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    for (Diagnostic d : r.diagnostics()) {
      if (!d.blocking()) continue;
      files.add(d.pos().file());
      rules.add(d.code());
    }
    assertEquals(5, files.size(), () -> show(r));
    // the files the generator names are the files the check blames, each for the rule it names
    for (Map.Entry<String, String> v : g.violations().entrySet()) {
      assertTrue(files.stream().anyMatch(f -> f.endsWith(v.getKey())), () -> v + " not among " + files);
    }
    assertEquals(new TreeSet<>(g.violations().values()), rules);
  }

  @Test
  void sameSeedGivesIdenticalFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    CorpusGenerator.generate(new CorpusGenerator.Options(N, a, 42, 3));
    CorpusGenerator.generate(new CorpusGenerator.Options(N, b, 42, 3));
    Map<String, byte[]> first = CorpusGenerator.snapshot(a);
    Map<String, byte[]> second = CorpusGenerator.snapshot(b);
    assertEquals(first.keySet(), second.keySet());
    for (String f : first.keySet()) assertArrayEquals(first.get(f), second.get(f), f);
  }

  @Test
  void smallerCorpusIsAPrefixOfALargerOne(@TempDir Path small, @TempDir Path large) throws Exception {
    CorpusGenerator.Result s = CorpusGenerator.generate(new CorpusGenerator.Options(60, small, 42, 0));
    CorpusGenerator.Result l = CorpusGenerator.generate(new CorpusGenerator.Options(N, large, 42, 0));
    assertEquals(s.files(), l.files().subList(0, 60));
    for (String f : s.files()) {
      assertArrayEquals(Files.readAllBytes(small.resolve("content").resolve(f)),
          Files.readAllBytes(large.resolve("content").resolve(f)), f);
    }
  }
}
