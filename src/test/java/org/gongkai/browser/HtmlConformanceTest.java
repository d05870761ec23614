package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page of the built site passes the Nu HTML Checker (the W3C validator, from the npm
 * package {@code vnu-jar} in {@code browser-tests/node_modules}) without a single error. The
 * theme's CSS and SVG are checked too.
 *
 * <p>Skipped when {@code browser-tests/node_modules} is missing, unless
 * {@code GONGKAI_REQUIRE_BROWSER=1} (set by {@code .ci/run}, which runs {@code npm ci}).
 */
class HtmlConformanceTest {
  @TempDir Path tmp;

  @Test
  void everyPageIsValidHtml() throws Exception {
    BrowserTools.need(BrowserTools.java().isPresent(), "java");
    BrowserTools.need(Files.isRegularFile(BrowserTools.VNU_JAR),
        "the Nu HTML Checker (" + BrowserTools.VNU_JAR + ", npm package vnu-jar)");

    Path site = BrowserTools.buildSite(tmp.resolve("site")).toAbsolutePath();
    long pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).count();
    }
    assertTrue(pages > 0, "the site has no HTML page");

    BrowserTools.Result r = BrowserTools.run(List.of(BrowserTools.java().get().toString(), "-Xss4m", "-jar",
        BrowserTools.VNU_JAR.toAbsolutePath().toString(), "--errors-only", "--format", "json",
        "--skip-non-html", "--also-check-css", "--also-check-svg", site.toString()), null, 120);
    // vnu writes its JSON report to stderr; exit code 1 means errors were found.
    String json = r.stderr().substring(Math.max(0, r.stderr().indexOf("{\"")));
    assertTrue(json.startsWith("{"), () -> "vnu did not report JSON (exit " + r.code() + "):\n" + r.stderr() + r.stdout());
    JsonNode messages = new ObjectMapper().readTree(json).path("messages");
    List<String> errors = new ArrayList<>();
    for (JsonNode m : messages) {
      String shown = URLDecoder.decode(m.path("url").asText(), StandardCharsets.UTF_8).replaceFirst("^file:", "");
      String prefix = site.toString().replace('\\', '/') + "/";
      if (shown.startsWith(prefix)) shown = shown.substring(prefix.length());
      errors.add(shown + ":" + m.path("lastLine").asText("?") + ":" + m.path("lastColumn").asText("?")
          + ": " + m.path("type").asText() + (m.has("subType") ? "/" + m.get("subType").asText() : "")
          + ": " + m.path("message").asText()
          + (m.has("extract") ? "\n      " + m.get("extract").asText().replace("\n", "⏎") : ""));
    }
    System.out.printf("HtmlConformanceTest: %d HTML pages checked, %d errors%n", pages, errors.size());
    assertTrue(errors.isEmpty() && r.code() == 0, () -> errors.size() + " Nu HTML Checker error(s) in " + pages
        + " pages (exit " + r.code() + "):\n  " + String.join("\n  ", errors));
  }
}
