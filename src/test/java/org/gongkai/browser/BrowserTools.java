package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;

/**
 * What the browser and HTML-conformance tests share: finding the external tools (Chromium,
 * nginx, Node with {@code browser-tests/node_modules}, Java), skipping — or, under
 * {@code GONGKAI_REQUIRE_BROWSER=1}, failing — when one is missing, building the site of the
 * repository's content, and running a child process with a time limit.
 */
final class BrowserTools {
  /** The sub-path the site is served under, as on a government portal. */
  static final String BASE_PATH = "/xxgk/ndbg/";
  static final Path CONTENT = Path.of("content");
  static final Path BROWSER_TESTS = Path.of("browser-tests");
  static final Path NODE_MODULES = BROWSER_TESTS.resolve("node_modules");
  static final Path VNU_JAR = NODE_MODULES.resolve("vnu-jar/build/dist/vnu.jar");
  static final boolean REQUIRED = "1".equals(System.getenv("GONGKAI_REQUIRE_BROWSER"));

  private BrowserTools() {}

  /**
   * Skips the calling test when {@code present} is false: the README's {@code ./mvnw verify}
   * needs only a JDK. CI ({@code .ci/run}) installs the tools and sets
   * {@code GONGKAI_REQUIRE_BROWSER=1}, which turns a missing tool into a failure.
   */
  static void need(boolean present, String what) {
    String message = what + " is not available; .ci/run installs it"
        + " (apt-get install chromium fonts-noto-cjk nginx; npm ci --prefix browser-tests)";
    if (REQUIRED) assertTrue(present, message + " — required because GONGKAI_REQUIRE_BROWSER=1");
    else assumeTrue(present, message + " — skipped (set GONGKAI_REQUIRE_BROWSER=1 to make this a failure)");
  }

  /** An executable by name on PATH or in one of the extra folders (nginx lives in /usr/sbin). */
  static Optional<Path> executable(String name, String... extraDirs) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
    dirs.addAll(List.of(extraDirs));
    for (String d : dirs) {
      if (d.isEmpty()) continue;
      Path p = Path.of(d, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /** The system Chromium ($CHROMIUM, else Debian's /usr/bin/chromium, else on PATH); never a downloaded one. */
  static Optional<Path> chromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    Path debian = Path.of("/usr/bin/chromium");
    if (Files.isExecutable(debian)) return Optional.of(debian);
    return executable("chromium").or(() -> executable("chromium-browser"));
  }

  static Optional<Path> nginx() {
    return executable("nginx", "/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin");
  }

  static Optional<Path> node() {
    return executable("node");
  }

  /** The java running these tests: always there, but said so for the skip message's sake. */
  static Optional<Path> java() {
    Path p = Path.of(System.getProperty("java.home"), "bin", "java");
    return Files.isExecutable(p) ? Optional.of(p) : executable("java");
  }

  static boolean nodeModulesInstalled() {
    return Files.isRegularFile(NODE_MODULES.resolve("playwright-core/package.json"))
        && Files.isRegularFile(NODE_MODULES.resolve("axe-core/axe.min.js"))
        && Files.isRegularFile(VNU_JAR);
  }

  /** Whether fontconfig knows a font for Chinese (fonts-noto-cjk), so screenshots show 汉字, not boxes. */
  static boolean chineseFont() {
    Optional<Path> fcList = executable("fc-list");
    if (fcList.isEmpty()) return false;
    try {
      Result r = run(List.of(fcList.get().toString(), ":lang=zh", "family"), null, 30);
      return r.code() == 0 && !r.stdout().isBlank();
    } catch (IOException e) {
      return false;
    }
  }

  /** Builds the site of the repository's content into {@code out}, published under {@link #BASE_PATH}. */
  static Path buildSite(Path out) throws Exception {
    BuildResult r = Gongkai.builder().contentRoot(CONTENT).baseUrl(BASE_PATH).build().build(out);
    assertTrue(r.ok(), () -> "the repository's content does not build: " + r.check().diagnostics());
    return out;
  }

  /** Every report page ("省/市/…/机关/2023/") of the content, one per seed file. */
  static List<String> reportPages() throws IOException {
    try (Stream<Path> files = Files.walk(CONTENT)) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.yaml"))
          .map(f -> CONTENT.relativize(f).toString().replace(File.separatorChar, '/'))
          .map(f -> f.substring(0, f.length() - ".yaml".length()) + "/")
          .sorted()
          .toList();
    }
  }

  /** Output of a finished child process. */
  record Result(int code, String stdout, String stderr) {}

  /**
   * Runs a command (output through files, so a chatty child can never block on a full pipe) and
   * kills it after {@code seconds}.
   */
  static Result run(List<String> command, Path workDir, long seconds) throws IOException {
    Path out = Files.createTempFile("gongkai-run-", ".out");
    Path err = Files.createTempFile("gongkai-run-", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      if (workDir != null) pb.directory(workDir.toFile());
      Process p = pb.start();
      try {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new IOException("timed out after " + seconds + " s: " + String.join(" ", command)
              + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted: " + String.join(" ", command), e);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
