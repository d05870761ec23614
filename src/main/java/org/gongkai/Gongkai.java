package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.gongkai.archive.Archiver;
import org.gongkai.diag.Diagnostic;
import org.gongkai.index.Indexer;
import org.gongkai.load.ContentFiles;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.Archive;
import org.gongkai.model.Report;
import org.gongkai.model.ReportSource;
import org.gongkai.publish.Publisher;
import org.gongkai.region.Divisions;
import org.gongkai.render.Renderer;
import org.gongkai.render.Theme;
import org.gongkai.validate.ReportSummary;
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
 * <p>Immutable and thread-safe once built; building loads the schema and the division list.
 */
public final class Gongkai {
  private final Path contentRoot;
  private final Theme theme;
  private final String baseUrl;
  private final Loader loader;
  private final Validator validator;

  private Gongkai(Builder b) {
    this.contentRoot = b.contentRoot;
    this.theme = b.theme;
    this.baseUrl = b.baseUrl;
    this.loader = Loader.create(ReportSchema.load());
    this.validator = Validator.create(Divisions.load());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates the report files under {@code paths}. The same organ's other years are read as
   * context for the rules across years, but only findings about the named files are returned.
   */
  public CheckResult check(List<Path> paths) throws GongkaiException {
    return scan(paths, false).result;
  }

  /**
   * Validates everything under the content root and, if no error was found, renders the site
   * into {@code out}, replacing the previous site only once every file has been written.
   */
  public BuildResult build(Path out) throws GongkaiException {
    long start = System.nanoTime();
    Scan scan = scan(List.of(contentRoot), true);
    if (!scan.result.ok()) return new BuildResult(scan.result, null);
    double checked = seconds(start);
    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    for (Diagnostic d : scan.result.diagnostics()) byFile.computeIfAbsent(d.pos().file(), f -> new ArrayList<>()).add(d);
    List<Archiver.Input> inputs = new ArrayList<>();
    Map<Path, Report> reports = new HashMap<>();
    for (LoadedFile f : scan.loaded) {
      inputs.add(Archiver.Input.of(f.report, f.path, byFile.getOrDefault(f.shown, List.of())));
    }
    Archive archive = Archiver.build(inputs);
    for (LoadedFile f : scan.loaded) reports.put(f.path, f.report);
    ReportSource source = e -> reports.get(e.source());
    Renderer renderer = Renderer.builder().theme(theme).baseUrl(baseUrl).build();
    try (Publisher publisher = Publisher.open(out)) {
      // Indexing is single-threaded (one segment, fixed order); it runs beside rendering,
      // which fills the other core.
      long indexStart = System.nanoTime();
      CompletableFuture<Double> indexed = CompletableFuture.supplyAsync(() -> {
        Indexer.index(archive, source, publisher::write);
        return seconds(indexStart);
      });
      long renderStart = System.nanoTime();
      int pages;
      double rendered;
      try {
        pages = renderer.render(archive, source, publisher::write);
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
      double index = join(indexed);
      long commitStart = System.nanoTime();
      Publisher.Stats stats = publisher.commit();
      var stages = new BuildResult.Stages(checked, rendered, index, seconds(commitStart));
      return new BuildResult(scan.result,
          new BuildResult.Figures(archive.entries().size(), pages, stats.files(), stats.bytes(), seconds(start), stages));
    } catch (IOException e) {
      throw new GongkaiException("无法写入网站 / cannot write the site: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new GongkaiException("无法写入网站 / cannot write the site: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
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

  /** A report kept for rendering: without its position map, the bulk of a loaded file. */
  private record LoadedFile(Path path, String shown, Report report) {}

  private record Scan(CheckResult result, List<LoadedFile> loaded) {}

  private Scan scan(List<Path> paths, boolean keepReports) throws GongkaiException {
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
    List<Path> all = new ArrayList<>(files);
    all.addAll(context);
    Set<Path> named = Set.copyOf(files);

    List<Diagnostic> found = Collections.synchronizedList(new ArrayList<>());
    List<ReportSummary> summaries = Collections.synchronizedList(new ArrayList<>());
    List<LoadedFile> loaded = Collections.synchronizedList(new ArrayList<>());
    Set<String> reported = Collections.synchronizedSet(new LinkedHashSet<>());
    try {
      all.parallelStream().forEach(f -> {
        LoadResult r = load(f);
        boolean report = named.contains(f);
        if (report) {
          reported.add(r.file());
          found.addAll(r.diagnostics());
        }
        if (r instanceof LoadResult.Loaded l) {
          Validator.Checked c = validator.check(l.report(), l.positions());
          if (report) found.addAll(c.diagnostics());
          summaries.add(c.summary());
          if (report && keepReports) loaded.add(new LoadedFile(f, l.file(), l.report()));
        }
      });
    } catch (UncheckedIOException e) {
      throw new GongkaiException("无法读取 / cannot read: " + e.getCause().getMessage(), e.getCause());
    }
    List<ReportSummary> sorted = new ArrayList<>(summaries);
    sorted.sort(Comparator.comparing(ReportSummary::file));
    found.addAll(validator.checkAcross(sorted, Set.copyOf(reported)));
    List<LoadedFile> kept = new ArrayList<>(loaded);
    kept.sort(Comparator.comparing(f -> f.path));
    return new Scan(new CheckResult(files.size(), found), kept);
  }

  private LoadResult load(Path f) {
    try {
      return loader.load(f, contentRoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link Gongkai}. */
  public static final class Builder {
    private Path contentRoot = Path.of("content");
    private Theme theme = Theme.builtIn();
    private String baseUrl = "/";

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

    public Gongkai build() {
      return new Gongkai(this);
    }
  }
}
