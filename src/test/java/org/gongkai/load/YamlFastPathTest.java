package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.importer.Importer;
import org.gongkai.region.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path reads a file only when it reads it exactly as SnakeYAML does — same tree, same
 * position for every value, no finding — and it does read the files Gongkai itself writes.
 */
class YamlFastPathTest {
  private static final Path CONTENT = Path.of("content");

  /** Asserts that the fast path, if it takes {@code text}, agrees with SnakeYAML; says whether it took it. */
  private static boolean agrees(String text, String what) {
    YamlTree.Parsed fast = YamlFastPath.parse(text, "f.yaml");
    if (fast == null) return false;
    YamlTree.Parsed slow = YamlTree.snakeYaml(text, "f.yaml");
    assertEquals(List.of(), slow.problems(), () -> "fast path took what SnakeYAML rejects: " + what + "\n" + text);
    assertEquals(slow.root(), fast.root(), () -> "different trees: " + what + "\n" + text);
    assertEquals(slow.positions(), fast.positions(), () -> "different positions: " + what + "\n" + text);
    return true;
  }

  private static List<String> seeds() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CONTENT)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    assertEquals(5, texts.size());
    return texts;
  }

  @Test
  void readsEverySeedAsSnakeYamlDoes() throws IOException {
    // the seeds hold waivers and members: block sequences of mappings and of scalars
    for (String text : seeds()) assertTrue(agrees(text, "a seed"), "the fast path should read every seed");
  }

  @Test
  void readsWindowsLineEndsAsSnakeYamlDoes() throws IOException {
    // a maintainer on Windows (git's autocrlf) has CR LF in every file; literal blocks keep "\n"
    for (String text : seeds()) assertTrue(agrees(text.replace("\n", "\r\n"), "a seed with CR LF"));
    assertTrue(agrees("a: |\r\n  one\r\n\r\n  two  \r\nb: [1, 2]\r\nc: x \r\n", "CR LF"));
  }

  @Test
  void readsEveryGeneratedReportAsSnakeYamlDoes(@TempDir Path tmp) throws IOException {
    CorpusGenerator.Result r = CorpusGenerator.generate(new CorpusGenerator.Options(300, tmp, 11, 0));
    int read = 0;
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        assertTrue(agrees(Files.readString(f), f.toString()), "the fast path should read " + f);
        read++;
      }
    }
    assertEquals(r.reports(), read);
  }

  @Test
  void readsImportedDraftsAsSnakeYamlDoes() throws IOException {
    Importer importer = Importer.builder().divisions(Divisions.load()).build();
    Path dir = Path.of("src/test/resources/org/gongkai/importer/seeds");
    int read = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String yaml = importer.read(Files.readAllBytes(f), f.getFileName().toString()).yaml();
        if (agrees(yaml, "the draft of " + f)) read++;
      }
    }
    assertEquals(5, read, "the fast path should read every draft the importer writes from the seeds");
  }

  @Test
  void agreesWithSnakeYamlOnMutatedReports(@TempDir Path tmp) throws IOException {
    List<String> bases = new ArrayList<>(seeds());
    CorpusGenerator.generate(new CorpusGenerator.Options(10, tmp, 3, 0));
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().limit(5).toList()) {
        bases.add(Files.readString(f));
      }
    }
    bases.add(bases.get(0).replace("\n", "\r\n"));
    bases.add(bases.get(bases.size() - 2).replace("\n", "\r\n"));
    // characters that change what YAML means, and some that do not
    String alphabet = " \n\n\n  :-#|>[]{},'\"\\&*!%@`?~\t\r01x政\u00a0\u3000\uD840\uDC00";
    Random rng = new Random(20261124);
    int taken = 0;
    int mutants = Integer.getInteger("gongkai.mutants", 6000);
    for (int m = 0; m < mutants; m++) {
      StringBuilder s = new StringBuilder(bases.get(rng.nextInt(bases.size())));
      int edits = 1 + rng.nextInt(3);
      for (int e = 0; e < edits; e++) mutate(s, rng, alphabet);
      if (agrees(s.toString(), "mutant " + m)) taken++;
    }
    // most single edits leave a readable report: the fast path must take many, and agree on all
    System.out.println("fast path took " + taken + " of " + mutants + " mutants");
    assertTrue(taken > mutants / 4, "the fast path took only " + taken + " of " + mutants);
  }

  /** One random edit: a character inserted, deleted or replaced, a line's indent changed, a line doubled or dropped. */
  private static void mutate(StringBuilder s, Random rng, String alphabet) {
    int at = rng.nextInt(s.length() + 1);
    int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
    int lineEnd = s.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = s.length();
    switch (rng.nextInt(7)) {
      case 0, 1 -> {
        int c = rng.nextInt(alphabet.length());
        String ch = Character.isHighSurrogate(alphabet.charAt(c)) ? alphabet.substring(c, c + 2)
            : Character.isLowSurrogate(alphabet.charAt(c)) ? "x" : String.valueOf(alphabet.charAt(c));
        s.insert(at, ch);
      }
      case 2 -> {
        if (at < s.length()) s.deleteCharAt(at);
      }
      case 3 -> {
        if (at < s.length()) s.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
      }
      case 4 -> s.insert(lineStart, rng.nextBoolean() ? " " : "  ");
      case 5 -> {
        if (lineStart < s.length() && s.charAt(lineStart) == ' ') s.deleteCharAt(lineStart);
      }
      default -> {
        String line = s.substring(lineStart, Math.min(s.length(), lineEnd + 1));
        if (rng.nextBoolean()) s.insert(lineStart, line);
        else s.delete(lineStart, Math.min(s.length(), lineEnd + 1));
      }
    }
  }

  @Test
  void literalBlocksKeepWhatSnakeYamlKeeps() {
    String[] texts = {
      "a: |\n  one\n  two\n",
      "a: |\n  one\n\n  two\n\n\nb: 1\n",
      "a: |-\n  one\n  two\n\n",
      "a: |+\n  one\n  two\n\n\n",
      "a: |   # a comment\n  one\n    indented\n  # not a comment\n",
      "a: |\n  one\n      \n  two\n",
      "a: |\n  one",
      "a: |\n",
      "a: |",
      "a: |\nb: 1\n",
      "m:\n  a: |\n    one\n  b: 2\n",
      "a: |\n  one\n # comment\nb: 1\n",
      "a: |\n  有\uD840\uDC00字\n",
    };
    for (String text : texts) assertTrue(agrees(text, text), () -> "the fast path should read " + text);
  }

  @Test
  void positionsCountCodePointsAndPointEmptyValuesAfterTheColon() {
    String text = "a: \uD840\uDC00x\nb: [\uD840\uDC00, 2]\nc:\nd: {e: 1}\n";
    YamlTree.Parsed fast = YamlFastPath.parse(text, "f.yaml");
    assertNotNull(fast);
    assertTrue(agrees(text, text));
    assertEquals(2, fast.positions().at("/b/1").line());
    assertEquals(8, fast.positions().at("/b/1").column()); // the pair is one column, as SnakeYAML counts
    assertEquals(3, fast.positions().at("/c").column()); // an empty value: just after the colon
  }

  @Test
  void sequencesAndNestingReadAsSnakeYamlReadsThem() {
    String[] texts = {
      "w:\n- rule: a\n  reason: b\n- rule: c\nx: 1\n",
      "w:\n  - rule: a\n    reason: b\n  - 二\nx: 1\n",
      "w:\n  - [1, 2]\n  - {a: 1}\n  - \"q\"\n  - 'it''s'\n",
      "a:\n  b:\n    c: 1\n  d: ~\ne: null\n",
      "a: 1 # c\nb: '#'\nc: x#y\nd: -1\ne: 1.50\nf: true\ng: 2024-01-02\nh: \"350428\"\n",
      "# first\n\na: 1\n  # indented comment\nb: []\n",
    };
    for (String text : texts) assertTrue(agrees(text, text), () -> "the fast path should read " + text);
  }

  @Test
  void leavesEverythingElseToSnakeYaml() {
    String[] texts = {
      "a: 1\na: 2\n", // duplicate key: SnakeYAML's path reports it
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: >\n  folded\n",
      "a: one\n  two\n", // a plain scalar over two lines
      "a: \"one\n  two\"\n",
      "a: \"esc\\n\"\n",
      "a:\tb\n",
      "a: 1\rb: 2\n", // a CR alone is a line break to SnakeYAML
      "---\na: 1\n",
      "  a: 1\n",
      "a: b: c\n",
      "a: [1,\n  2]\n",
      "\"a\": 1\n",
      "- a\n",
      "",
      "# only a comment\n",
      "a: |2\n  x\n",
    };
    for (String text : texts) {
      assertNull(YamlFastPath.parse(text, "f.yaml"), () -> "the fast path should leave to SnakeYAML: " + text);
    }
  }

  @Test
  void loadingAReportGivesTheSameFindingsEitherWay() throws IOException {
    // a finding's position comes from the tree's positions: one seed with an error, read both ways
    String text = seeds().get(0).replaceFirst("\nyear: (\\d+)", "\nyear: 二〇二三");
    YamlTree.Parsed fast = YamlFastPath.parse(text, "f.yaml");
    assertNotNull(fast);
    ReportSchema schema = ReportSchema.load();
    var check = new SchemaCheck(schema);
    YamlTree.Parsed slow = YamlTree.snakeYaml(text, "f.yaml");
    assertEquals(check.check(slow.root(), slow.positions()), check.check(fast.root(), fast.positions()));
    assertTrue(!check.check(fast.root(), fast.positions()).isEmpty());
  }
}
