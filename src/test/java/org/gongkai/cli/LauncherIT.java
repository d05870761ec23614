package org.gongkai.cli;

import static org.gongkai.testing.Fixtures.JINDOUYING;
import static org.gongkai.testing.Fixtures.copyAllSeeds;
import static org.gongkai.testing.Fixtures.replaceLine;
import static org.gongkai.testing.Fixtures.seed;
import static org.gongkai.testing.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code ./gongkai}, as a user runs it once {@code package} has made the jar (run
 * by Failsafe in {@code verify}): a command's first run leaves a class-data-sharing archive, the
 * next run maps its classes from it, another jar's archive is made again, and none of it shows
 * in what the commands print.
 */
class LauncherIT {
  private static final Path REPO = Path.of("").toAbsolutePath(); // Maven runs tests in the project
  private static final Path TARGET = REPO.resolve("target");

  @TempDir Path root;
  private Path content;
  private Path site;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void freshArchives() throws IOException {
    try (Stream<Path> s = Files.list(TARGET)) {
      for (Path f : s.filter(f -> f.getFileName().toString().contains(".jsa")).toList()) Files.delete(f);
    }
    content = root.resolve("content");
    site = root.resolve("site");
    copyAllSeeds(content);
  }

  @Test
  void aBuildLeavesAClassArchiveThatTheNextBuildMaps() throws Exception {
    Run first = run(Map.of(), "build", "--content", content.toString(), "-o", site.toString());
    assertEquals(0, first.code(), first.out() + first.err());
    assertTrue(first.out().contains("已生成 " + site), first.out());
    Path jsa = TARGET.resolve("gongkai-build.jsa");
    assertTrue(Files.size(jsa) > 1_000_000, "archive of " + Files.size(jsa) + " bytes");
    assertTrue(Files.readString(TARGET.resolve("gongkai-build.jsa.key")).contains(TARGET.resolve("gongkai.jar").toString()));
    assertEquals(List.of("gongkai-build.jsa", "gongkai-build.jsa.key"), archives());

    Path log = root.resolve("classes.log");
    Run second = run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), "build", "--content",
        content.toString(), "-o", site.toString());
    assertEquals(0, second.code(), second.out() + second.err());
    assertTrue(second.out().contains("已更新 " + site), second.out());
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("org.gongkai.Gongkai source: shared objects file (top)"), loaded);
    assertTrue(loaded.contains("org.apache.lucene.index.DirectoryReader source: shared objects file (top)"), loaded);
  }

  @Test
  void searchPrintsOnlyItsJsonWhileMakingAnArchiveAndWhileUsingOne() throws Exception {
    assertEquals(0, run(Map.of("GONGKAI_CDS", "off"), "build", "--content", content.toString(), "-o",
        site.toString()).code());
    assertEquals(List.of(), archives());
    JsonNode made = searchJson();
    assertEquals(List.of("gongkai-search.jsa", "gongkai-search.jsa.key"), archives());
    JsonNode used = searchJson();
    assertEquals(made, used);
    assertEquals(2, used.get("total").asInt(), used.toString());
  }

  @Test
  void anArchiveMadeForAnotherJarIsMadeAgain() throws Exception {
    assertEquals(0, run(Map.of(), "build", "--content", content.toString(), "-o", site.toString()).code());
    searchJson();
    Path key = TARGET.resolve("gongkai-search.jsa.key");
    String right = Files.readString(key);
    Files.writeString(key, right.replace(" ", " 1")); // another size and time
    JsonNode again = searchJson();
    assertEquals(2, again.get("total").asInt());
    assertEquals(right, Files.readString(key));
  }

  @Test
  void aBuildThatFailsLeavesNoArchive() throws Exception {
    write(content, JINDOUYING, replaceLine(seed(JINDOUYING), "granted:", "  granted:        [2, 0, 0, 0, 0, 0, 1]"));
    Run r = run(Map.of(), "build", "--content", content.toString(), "-o", site.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertFalse(Files.exists(site));
    assertEquals(List.of(), archives());
  }

  /** {@code gongkai search 行政复议 --json} over the built site: all of its output, as JSON. */
  private JsonNode searchJson() throws Exception {
    Run r = run(Map.of(), "search", "行政复议", "--site", site.toString(), "--json");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("", r.err());
    // fails on anything before or after the document (the JVM's warnings come as it exits)
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(r.out());
  }

  private static List<String> archives() throws IOException {
    try (Stream<Path> s = Files.list(TARGET)) {
      return s.map(f -> f.getFileName().toString()).filter(n -> n.contains(".jsa")).sorted().toList();
    }
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    Path out = root.resolve("out.txt");
    Path err = root.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", REPO.resolve("gongkai").toString()),
        Stream.of(args)).toList()).directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("GONGKAI_CDS");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("gongkai " + String.join(" ", args) + " did not finish");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
