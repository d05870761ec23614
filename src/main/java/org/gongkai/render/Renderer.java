package org.gongkai.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.RegionNode;
import org.gongkai.model.ReportSource;

/**
 * Renders the archive into site files, handing each to a consumer as soon as it is rendered.
 * Report pages render in parallel; templates are compiled once.
 *
 * <pre>{@code
 * Renderer r = Renderer.builder().theme(Theme.builtIn()).baseUrl("https://example.gov.cn/xxgk/ndbg/").build();
 * int pages = r.render(archive, reports, publisher::write);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the consumer must accept files from several threads.
 */
public final class Renderer {
  private final Theme theme;
  private final Templates templates;
  private final Chrome chrome;
  private final String baseUrl;
  private final Path previous;

  private Renderer(Builder b) {
    this.theme = b.theme;
    this.templates = new Templates(b.theme);
    this.chrome = new Chrome(b.siteTitle);
    this.baseUrl = b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/";
    this.previous = b.previous;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Renders every file of the site; returns how many HTML pages the site has. */
  public int render(Archive archive, ReportSource reports, Consumer<Output> sink) {
    return render(archive, reports, Selection.ALL, sink);
  }

  /**
   * Renders the selected pages and every archive-wide file (home, lists of the newest, feed,
   * sitemap, open data, assets) but the search page ({@link #searchPage}); returns how many HTML
   * pages the whole site has.
   */
  public int render(Archive archive, ReportSource reports, Selection select, Consumer<Output> out) {
    ReportPages pages = new ReportPages(templates, new Markdown(), chrome);
    List<Runnable> work = new ArrayList<>();
    collect(archive.root(), select, (e, organ) -> pages.render(e, reports.report(e), organ, out), work);
    work.parallelStream().forEach(Runnable::run);
    SiteFiles site = new SiteFiles(templates, chrome, baseUrl);
    // The pages of the newest, open data and the lists each read the whole archive: side by
    // side rather than one after another, a one-report update waits for them half as long.
    List<Runnable> wide = new ArrayList<>();
    wide.add(() -> {
      List<ArchiveEntry> newest = SiteFiles.newest(archive);
      site.home(archive, newest, out);
      site.feed(newest, out);
      site.notFound(out);
      site.robots(out);
      site.assets(theme.assets(), out);
    });
    wide.add(() -> {
      if (select.all() || previous == null) OpenData.write(archive, out);
      else OpenData.update(archive, select, previous, out);
    });
    new ListPages(templates, chrome).regions(archive, select, out, wide);
    wide.parallelStream().forEach(Runnable::run);
    int html;
    if (isAbsolute(baseUrl)) {
      List<String> all = ListPages.htmlPages(archive);
      site.sitemap(all, out);
      html = all.size();
    } else {
      html = ListPages.htmlPageCount(archive); // no sitemap: the pages need not be listed
    }
    return html + 1;
  }

  /**
   * Renders the search page, once the search index is written: the page names its number of
   * term shards, so the browser fetches a query's shards beside the index's statistics.
   */
  public void searchPage(Archive archive, int shards, Consumer<Output> out) {
    new SiteFiles(templates, chrome, baseUrl).search(archive, shards, out);
  }

  /**
   * Whether a base URL is a full address ({@code https://host/path/}). Only then is
   * {@code sitemap.xml} written: the sitemap protocol requires full URLs.
   */
  public static boolean isAbsolute(String baseUrl) {
    return baseUrl.matches("(?i)https?://[^/]+/.*");
  }

  private static void collect(RegionNode node, Selection select,
      BiConsumer<ArchiveEntry, RegionNode.Organ> render, List<Runnable> work) {
    for (RegionNode.Organ organ : node.organs()) {
      for (ArchiveEntry e : organ.years()) if (select.report(e.dir())) work.add(() -> render.accept(e, organ));
    }
    for (RegionNode child : node.children()) collect(child, select, render, work);
  }

  /** Configures a {@link Renderer}. */
  public static final class Builder {
    private Theme theme = Theme.builtIn();
    private String baseUrl = "/";
    private String siteTitle = "政府信息公开工作年度报告档案";
    private Path previous;

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

    /**
     * The site an incremental build updates (same code and settings): files of the whole archive
     * are spliced from its copies where a {@link Selection} leaves their rows alone.
     */
    public Builder previous(Path site) {
      this.previous = Objects.requireNonNull(site, "site");
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
