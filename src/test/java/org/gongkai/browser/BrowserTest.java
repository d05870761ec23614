package org.gongkai.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site in a real browser: nginx serves it under {@code /xxgk/ndbg/} with the CSP
 * {@code default-src 'self'}; {@code browser-tests/check.mjs} opens every kind of page in
 * headless Chromium and reports console errors, CSP violations, axe-core (WCAG 2.1 A/AA)
 * violations, sideways scrolling on a 360 px phone, the larger-text toggle and the skip link.
 * Screenshots of a report page at 360 px and 1280 px are kept in {@code target/screenshots/}.
 *
 * <p>Skipped when Chromium, nginx, Node or {@code browser-tests/node_modules} is missing, unless
 * {@code GONGKAI_REQUIRE_BROWSER=1} (set by {@code .ci/run}, which installs them).
 */
class BrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** A missing page two folders deep: the 404 page's links must not depend on the URL's depth. */
  static final String MISSING = "山东省/不存在的页面/";

  @TempDir static Path tmp;

  private static final Map<String, Integer> EXPECTED = new LinkedHashMap<>();
  private static final Map<String, String> KIND = new LinkedHashMap<>();
  private static String screenshotPage;
  private static JsonNode result;
  private static HttpResponse<String> missingResponse;
  private static HttpResponse<String> missingCss;
  private static Nginx nginx;

  /** Set when the one-time setup failed or was skipped, so every test reports it (with its message). */
  private static Throwable setupProblem;
  private static boolean setUp;

  /**
   * Runs the browser once for the whole class, from {@code @BeforeEach} rather than
   * {@code @BeforeAll} so that a skip (missing tool) shows on every test with its reason instead
   * of the class silently reporting zero tests.
   */
  @BeforeEach
  void setUpOnce() throws Throwable {
    synchronized (BrowserTest.class) {
      if (!setUp) {
        setUp = true;
        try {
          browse();
        } catch (Throwable t) {
          setupProblem = t;
        }
      }
    }
    if (setupProblem != null) throw setupProblem;
  }

  private static void browse() throws Exception {
    BrowserTools.need(BrowserTools.chromium().isPresent(), "Chromium (/usr/bin/chromium or $CHROMIUM)");
    BrowserTools.need(BrowserTools.nginx().isPresent(), "nginx");
    BrowserTools.need(BrowserTools.node().isPresent(), "Node.js (node)");
    BrowserTools.need(BrowserTools.nodeModulesInstalled(), "browser-tests/node_modules (playwright-core, axe-core, vnu-jar)");
    BrowserTools.need(BrowserTools.chineseFont(), "a Chinese font (fonts-noto-cjk)");

    Path site = BrowserTools.buildSite(tmp.resolve("site"));
    List<String> reports = BrowserTools.reportPages();
    assertTrue(!reports.isEmpty(), "no report in content/");
    String first = reports.get(0);
    String organ = first.substring(0, first.lastIndexOf('/', first.length() - 2) + 1);
    String region = first.substring(0, first.indexOf('/') + 1);
    String year = first.substring(first.lastIndexOf('/', first.length() - 2) + 1, first.length() - 1);
    page("", 200, "home");
    for (String r : reports) page(r, 200, "report");
    page(region, 200, "region");
    page("年度/" + year + "/", 200, "year");
    page(organ, 200, "organ");
    if (Files.isRegularFile(site.resolve("search/index.html"))) {
      page("search/", 200, "search");
      page("search/?q=政府信息公开", 200, "search results");
    }
    page(MISSING, 404, "404");
    screenshotPage = first;

    nginx = Nginx.start(BrowserTools.nginx().get(), site, tmp.resolve("nginx"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    missingResponse = get(http, nginx.base() + encode(MISSING));
    missingCss = get(http, nginx.base() + "assets/site.css");

    List<String> command = new ArrayList<>(List.of(BrowserTools.node().get().toString(),
        BrowserTools.BROWSER_TESTS.resolve("check.mjs").toString(),
        "--base", nginx.base(),
        "--chromium", BrowserTools.chromium().get().toString(),
        "--screenshots", SCREENSHOTS.toAbsolutePath().toString(),
        "--screenshot", screenshotPage));
    command.addAll(EXPECTED.keySet());
    BrowserTools.Result run = BrowserTools.run(command, null, 150);
    assertEquals(0, run.code(), () -> "check.mjs failed:\n" + run.stderr() + "\nnginx log:\n" + nginx.log());
    result = new ObjectMapper().readTree(run.stdout());
    System.out.printf("BrowserTest: %d pages in %s (axe-core %s) in %.1f s%n", result.get("pages").size(),
        result.get("browser").asText(), result.get("axe").asText(), result.get("seconds").asDouble());
  }

  @AfterAll
  static void stop() {
    if (nginx != null) nginx.close();
  }

  private static void page(String path, int status, String kind) {
    EXPECTED.put(path, status);
    KIND.put(path, kind);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String encode(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c < 0x80 && c != '%' && c != ' ') b.append((char) c);
      else b.append('%').append(String.format("%02X", c));
    }
    return b.toString();
  }

  @TestFactory
  Stream<DynamicTest> everyPage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode p : result.get("pages")) {
      String path = p.get("path").asText();
      String name = KIND.get(path) + " " + (path.isEmpty() ? "/" : path);
      tests.add(DynamicTest.dynamicTest(name, () -> checkPage(p, EXPECTED.get(path))));
    }
    assertEquals(EXPECTED.size(), tests.size(), "check.mjs reported a different number of pages");
    return tests.stream();
  }

  private static void checkPage(JsonNode p, int status) {
    String url = p.get("url").asText();
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(status, p.get("status").asInt(), "HTTP status of " + url));
    checks.add(() -> assertTrue(p.get("stylesheetLoaded").asBoolean(), "assets/site.css not applied on " + url));
    checks.add(() -> assertEquals(1, p.get("h1Count").asInt(), "number of <h1> on " + url));
    checks.add(() -> assertTrue(p.get("failedRequests").isEmpty(), "failed requests on " + url + ": " + p.get("failedRequests")));
    checks.add(() -> assertTrue(p.get("consoleErrors").isEmpty(), "console errors on " + url + ": " + p.get("consoleErrors")));
    checks.add(() -> assertTrue(p.get("pageErrors").isEmpty(), "page errors on " + url + ": " + p.get("pageErrors")));
    checks.add(() -> assertTrue(p.get("cspViolations").isEmpty(), "CSP violations on " + url + ": " + p.get("cspViolations")));
    checks.add(() -> assertTrue(!p.get("axe").has("error"), "axe-core did not run on " + url + ": " + p.get("axe").path("error").asText()));
    checks.add(() -> assertTrue(p.get("axe").get("violations").isEmpty(), () -> axeMessage(url, p.get("axe").get("violations"))));
    checks.add(() -> assertTrue(p.get("skipLink").path("ok").asBoolean(), "skip link is not the first, visibly focused Tab stop on " + url + ": " + p.get("skipLink")));
    checks.add(() -> assertTrue(p.get("textSize").path("ok").asBoolean(), "larger-text toggle (#text-size) does not work without reload on " + url + ": " + p.get("textSize")));
    checks.add(() -> assertTrue(p.get("overflow").size() >= 2, "overflow not measured with and without larger text on " + url + ": " + p.get("overflow")));
    p.get("overflow").fields().forEachRemaining(e -> checks.add(() -> assertTrue(e.getValue().get("ok").asBoolean(),
        "the document scrolls sideways at " + e.getKey() + " px on " + url + " (scrollWidth " + e.getValue().get("scrollWidth")
            + " > innerWidth " + e.getValue().get("innerWidth") + "); sticking out: " + e.getValue().get("wide"))));
    assertAll(url, checks);
  }

  private static String axeMessage(String url, JsonNode violations) {
    StringBuilder b = new StringBuilder(violations.size() + " axe-core violation(s) on " + url + ":");
    for (JsonNode v : violations) {
      b.append("\n  ").append(v.get("id").asText()).append(" (").append(v.path("impact").asText()).append("): ")
          .append(v.get("help").asText()).append(" — ").append(v.get("helpUrl").asText());
      for (JsonNode n : v.get("nodes")) {
        b.append("\n    ").append(n.get("target")).append(": ")
            .append(n.path("summary").asText().replace("\n", " ")).append("\n      ").append(n.path("html").asText());
      }
    }
    return b.toString();
  }

  @Test
  void missingPageIs404WithTheSiteStyle() {
    assertAll(
        () -> assertEquals(404, missingResponse.statusCode(), "status of a missing URL"),
        () -> assertTrue(missingResponse.body().contains("页面不存在"), "the site's 404 page is served for a missing URL"),
        () -> assertTrue(missingResponse.body().contains("href=\"" + BrowserTools.BASE_PATH + "assets/site.css\""),
            "the 404 page links its CSS from the base path, so it loads at any depth"),
        () -> assertEquals("default-src 'self'",
            missingResponse.headers().firstValue("Content-Security-Policy").orElse(null), "CSP header on the 404 page"),
        () -> assertEquals(200, missingCss.statusCode(), "status of assets/site.css"),
        () -> assertTrue(missingCss.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
            "Content-Type of assets/site.css"));
  }

  @Test
  void screenshotsOfAReportPage() throws IOException {
    assertEquals(2, result.get("screenshots").size(), "screenshots taken");
    for (int width : new int[] {360, 1280}) {
      Path png = SCREENSHOTS.resolve("report-" + width + ".png");
      assertTrue(Files.isRegularFile(png), "missing " + png);
      int[] size = pngSize(png);
      assertEquals(width, size[0], "width of " + png);
      assertTrue(size[1] > 900, "a full-page screenshot is taller than the window: " + png);
    }
    assertNotNull(screenshotPage);
  }

  private static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png); DataInputStream d = new DataInputStream(in)) {
      byte[] header = new byte[16];
      d.readFully(header);
      assertEquals("PNG", new String(header, 1, 3, StandardCharsets.US_ASCII), "PNG signature of " + png);
      return new int[] {d.readInt(), d.readInt()};
    }
  }
}
