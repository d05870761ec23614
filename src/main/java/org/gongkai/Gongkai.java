package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.diag.Diagnostic;
import org.gongkai.load.ContentFiles;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.region.Divisions;
import org.gongkai.validate.ReportSummary;
import org.gongkai.validate.Validator;

/**
 * The pipeline, and the only class that knows its order: load → validate (→ archive → render
 * and index → publish, as those stages land). Stages hand records forward and never call back.
 *
 * <pre>{@code
 * Gongkai g = Gongkai.builder().contentRoot(Path.of("content")).build();
 * CheckResult r = g.check(List.of(Path.of("content")));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built; building loads the schema and the division list.
 */
public final class Gongkai {
  private final Path contentRoot;
  private final Loader loader;
  private final Validator validator;
  private final Divisions divisions;

  private Gongkai(Builder b) {
    this.contentRoot = b.contentRoot;
    this.loader = Loader.create(ReportSchema.load());
    this.divisions = Divisions.load();
    this.validator = Validator.create(divisions);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Divisions divisions() {
    return divisions;
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
      for (Path f : files) {
        for (Path s : ContentFiles.siblings(f)) if (!named.contains(s)) context.add(s);
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
    Set<String> reported = Collections.synchronizedSet(new LinkedHashSet<>());
    try {
      all.parallelStream().forEach(f -> {
        LoadResult r = load(f);
        boolean report = named.contains(f);
        if (report) reported.add(r.file());
        if (report) found.addAll(r.diagnostics());
        if (r instanceof LoadResult.Loaded l) {
          Validator.Checked c = validator.check(l.report(), l.positions());
          if (report) found.addAll(c.diagnostics());
          summaries.add(c.summary());
        }
      });
    } catch (UncheckedIOException e) {
      throw new GongkaiException("无法读取 / cannot read: " + e.getCause().getMessage(), e.getCause());
    }
    List<ReportSummary> sorted = summaries.stream()
        .sorted(java.util.Comparator.comparing(ReportSummary::file)).collect(Collectors.toList());
    found.addAll(validator.checkAcross(sorted, Set.copyOf(reported)));
    return new CheckResult(files.size(), found);
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

    /** The folder holding the reports ({@code content/} by default). */
    public Builder contentRoot(Path root) {
      this.contentRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    public Gongkai build() {
      return new Gongkai(this);
    }
  }
}
