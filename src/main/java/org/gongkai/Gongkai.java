package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.gongkai.archive.Archiver;
import org.gongkai.diag.Diagnostic;
import org.gongkai.index.Indexer;
import org.gongkai.index.StaticIndex;
import org.gongkai.load.ContentFiles;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.manifest.ContentStats;
import org.gongkai.manifest.Manifest;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.Report;
import org.gongkai.model.ReportSource;
import org.gongkai.publish.Publisher;
import org.gongkai.publish.SiteLock;
import org.gongkai.region.Divisions;
import org.gongkai.render.Renderer;
import org.gongkai.render.Selection;
import org.gongkai.render.Theme;
import org.gongkai.validate.Validator;

/**
 * The pipeline, and the only class that knows its order: load → validate → archive → render
 * and index → publish. Stages hand records forward and never call back; validation errors stop a build
 * before anything is written.
 *
 * <pre>{@code
 * Gongkai g = Gongkai.builder().contentRoot(Path.of("content")).build();
 * CheckResult r = g.check(List.of(Path.of("content")));
 * BuildResult b = g.build(Path.of("site"));
 * }</pre>
 *
 * <p>Thread-safe once built; building loads the schema and the division list. It keeps the
 * manifest and archive it last published, so that a process building one site again and again
 * (`serve`, `build --watch`) neither decodes its unchanged entries nor groups the archive anew
 * at every build.
 */
public final class Gongkai {
  private final Path contentRoot;
  private final Theme theme;
  private final String baseUrl;
  private final Runnable onWait;
  // Made on threads of their own while a build reads the manifest and walks the content
  // (the schema and the division list take a few tenths of a second to load).
  private final CompletableFuture<Loader> loader;
  private final CompletableFuture<Validator> validator;

  /**
   * What this instance last published — the manifest, the archive and the inputs it was grouped
   * from — and the manifest file it became (its identity, size and time): the next build of that
   * site, finding that very file, takes the entries' decoded parts from that manifest rather than
   * decoding 100,000 records again, and patches that archive rather than grouping anew.
   */
  private volatile Written written;

  private Gongkai(Builder b) {
    this.contentRoot = b.contentRoot;
    this.theme = b.theme;
    this.baseUrl = b.baseUrl;
    this.onWait = b.onWait;
    this.loader = background("gongkai-schema", () -> Loader.create(ReportSchema.load()));
    this.validator = background("gongkai-divisions", () -> Validator.create(Divisions.load()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the report files under {@code paths}. The same organ's other years are read as
   * context for the rules across years, but only findings about the named files are returned.
   */
  public CheckResult check(List<Path> paths) throws GongkaiException {
    List<Path> files;
    Set<Path> context = new LinkedHashSet<>();
    try {
      files = ContentFiles.list(paths);
      Set<Path> named = Set.copyOf(files);
      Set<Path> folders = new LinkedHashSet<>();
      for (Path f : files) folders.add(f.getParent());
      for (Path folder : folders) {
        for (Path s : ContentFiles.reportsIn(folder)) if (!named.contains(s)) context.add(s);
      }
    } catch (NoSuchFileException e) {
      throw new GongkaiException("路径不存在 / no such path: " + e.getFile(), e);
    } catch (IOException e) {
      throw new GongkaiException("无法读取 / cannot read: " + e.getMessage(), e);
    }
    ContentScan.Result scan = scan(files, context, null, ContentStats.empty());
    return new CheckResult(files.size(), scan.findings());
  }

  /**
   * Validates everything under the content root and, if no error was found, renders the site
   * into {@code out}. A first build writes a new site and swaps it in once every file has been
   * written; when {@code out} holds a site this version built with the same settings, only the
   * reports that changed are loaded again and only the pages they touch are written (see
   * {@link Manifest}) — the result is the same site a full build gives.
   */
  public BuildResult build(Path out) throws GongkaiException {
    return build(out, null);
  }

  /**
   * As {@link #build(Path)}, told by a content watcher what changed since the last build
   * ({@code changes}, null: nothing known): the content is then not walked when the site's
   * listing is the one the changes amend.
   */
  public BuildResult build(Path out, ContentChanges changes) throws GongkaiException {
    try (SiteLock lock = SiteLock.acquire(out, onWait)) {
      return buildLocked(out, changes);
    } catch (IOException e) {
      throw new GongkaiException("无法锁定网站目录 / cannot lock the site: " + e.getMessage(), e);
    }
  }

  private BuildResult buildLocked(Path out, ContentChanges changes) throws GongkaiException {
    long start = System.nanoTime();
    Set<Path> taken = changes == null ? Set.of() : changes.snapshot();
    CompletableFuture<String> code = background("gongkai-code", CodeVersion::get); // reads the jar's table of contents
    String shownRoot = shownRoot();
    // the site as this instance last left it, if it still is
    Written last = Written.matching(written, out);
    Optional<Manifest> built = Manifest.read(out, shownRoot).map(m -> last == null ? m : m.reusing(last.manifest()));
    String settings = settings(join(code));
    Manifest previous = built.filter(m -> m.settings().equals(settings)).orElse(null);
    ContentStats stats = previous == null ? ContentStats.empty() : ContentStats.read(out, previous.entries().size());
    List<ContentFiles.Found> files;
    try {
      files = previous != null && changes != null && changes.amends(stats.scanned())
          ? ContentFiles.update(contentRoot, listing(previous, stats), taken)
          : ContentFiles.walk(contentRoot);
    } catch (NoSuchFileException e) {
      throw new GongkaiException("路径不存在 / no such path: " + e.getFile(), e);
    } catch (IOException e) {
      throw new GongkaiException("无法读取 / cannot read: " + e.getMessage(), e);
    }
    ContentScan.Result scan = scanFound(files, Set.of(), previous, stats);
    CheckResult check = new CheckResult(files.size(), scan.findings());
    if (!check.ok()) return new BuildResult(check, null);
    double checked = seconds(start);

    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    for (Diagnostic d : scan.findings()) byFile.computeIfAbsent(d.pos().file(), f -> new ArrayList<>()).add(d);
    List<ContentScan.Unit> scanned = scan.units();
    Manifest.Entry[] kept = new Manifest.Entry[scanned.size()];
    Archiver.Input[] inputs = new Archiver.Input[scanned.size()];
    // Decoding the archive part of 100,000 manifest entries: on every core.
    IntStream.range(0, kept.length).parallel().forEach(i -> {
      ContentScan.Unit u = scanned.get(i);
      Manifest.Entry entry = entry(u, scan.rechecked(u) ? byFile.getOrDefault(u.shown(), List.of()) : null);
      inputs[i] = new Archiver.Input(entry.head(), entry.figures(), u.path(), entry.findings());
      kept[i] = entry;
    });
    Function<Path, ContentScan.Unit> units = scan::unit;
    List<Archiver.Input> inputList = Arrays.asList(inputs);
    Archive archive = last != null && last.manifest().settings().equals(settings)
        ? Archiver.build(inputList, last.archive(), last.inputs())
        : Archiver.build(inputList);
    Manifest manifest = new Manifest(settings, Arrays.asList(kept));
    int[] was = new int[scanned.size()];
    for (int i = 0; i < was.length; i++) was[i] = scanned.get(i).was();
    Selection selection = previous == null ? null : PageChanges.between(previous, was, manifest, contentRoot, archive);
    ReportSource reports = e -> report(units.apply(e.source()));
    Renderer.Builder rendering = Renderer.builder().theme(theme).baseUrl(baseUrl);
    Renderer renderer = (selection == null ? rendering : rendering.previous(out.toAbsolutePath().normalize())).build();
    // The index holds each report's head and prose only: a corrected table leaves it as it was,
    // and a removed report or changed text rewrites it (the parts that kept theirs are reused).
    Set<String> searchChanges = selection == null ? Set.of() : PageChanges.searchTextChanges(previous, was, manifest);
    boolean reindex = selection == null || previous.entries().size() != manifest.entries().size() || !searchChanges.isEmpty();
    try (Publisher publisher = selection == null
        ? Publisher.open(out)
        : Publisher.update(out, reindex ? Set.of(Indexer.SEARCH_DIR) : Set.of(), Manifest.PATH)) {
      // Indexing runs beside rendering; both use every core they get.
      long indexStart = System.nanoTime();
      CompletableFuture<Indexed> indexed = !reindex
          ? CompletableFuture.completedFuture(new Indexed(Indexer.shards(out), 0.0))
          : CompletableFuture.supplyAsync(() -> {
            int shards;
            if (selection == null) {
              shards = Indexer.index(archive, e -> Indexer.body(reports.report(e)), publisher::write);
            } else {
              // parts of the index whose reports kept their searched text are taken as they were
              try (Indexer.StoredBodies stored = Indexer.StoredBodies.open(out)) {
                shards = Indexer.index(archive, bodies(stored, units, reports), publisher::write,
                    new Indexer.Previous(out, e -> !searchChanges.contains(units.apply(e.source()).rel())));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            return new Indexed(shards, seconds(indexStart));
          });
      long renderStart = System.nanoTime();
      int pages;
      double rendered;
      try {
        pages = renderer.render(archive, reports, selection == null ? Selection.ALL : selection, publisher::write);
        rendered = seconds(renderStart);
      } catch (RuntimeException | Error e) {
        // Let the indexer finish before the staging folder is removed under it.
        try {
          indexed.join();
        } catch (RuntimeException ignored) {
          // the rendering failure is the one to report
        }
        throw e;
      }
      Indexed index = join(indexed);
      renderer.searchPage(archive, index.shards(), publisher::write);
      publisher.write(manifest.output(shownRoot));
      publisher.write(new Output.Bytes(ContentStats.PATH, stats(scan, manifest).encode()));
      long commitStart = System.nanoTime();
      Publisher.Stats published = publisher.commit();
      written = Written.of(out, manifest, archive, inputList);
      if (changes != null) changes.published(taken, scan.scanned());
      var stages = new BuildResult.Stages(checked, rendered, index.seconds(), seconds(commitStart));
      return new BuildResult(check, new BuildResult.Figures(archive.entries().size(), pages, published.files(),
          published.bytes(), seconds(start), stages, selection != null, scan.read()));
    } catch (IOException e) {
      throw new GongkaiException("无法写入网站 / cannot write the site: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new GongkaiException("无法写入网站 / cannot write the site: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private record Written(Path file, Object key, long size, long modified, Manifest manifest, Archive archive,
      List<Archiver.Input> inputs) {
    static Written of(Path site, Manifest manifest, Archive archive, List<Archiver.Input> inputs) {
      Path file = site.resolve(Manifest.PATH);
      try {
        var a = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return new Written(file, a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), manifest, archive, inputs);
      } catch (IOException e) {
        return null;
      }
    }

    /** {@code w} when the site's manifest file is still the one it became; else null. */
    static Written matching(Written w, Path site) {
      if (w == null || w.key == null) return null;
      Written now = of(site, w.manifest, w.archive, w.inputs);
      boolean same = now != null && now.file.equals(w.file) && now.key.equals(w.key) && now.size == w.size
          && now.modified == w.modified;
      return same ? w : null;
    }
  }

  /** What indexing gave: the static index's number of term shards, and the seconds it took. */
  private record Indexed(int shards, double seconds) {}

  /**
   * A unit's manifest entry: the previous one when the file and its findings are as they were
   * ({@code findings} null: its scope was not checked again), else a new one.
   */
  private static Manifest.Entry entry(ContentScan.Unit u, List<Diagnostic> findings) {
    Manifest.Entry known = u.known();
    if (known != null && (findings == null || known.holdsFindings(findings))) return known;
    return Manifest.Entry.of(new Manifest.File(u.rel(), u.sha256(), u.head(), u.figures(), u.summary(), u.own(),
        findings, u.textSha256()));
  }

  /** The content files as the previous build listed them: its manifest's paths, its sizes and times. */
  private List<ContentFiles.Found> listing(Manifest previous, ContentStats stats) {
    Path root = contentRoot.toAbsolutePath().normalize();
    List<ContentFiles.Found> out = new ArrayList<>(previous.entries().size());
    for (int i = 0; i < previous.entries().size(); i++) {
      String rel = previous.entries().get(i).path();
      out.add(new ContentFiles.Found(root.resolve(rel), stats.sizes()[i], stats.modifiedNanos()[i], rel));
    }
    return out;
  }

  /** The content files' sizes and times now, in the order of the manifest's entries (one per unit). */
  private static ContentStats stats(ContentScan.Result scan, Manifest manifest) {
    List<ContentScan.Unit> units = scan.units();
    long[] sizes = new long[units.size()];
    long[] times = new long[units.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = units.get(i).size();
      times[i] = units.get(i).modifiedNanos();
    }
    return ContentStats.of(scan.scanned(), manifest.entries(), sizes, times);
  }

  /** The report behind a unit: the one just loaded, or loaded now (a page of an unchanged report). */
  private Report report(ContentScan.Unit u) {
    if (u.report() != null) return u.report();
    try {
      if (join(loader).load(u.path(), contentRoot) instanceof LoadResult.Loaded l) return l.report();
      throw new IllegalStateException("an unchanged report no longer loads: " + u.shown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * For an incremental build: the searchable text of each report, from the previous site's index
   * for the unchanged ones — only the index parts holding a changed report are indexed again,
   * and no unchanged file is read again for them.
   */
  private static Function<ArchiveEntry, String> bodies(Indexer.StoredBodies stored, Function<Path, ContentScan.Unit> units,
      ReportSource reports) {
    return e -> {
      ContentScan.Unit u = units.apply(e.source());
      String body = u.report() == null ? stored.get(e.dir()) : null;
      return body != null ? body : Indexer.body(reports.report(e));
    };
  }

  /** What the site depends on besides the content: a manifest made with other settings is ignored. */
  private String settings(String code) {
    return String.join("\n", "code " + code, "theme " + theme.fingerprint(), "base " + baseUrl, RUNTIME);
  }

  /**
   * What besides the code and the content decides a site's bytes: Java's Unicode tables (they
   * change with its feature version; tokenisation asks them what a letter is) and zlib's output
   * (the search index's records). A site built under others is built again in full.
   */
  static final String RUNTIME = "runtime java " + Runtime.version().feature() + " zlib " + StaticIndex.compressor();

  /** How content files' paths begin as findings show them ({@code content/}). */
  private String shownRoot() {
    String root = ContentFiles.display(contentRoot);
    return root.isEmpty() ? "" : root + "/";
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Runs {@code work} on a daemon thread of its own: the common pool stays free for the walk and the scan. */
  private static <T> CompletableFuture<T> background(String name, java.util.function.Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return result;
  }

  /** Waits for a background stage, rethrowing its failure as it was thrown. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  private ContentScan.Result scan(List<Path> named, Set<Path> context, Manifest previous, ContentStats stats)
      throws GongkaiException {
    List<ContentFiles.Found> found = new ArrayList<>();
    for (Path f : named) found.add(new ContentFiles.Found(f));
    return scanFound(found, context, previous, stats);
  }

  private ContentScan.Result scanFound(List<ContentFiles.Found> named, Set<Path> context, Manifest previous,
      ContentStats stats) throws GongkaiException {
    try {
      return new ContentScan(contentRoot, join(loader), join(validator), previous, stats).run(named, context);
    } catch (UncheckedIOException e) {
      throw new GongkaiException("无法读取 / cannot read: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Configures a {@link Gongkai}. */
  public static final class Builder {
    private Path contentRoot = Path.of("content");
    private Theme theme = Theme.builtIn();
    private String baseUrl = "/";
    private Runnable onWait = () -> {};

    /** The folder holding the reports ({@code content/} by default). */
    public Builder contentRoot(Path root) {
      this.contentRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    /** The theme to render with; the built-in theme by default. */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /** Where the site will be published, e.g. {@code https://www.example.gov.cn/xxgk/ndbg/}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Runs when a build has to wait for another build of the same site (in this process or
     * another) to finish; builds of one site take turns (see {@link SiteLock}).
     */
    public Builder onWait(Runnable onWait) {
      this.onWait = Objects.requireNonNull(onWait, "onWait");
      return this;
    }

    public Gongkai build() {
      return new Gongkai(this);
    }
  }
}
