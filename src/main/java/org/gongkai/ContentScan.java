package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import org.gongkai.archive.Archiver;
import org.gongkai.diag.Diagnostic;
import org.gongkai.index.Indexer;
import org.gongkai.load.ContentFiles;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.manifest.ContentStats;
import org.gongkai.manifest.Manifest;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHead;
import org.gongkai.validate.ReportSummary;
import org.gongkai.validate.Validator;

/**
 * Loads and checks report files on both cores — or, for a file the previous build's manifest
 * knows with the same hash, takes what that build found — then runs the rules across reports
 * once over all of them. Only findings about the named files are kept; context files (an
 * organ's other years, for {@code check}) inform the rules across reports.
 */
final class ContentScan {
  /**
   * One file: what the loader and the rules found in it and, for a file that was read,
   * the report itself.
   *
   * @param head {@code null} when the file could not be loaded
   * @param report {@code null} when the file could not be loaded or was taken from the manifest
   */
  record Unit(Path path, String rel, String shown, boolean named, String sha256, ReportHead head,
      KeyFigures figures, ReportSummary summary, List<Diagnostic> own, String textSha256, Report report) {
    boolean loaded() {
      return head != null;
    }
  }

  /** The files in path order, every finding about the named ones, and the files' stats now. */
  record Result(List<Unit> units, List<Diagnostic> findings, ContentStats stats, int read) {
    /** The findings of each named file, by the path shown to the user. */
    Map<String, List<Diagnostic>> byFile() {
      Map<String, List<Diagnostic>> out = new HashMap<>();
      for (Diagnostic d : findings) out.computeIfAbsent(d.pos().file(), f -> new ArrayList<>()).add(d);
      return out;
    }
  }

  private final Path contentRoot;
  private final Loader loader;
  private final Validator validator;
  private final Map<String, Manifest.File> previous;
  private final ContentStats stats;

  ContentScan(Path contentRoot, Loader loader, Validator validator, Manifest previous, ContentStats stats) {
    this.contentRoot = contentRoot;
    this.loader = loader;
    this.validator = validator;
    this.previous = previous == null ? Map.of() : previous.byPath();
    this.stats = stats;
  }

  Result run(List<Path> named, Set<Path> context) {
    long scanned = System.currentTimeMillis();
    Set<Path> isNamed = new HashSet<>(named);
    List<Path> all = new ArrayList<>(named);
    all.addAll(context);
    Map<String, ContentStats.Stat> seen = new ConcurrentHashMap<>();
    List<Unit> units = new ArrayList<>(all.parallelStream().map(f -> unit(f, isNamed.contains(f), seen)).toList());
    units.sort(Comparator.comparing(Unit::path));

    List<Diagnostic> findings = new ArrayList<>();
    List<ReportSummary> summaries = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    int read = 0;
    for (Unit u : units) {
      if (u.named()) {
        findings.addAll(u.own());
        reported.add(u.shown());
      }
      if (u.summary() != null) summaries.add(u.summary());
      if (u.report() != null || !u.loaded()) read++;
    }
    summaries.sort(Comparator.comparing(ReportSummary::file));
    findings.addAll(validator.checkAcross(summaries, reported));
    return new Result(units, findings, new ContentStats(scanned, seen), read);
  }

  private Unit unit(Path f, boolean named, Map<String, ContentStats.Stat> seen) {
    try {
      String rel = ContentFiles.relative(f, contentRoot);
      String shown = ContentFiles.display(f);
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      long size = a.size();
      long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      Manifest.File known = previous.get(rel);
      if (known != null && known.summary().file().equals(shown) && size <= Loader.MAX_BYTES) {
        String sha = stats.unchanged(rel, size, modified);
        if (sha == null) sha = Loader.sha256(Files.readAllBytes(f));
        if (sha.equals(known.sha256())) {
          seen.put(rel, new ContentStats.Stat(size, modified, sha));
          return new Unit(f, rel, shown, named, sha, known.head(), known.figures(), known.summary(), known.own(),
              known.textSha256(), null);
        }
      }
      LoadResult r = loader.load(f, contentRoot);
      if (!(r instanceof LoadResult.Loaded l)) {
        return new Unit(f, rel, shown, named, null, null, null, null, r.diagnostics(), null, null);
      }
      Validator.Checked c = validator.check(l.report(), l.positions());
      List<Diagnostic> own = new ArrayList<>(l.diagnostics());
      own.addAll(c.diagnostics());
      seen.put(rel, new ContentStats.Stat(size, modified, l.sha256()));
      String text = Loader.sha256(Indexer.body(l.report()).getBytes(StandardCharsets.UTF_8));
      return new Unit(f, rel, shown, named, l.sha256(), ReportHead.of(l.report()), Archiver.figures(l.report()),
          c.summary(), List.copyOf(own), text, l.report());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
