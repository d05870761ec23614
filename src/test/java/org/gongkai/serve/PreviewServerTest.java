package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gongkai.Gongkai;
import org.gongkai.search.Query;
import org.gongkai.search.Searcher;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server: files, the search API, no way out of the site, live reload. */
class PreviewServerTest {
  @TempDir static Path root;
  static Path site;
  static PreviewServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    Path content = root.resolve("content");
    Fixtures.copyAllSeeds(content);
    site = root.resolve("site");
    assertTrue(Gongkai.builder().contentRoot(content).build().build(site).ok());
    Files.writeString(root.resolve("secret.txt"), "secret");
    server = PreviewServer.start(site, 0, r -> {
      try {
        return JSON.writeValueAsString(java.util.Map.of("total", r.total(),
            "urls", r.hits().stream().map(h -> h.url()).toList()));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> get(String rawPath) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPagesWithTheReloadScriptAndCsp() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<script src=\"/__gongkai/reload.js\" defer></script></body>"));
    assertEquals("default-src 'self'", r.headers().firstValue("Content-Security-Policy").orElse(""));
    assertFalse(Files.readString(site.resolve("index.html")).contains("reload.js"), "built files stay untouched");
    String report = "/" + String.join("/", List.of("山东省", "聊城市", "阳谷县", "金斗营镇", "金斗营镇人民政府", "2023")).replace("/", "%2F");
    assertEquals(200, get("/" + enc("山东省") + "/" + enc("聊城市") + "/").statusCode());
    assertEquals(301, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + enc("山东省"))).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode());
    assertTrue(report.length() > 0);
  }

  @Test
  void answersSearchesAsTheCommandLineDoes() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + enc("政务公开") + "&region=" + enc("河南省") + "&limit=5");
    assertEquals(200, r.statusCode());
    JsonNode body = JSON.readTree(r.body());
    try (Searcher s = Searcher.open(site)) {
      var expected = s.search(Query.of("政务公开", "河南省", null, 0, 5));
      assertEquals(expected.total(), body.get("total").asLong());
      assertEquals(expected.hits().stream().map(h -> h.url()).toList(),
          JSON.convertValue(body.get("urls"), List.class));
    }
    assertEquals(400, get("/api/search?q=x&limit=0").statusCode());
    assertEquals(400, get("/api/search?q=x&year=abc").statusCode());
    assertEquals(200, get("/api/search?q=" + enc("\"><script>*") ).statusCode());
  }

  @Test
  void answersByteRangesAsStaticServersDo() throws Exception {
    byte[] whole = Files.readAllBytes(site.resolve("search/meta.json"));
    HttpResponse<byte[]> r = range("bytes=2-9");
    assertEquals(206, r.statusCode());
    assertArrayEquals(java.util.Arrays.copyOfRange(whole, 2, 10), r.body());
    assertEquals("bytes 2-9/" + whole.length, r.headers().firstValue("Content-Range").orElseThrow());
    assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 4, whole.length), range("bytes=-4").body());
    assertArrayEquals(java.util.Arrays.copyOfRange(whole, 5, whole.length), range("bytes=5-").body());
    assertEquals(416, range("bytes=" + whole.length + "-").statusCode());
    HttpResponse<byte[]> several = range("bytes=0-1,4-6");
    assertEquals(206, several.statusCode(), "several ranges in one answer");
    String type = several.headers().firstValue("Content-Type").orElseThrow();
    assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
    String boundary = type.substring(type.indexOf('=') + 1);
    String n = "/" + whole.length;
    String want = "\r\n--" + boundary + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Range: bytes 0-1" + n + "\r\n\r\n"
        + new String(whole, 0, 2, StandardCharsets.ISO_8859_1)
        + "\r\n--" + boundary + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Range: bytes 4-6" + n + "\r\n\r\n"
        + new String(whole, 4, 3, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary + "--\r\n";
    assertEquals(want, new String(several.body(), StandardCharsets.ISO_8859_1));
    assertEquals(200, range("bytes=abc").statusCode());
    assertEquals(200, range("bytes=0-1,x").statusCode(), "a malformed list: the whole file");
  }

  private static HttpResponse<byte[]> range(String value) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search/meta.json"))
        .header("Range", value).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void neverServesFilesOutsideTheSite() throws Exception {
    for (String p : List.of("/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/a/../../secret.txt")) {
      HttpResponse<String> r = get(p);
      assertEquals(404, r.statusCode(), p);
      assertFalse(r.body().contains("secret"), p);
    }
  }

  @Test
  void tellsOpenPagesToReloadAfterARebuild() throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + PreviewServer.EVENTS).toURL().openConnection();
    CountDownLatch reloaded = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) if (line.equals("event: reload")) reloaded.countDown();
      } catch (Exception ignored) {
        // closed
      }
    });
    reader.setDaemon(true);
    reader.start();
    for (int i = 0; i < 50 && reloaded.getCount() > 0; i++) {
      server.rebuilt();
      if (reloaded.await(100, TimeUnit.MILLISECONDS)) break;
    }
    assertTrue(reloaded.await(5, TimeUnit.SECONDS));
    c.disconnect();
  }

  @Test
  void watcherCallsBackOnceAfterABurstOfChangesWithThePathsChanged() throws Exception {
    Path dir = root.resolve("watched");
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b/c"));
    java.util.concurrent.BlockingQueue<java.util.Optional<java.util.Set<Path>>> bursts =
        new java.util.concurrent.LinkedBlockingQueue<>();
    try (Watcher w = Watcher.start(List.of(dir), paths -> bursts.add(java.util.Optional.ofNullable(paths)))) {
      Files.writeString(dir.resolve("a/2023.yaml"), "x");
      Files.writeString(dir.resolve("a/2023.yaml"), "y");
      Files.createDirectories(dir.resolve("a/new/deeper"));
      var burst = bursts.poll(20, TimeUnit.SECONDS);
      assertNotNull(burst, "no callback after a change");
      // one burst: the file, and the new folder (its contents are read whole by the build)
      assertTrue(burst.orElseThrow().contains(dir.resolve("a/2023.yaml")), burst.toString());
      assertTrue(burst.orElseThrow().contains(dir.resolve("a/new")), burst.toString());

      // a watched folder moved away: its later events would name the old path, so: lost track
      Files.move(dir.resolve("b"), dir.resolve("moved"));
      var moved = bursts.poll(20, TimeUnit.SECONDS);
      assertNotNull(moved);
      assertTrue(moved.isEmpty(), "a moved folder means anything may have changed: " + moved);
      Files.writeString(dir.resolve("moved/c/2024.yaml"), "z"); // then watched under its new path
      var inMoved = bursts.poll(20, TimeUnit.SECONDS);
      assertNotNull(inMoved);
      assertEquals(java.util.Set.of(dir.resolve("moved/c/2024.yaml")), inMoved.orElseThrow());
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
