package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;

/** The home page, 404 page, feed, sitemap, robots.txt and assets. */
final class SiteFiles {
  static final int LATEST = 20;
  static final int FEED = 50;
  /** The sitemap protocol's limit of URLs per file. */
  static final int SITEMAP_URLS = 50_000;
  /** Entry ids of the feed (RFC 4151): stable, and absolute without a domain. */
  static final String TAG = "tag:gongkai.archive,2024:";

  private final Templates templates;
  private final Chrome chrome;
  private final String baseUrl;

  SiteFiles(Templates templates, Chrome chrome, String baseUrl) {
    this.templates = templates;
    this.chrome = chrome;
    this.baseUrl = baseUrl;
  }

  /** Newest first: by year, then publication date, then folder, so ties are stable. */
  static final Comparator<ArchiveEntry> NEWEST =
      Comparator.comparingInt((ArchiveEntry e) -> e.head().year()).reversed()
          .thenComparing(e -> e.head().published(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ArchiveEntry::dir);

  /** @param newest the archive's newest entries, newest first ({@link #newest}: at least {@link #LATEST}) */
  void home(Archive archive, List<ArchiveEntry> newest, Consumer<Output> out) {
    Map<String, Object> vars = chrome.page("", chrome.siteTitle(), List.of());
    newest = newest.subList(0, Math.min(LATEST, newest.size()));
    vars.put("latest", ListPages.rows("", newest, 0));
    vars.put("regions", ListPages.counts("", archive.root().children()));
    vars.put("years", ListPages.yearRows("", archive.byYear()));
    vars.put("reports", archive.entries().size());
    vars.put("organs", archive.entries().stream().map(ArchiveEntry::organDir).distinct().count());
    out.accept(new Output.Bytes("index.html", templates.render("home.peb", vars)));
  }

  /**
   * The search page; its script reads the index the index stage writes next to it, whose number
   * of term shards the page names.
   */
  void search(Archive archive, int shards, Consumer<Output> out) {
    Map<String, Object> vars = chrome.page("search", "检索报告", chrome.crumbs("search", List.of("search"), List.of("检索")));
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (var province : archive.root().children()) {
      names.add(province.name());
      province.children().forEach(c -> names.add(c.name()));
    }
    vars.put("regions", List.copyOf(names));
    vars.put("years", List.copyOf(archive.byYear().keySet()));
    vars.put("shards", shards);
    out.accept(new Output.Bytes("search/index.html", templates.render("search.peb", vars)));
  }

  /** The 404 page is served at any URL, so its links start from the site's base path. */
  void notFound(Consumer<Output> out) {
    Map<String, Object> vars = chrome.page("", "页面不存在", List.of());
    vars.put("root", basePath());
    out.accept(new Output.Bytes("404.html", templates.render("404.peb", vars)));
  }

  /**
   * The Atom feed of the newest reports. Entry ids are {@code tag:} URIs, absolute without
   * knowing where the site will be published; links are relative to the feed, as Atom allows.
   */
  void feed(List<ArchiveEntry> newest, Consumer<Output> out) {
    newest = newest.subList(0, Math.min(FEED, newest.size()));
    List<Views.FeedItem> items = new ArrayList<>();
    for (ArchiveEntry e : newest) {
      var date = e.head().published() != null ? e.head().published() : java.time.LocalDate.of(e.head().year() + 1, 1, 1);
      items.add(new Views.FeedItem(e.head().title(), link(Urls.encode(e.dir()) + "/"), TAG + Urls.encode(e.dir()),
          date + "T00:00:00Z", e.head().region().text() + " " + e.head().organ().name()));
    }
    Map<String, Object> vars = chrome.page("", chrome.siteTitle(), List.of());
    vars.put("items", items);
    vars.put("self", link("feed.xml"));
    vars.put("home", link(""));
    vars.put("id", TAG + "feed");
    vars.put("updated", items.isEmpty() ? "2000-01-01T00:00:00Z" : items.get(0).updated());
    out.accept(new Output.Bytes("feed.xml", templates.render("feed.peb", vars)));
  }

  /**
   * {@code sitemap.xml}: the pages' URLs — or, past the protocol's {@value #SITEMAP_URLS} URLs a
   * file, a sitemap index of {@code sitemaps/1.xml}, {@code 2.xml}, … holding them.
   */
  void sitemap(List<String> pages, Consumer<Output> out) {
    if (!absoluteBase()) return;
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    String ns = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";
    if (pages.size() <= SITEMAP_URLS) {
      out.accept(new Output.Bytes("sitemap.xml", urlset(head, ns, pages)));
      return;
    }
    StringBuilder index = new StringBuilder(head).append("<sitemapindex ").append(ns).append(">\n");
    for (int i = 0; i * SITEMAP_URLS < pages.size(); i++) {
      String name = "sitemaps/" + (i + 1) + ".xml";
      List<String> part = pages.subList(i * SITEMAP_URLS, Math.min(pages.size(), (i + 1) * SITEMAP_URLS));
      out.accept(new Output.Bytes(name, urlset(head, ns, part)));
      index.append("  <sitemap><loc>").append(xml(absolute(name))).append("</loc></sitemap>\n");
    }
    index.append("</sitemapindex>\n");
    out.accept(new Output.Bytes("sitemap.xml", index.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] urlset(String head, String ns, List<String> pages) {
    StringBuilder b = new StringBuilder(head).append("<urlset ").append(ns).append(">\n");
    for (String p : pages) {
      String dir = p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p;
      b.append("  <url><loc>").append(xml(absolute(Urls.encode(dir)))).append("</loc></url>\n");
    }
    b.append("</urlset>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  void robots(Consumer<Output> out) {
    String text = "User-agent: *\nAllow: /\n" + (absoluteBase() ? "Sitemap: " + absolute("sitemap.xml") + "\n" : "");
    out.accept(new Output.Bytes("robots.txt", text.getBytes(StandardCharsets.UTF_8)));
  }

  void assets(Map<String, byte[]> assets, Consumer<Output> out) {
    assets.forEach((path, bytes) -> out.accept(new Output.Bytes("assets/" + path, bytes)));
  }

  /** The newest entries the home page and the feed show, newest first. */
  static List<ArchiveEntry> newest(Archive archive) {
    return newest(archive, Math.max(LATEST, FEED));
  }

  /** The {@code n} newest entries, newest first, without sorting the archive. */
  private static List<ArchiveEntry> newest(Archive archive, int n) {
    java.util.PriorityQueue<ArchiveEntry> oldestFirst = new java.util.PriorityQueue<>(n + 1, NEWEST.reversed());
    for (ArchiveEntry e : archive.entries()) {
      if (oldestFirst.size() < n) {
        oldestFirst.add(e);
      } else if (NEWEST.compare(e, oldestFirst.peek()) < 0) {
        oldestFirst.poll();
        oldestFirst.add(e);
      }
    }
    List<ArchiveEntry> out = new ArrayList<>(oldestFirst);
    out.sort(NEWEST);
    return out;
  }

  /** The site's base path ("/" or "/xxgk/ndbg/"), from the configured base URL. */
  String basePath() {
    String b = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    return b.isEmpty() ? "/" : b;
  }

  private String absolute(String path) {
    return baseUrl + path;
  }

  /** A link in the feed: absolute when the site's address is known, else relative to the feed. */
  private String link(String path) {
    return absoluteBase() ? absolute(path) : (path.isEmpty() ? "./" : path);
  }

  /** The sitemap protocol wants absolute URLs: it is only written when the site's address is known. */
  private boolean absoluteBase() {
    return Renderer.isAbsolute(baseUrl);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
