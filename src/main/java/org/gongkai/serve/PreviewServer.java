package org.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.gongkai.search.Query;
import org.gongkai.search.Results;
import org.gongkai.search.Searcher;

/**
 * Serves a built site on the loopback interface for previewing: the files, {@code GET
 * /api/search?q=&region=&year=&page=&limit=} answered from the site's Lucene index as JSON, and
 * a live-reload channel: HTML pages get a small script that reloads them after each rebuild.
 * Only files inside the site folder are ever served.
 */
public final class PreviewServer implements AutoCloseable {
  static final String RELOAD_SCRIPT = "/__gongkai/reload.js";
  static final String EVENTS = "/__gongkai/events";

  private final Path site;
  private final HttpServer http;
  private final Function<Results, String> json;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile Searcher searcher;

  private PreviewServer(Path site, HttpServer http, Function<Results, String> json) {
    this.site = site.toAbsolutePath().normalize();
    this.http = http;
    this.json = json;
  }

  /**
   * Starts serving {@code site} on {@code 127.0.0.1:port} (0 picks a free port).
   *
   * @param json how search results are written (the CLI's JSON, so both agree)
   */
  public static PreviewServer start(Path site, int port, Function<Results, String> json) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    PreviewServer s = new PreviewServer(site, http, json);
    http.createContext("/", s::handle);
    http.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "gongkai-serve");
      t.setDaemon(true);
      return t;
    }));
    http.start();
    return s;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Tells open pages to reload, and reopens the search index: call after each rebuild. */
  public void rebuilt() {
    Searcher old = searcher;
    searcher = null;
    if (old != null) {
      try {
        old.close();
      } catch (IOException ignored) {
        // the next search opens the new index anyway
      }
    }
    for (OutputStream o : listeners) {
      try {
        o.write("event: reload\ndata: 1\n\n".getBytes(StandardCharsets.UTF_8));
        o.flush();
      } catch (IOException e) {
        listeners.remove(o);
      }
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      URI uri = ex.getRequestURI();
      String path = uri.getRawPath();
      if (path.equals("/api/search")) search(ex, query(uri.getRawQuery()));
      else if (path.equals(EVENTS)) events(ex);
      else if (path.equals(RELOAD_SCRIPT)) send(ex, 200, "text/javascript; charset=utf-8", ReloadScript.BYTES);
      else file(ex, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
  }

  private void search(HttpExchange ex, Map<String, String> p) throws IOException {
    int limit;
    int page;
    Integer year;
    try {
      limit = Integer.parseInt(p.getOrDefault("limit", "10"));
      page = Integer.parseInt(p.getOrDefault("page", "1"));
      year = p.containsKey("year") && !p.get("year").isBlank() ? Integer.valueOf(p.get("year")) : null;
      if (limit < 1 || limit > 100 || page < 1 || page > 10_000) throw new NumberFormatException();
    } catch (NumberFormatException e) {
      send(ex, 400, "application/json; charset=utf-8", "{\"error\":\"bad page, limit or year\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    Searcher s = searcher;
    if (s == null) {
      s = Searcher.open(site);
      searcher = s;
    }
    Results r = s.search(Query.of(p.getOrDefault("q", ""), p.get("region"), year, (page - 1) * limit, limit));
    send(ex, 200, "application/json; charset=utf-8", json.apply(r).getBytes(StandardCharsets.UTF_8));
  }

  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    OutputStream o = ex.getResponseBody();
    o.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    o.flush();
    listeners.add(o);
    try {
      // Keep the stream open until the browser goes away; rebuilt() writes to it.
      while (listeners.contains(o)) {
        Thread.sleep(15_000);
        o.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
        o.flush();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(o);
    }
  }

  private void file(HttpExchange ex, String decoded) throws IOException {
    Path f = site.resolve(decoded.replaceFirst("^/+", "")).normalize();
    if (!f.startsWith(site) || decoded.contains("\0")) {
      send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (Files.isDirectory(f)) {
      if (!decoded.endsWith("/")) {
        ex.getResponseHeaders().set("Location", ex.getRequestURI().getRawPath() + "/");
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      f = f.resolve("index.html");
    }
    int status = 200;
    if (!Files.isRegularFile(f)) {
      status = 404;
      f = site.resolve("404.html");
      if (!Files.isRegularFile(f)) {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    byte[] body = Files.readAllBytes(f);
    String type = ContentTypes.of(f.getFileName().toString());
    if (type.startsWith("text/html")) {
      body = ReloadScript.inject(body);
    } else if (status == 200) {
      ex.getResponseHeaders().set("Accept-Ranges", "bytes");
      String range = ex.getRequestHeaders().getFirst("Range");
      if (range != null && partial(ex, type, body, range)) return;
    }
    send(ex, status, type, body);
  }

  /**
   * Answers byte ranges ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}, several separated
   * by commas) with 206, as static servers do: the search page reads postings and documents
   * that way, several ranges of a pack in one request (a {@code multipart/byteranges} body). A
   * malformed header gets the whole file (returns false), as HTTP allows; ranges wholly past the
   * end get 416.
   */
  private static boolean partial(HttpExchange ex, String type, byte[] body, String range) throws IOException {
    String spec = range.strip();
    if (!spec.startsWith("bytes=")) return false;
    String[] items = spec.substring("bytes=".length()).split(",", -1);
    if (items.length > 200) return false; // as Apache's MaxRanges: no unbounded work per request
    List<long[]> ranges = new ArrayList<>();
    long n = body.length;
    for (String item : items) {
      java.util.regex.Matcher m = RANGE.matcher(item.strip());
      if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty() || m.group(1).length() > 18 || m.group(2).length() > 18) {
        return false;
      }
      long from;
      long to;
      if (m.group(1).isEmpty()) {
        from = Math.max(0, n - Long.parseLong(m.group(2)));
        to = n - 1;
      } else {
        from = Long.parseLong(m.group(1));
        to = m.group(2).isEmpty() ? n - 1 : Math.min(n - 1, Long.parseLong(m.group(2)));
      }
      if (from < n && from <= to) ranges.add(new long[] {from, to});
    }
    if (ranges.isEmpty()) {
      ex.getResponseHeaders().set("Content-Range", "bytes */" + n);
      send(ex, 416, "text/plain; charset=utf-8", new byte[0]);
      return true;
    }
    if (ranges.size() == 1) {
      long[] r = ranges.get(0);
      ex.getResponseHeaders().set("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + n);
      send(ex, 206, type, java.util.Arrays.copyOfRange(body, (int) r[0], (int) r[1] + 1));
      return true;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (long[] r : ranges) {
      out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: " + type + "\r\nContent-Range: bytes " + r[0] + "-" + r[1]
          + "/" + n + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, (int) r[0], (int) (r[1] - r[0] + 1));
    }
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    send(ex, 206, "multipart/byteranges; boundary=" + BOUNDARY, out.toByteArray());
    return true;
  }

  private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(\\d*)-(\\d*)");
  /** Parts of a multipart answer are separated by this line; it cannot occur in them, being read by length. */
  private static final String BOUNDARY = "gongkai-byteranges";

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) ex.getResponseBody().write(body);
  }

  static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) return out;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    http.stop(0);
    listeners.clear();
    if (searcher != null) searcher.close();
  }
}
