package org.gongkai.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gongkai.model.Archive;
import org.gongkai.model.Output;
import org.gongkai.model.RegionNode;

/**
 * Renders the archive into site files, handing each to a consumer as soon as it is rendered.
 * Report pages render in parallel; templates are compiled once.
 *
 * <pre>{@code
 * Renderer r = Renderer.builder().theme(Theme.builtIn()).baseUrl("https://example.gov.cn/xxgk/ndbg/").build();
 * int pages = r.render(archive, publisher::write);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the consumer must accept files from several threads.
 */
public final class Renderer {
  private final Theme theme;
  private final Templates templates;
  private final Chrome chrome;
  private final String baseUrl;

  private Renderer(Builder b) {
    this.theme = b.theme;
    this.templates = new Templates(b.theme);
    this.chrome = new Chrome(b.siteTitle);
    this.baseUrl = b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders every file of the site; returns how many HTML pages were written. */
  public int render(Archive archive, Consumer<Output> sink) {
    List<String> pages = Collections.synchronizedList(new ArrayList<>());
    Consumer<Output> out = o -> {
      if (o.path().endsWith(".html") && !o.path().equals("404.html")) pages.add(o.path());
      sink.accept(o);
    };
    ReportPages reports = new ReportPages(templates, new Markdown(), chrome);
    List<Runnable> work = new ArrayList<>();
    collect(archive.root(), reports, out, work);
    work.parallelStream().forEach(Runnable::run);

    new ListPages(templates, chrome).region(archive, archive.root(), out);
    SiteFiles site = new SiteFiles(templates, chrome, baseUrl);
    site.home(archive, out);
    site.search(archive, out);
    site.notFound(out);
    site.feed(archive, out);
    site.robots(out);
    site.openData(archive, out);
    site.assets(theme.assets(), out);
    List<String> sorted = new ArrayList<>(pages);
    Collections.sort(sorted);
    site.sitemap(sorted, out);
    return sorted.size() + 1;
  }

  /**
   * Whether a base URL is a full address ({@code https://host/path/}). Only then is
   * {@code sitemap.xml} written: the sitemap protocol requires full URLs.
   */
  public static boolean isAbsolute(String baseUrl) {
    return baseUrl.matches("(?i)https?://[^/]+/.*");
  }

  private static void collect(RegionNode node, ReportPages reports, Consumer<Output> out, List<Runnable> work) {
    for (RegionNode.Organ organ : node.organs()) {
      organ.years().forEach(e -> work.add(() -> reports.render(e, organ, out)));
    }
    for (RegionNode child : node.children()) collect(child, reports, out, work);
  }

  /** Configures a {@link Renderer}. */
  public static final class Builder {
    private Theme theme = Theme.builtIn();
    private String baseUrl = "/";
    private String siteTitle = "政府信息公开工作年度报告档案";

    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * Where the site will be published ({@code https://example.gov.cn/xxgk/ndbg/}, or just a path).
     * Pages link relatively and work anywhere; only the feed, sitemap and 404 page use it.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    public Builder siteTitle(String title) {
      this.siteTitle = Objects.requireNonNull(title, "title");
      return this;
    }

    public Renderer build() {
      return new Renderer(this);
    }
  }
}
