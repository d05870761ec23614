package org.gongkai.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script for tests that compare the browser's search code with the Java side. Node
 * is not part of a bare JDK machine: without it these tests are skipped, unless
 * GONGKAI_REQUIRE_BROWSER=1 (as {@code .ci/run} sets), where its absence fails them.
 */
final class Node {
  static final Path SEARCH_JS = Path.of("themes/default/static/search.js").toAbsolutePath();

  private Node() {}

  static void assumeAvailable() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      ok = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      ok = false;
    }
    if (!ok && "1".equals(System.getenv("GONGKAI_REQUIRE_BROWSER"))) {
      throw new AssertionError("node is required (GONGKAI_REQUIRE_BROWSER=1) but was not found");
    }
    assumeTrue(ok, "node not found: the browser-parity tests need Node.js (.ci/run installs it)");
  }

  /** The start of a script using search.js: it imports readFileSync and holds the engine as {@code core}. */
  static String withSearchJs() throws IOException {
    return "import { readFileSync } from 'node:fs';\n"
        + "import { createRequire } from 'node:module';\n"
        + "const core = createRequire(import.meta.url)("
        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(SEARCH_JS.toString()) + ");\n";
  }

  /** Runs {@code script} (ES module source) with the arguments; returns its standard output. */
  static String run(String script, List<String> args) throws IOException, InterruptedException {
    Path file = Files.createTempFile("gongkai-", ".mjs");
    try {
      Files.writeString(file, script, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of("node", file.toString()));
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("node failed: " + out);
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
