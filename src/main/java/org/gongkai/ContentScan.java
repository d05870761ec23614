package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * knows with the same hash, takes what that build found — then runs the rules across reports.
 * A full scan runs them over every file; with a previous manifest they run only over the
 * {@linkplain ReportSummary#scope scopes} holding a file that was read, added or removed, and
 * every other file keeps the findings the manifest holds. Only findings about the named files
 * are kept; context files (an organ's other years, for {@code check}) inform the rules across
 * reports.
 */
final class ContentScan {
  /**
   * One file: loaded now ({@code fresh}), taken from the previous manifest ({@code known}), or
   * rejected (neither; its findings in {@code rejected}). {@code shownPrefix}: how its shown path
   * begins before {@code rel}, or null to ask {@link ContentFiles#display}. {@code was}: the index
   * of the previous manifest's entry for the same path, or -1.
   */
  record Unit(Path path, String rel, String shownPrefix, boolean named, long size, long modifiedNanos, String sha256,
      Fresh fresh, Manifest.Entry known, List<Diagnostic> rejected, int was) {
    /** The path as findings show it (made when asked: only files checked again need it). */
    String shown() {
      return shownPrefix != null ? shownPrefix + rel : ContentFiles.display(path);
    }

    /** The hash of the file's bytes (a known file's from the manifest, decoded when asked). */
    @Override
    public String sha256() {
      return sha256 != null ? sha256 : known != null ? known.sha256() : null;
    }

    boolean loaded() {
      return fresh != null || known != null;
    }

    /** The report, if it was loaded now. */
    Report report() {
      return fresh == null ? null : fresh.report();
    }

    ReportHead head() {
      return fresh != null ? fresh.head() : known != null ? known.head() : null;
    }

    KeyFigures figures() {
      return fresh != null ? fresh.figures() : known.figures();
    }

    ReportSummary summary() {
      return fresh != null ? fresh.summary() : known != null ? known.summary() : null;
    }

    /** Findings of loading the file and of the rules on it alone. */
    List<Diagnostic> own() {
      return fresh != null ? fresh.own() : known != null ? known.own() : rejected;
    }

    String textSha256() {
      return fresh != null ? fresh.textSha256() : known.textSha256();
    }

    String scope() {
      return fresh != null ? fresh.summary().scope() : known.scope();
    }
  }

  /** A file loaded and checked now. */
  record Fresh(Report report, ReportHead head, KeyFigures figures, ReportSummary summary, List<Diagnostic> own,
      String textSha256) {}

  /**
   * The files in path order, every finding about the named ones, when the scan started (epoch
   * milliseconds, for {@link ContentStats}), how many were read, and the scopes checked again
   * ({@code null}: all of them).
   */
  record Result(List<Unit> units, List<Diagnostic> findings, long scanned, int read, Set<String> rechecked) {
    /** Whether the rules across reports ran again over this unit's scope. */
    boolean rechecked(Unit u) {
      return rechecked == null || !u.loaded() || rechecked.contains(u.scope());
    }

    /** The unit of a file (units are in path order), or null. */
    Unit unit(Path file) {
      int lo = 0;
      int hi = units.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = units.get(mid).path().compareTo(file);
        if (c == 0) return units.get(mid);
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return null;
    }
  }

  private final Path contentRoot;
  private final Loader loader;
  private final Validator validator;
  private final Manifest previous;
  /** The previous manifest's entries by path (their index in it), made if a file is not where it was. */
  private volatile Map<String, Integer> known;
  private final ContentStats stats;
  /** The content root as a path string ends, and as findings show it: paths below it are cut, not resolved. */
  private final String rootPrefix;
  private final String shownPrefix;

  ContentScan(Path contentRoot, Loader loader, Validator validator, Manifest previous, ContentStats stats) {
    this.contentRoot = contentRoot;
    this.loader = loader;
    this.validator = validator;
    this.previous = previous;
    this.stats = stats;
    Path root = contentRoot.toAbsolutePath().normalize();
    String r = root.toString();
    String separator = root.getFileSystem().getSeparator();
    this.rootPrefix = r.endsWith(separator) ? r : r + separator;
    // A file below the root shows as the root shows, then its path below the root (display():
    // relative to the working folder when below it, else absolute), unless the working folder
    // lies inside the root: then each file is shown as display() shows it.
    Path cwd = Path.of("").toAbsolutePath();
    String shown = ContentFiles.display(root);
    this.shownPrefix = cwd.startsWith(root) && !cwd.equals(root) ? null : shown.isEmpty() ? "" : shown + "/";
  }

  /**
   * Scans the named files (in path order, as {@link ContentFiles} lists them; size and time as
   * listed, or -1 to stat them) and the context files.
   */
  Result run(List<ContentFiles.Found> named, Set<Path> context) {
    long scanned = System.currentTimeMillis();
    List<ContentFiles.Found> all = new ArrayList<>(named);
    for (Path f : context) all.add(new ContentFiles.Found(f));
    int namedCount = named.size();
    List<Unit> units = new ArrayList<>(IntStream.range(0, all.size()).parallel()
        .mapToObj(i -> unit(i, all.get(i), i < namedCount)).toList());
    if (!context.isEmpty()) units.sort(Comparator.comparing(Unit::path));

    Set<String> rechecked = previous == null ? null : touchedScopes(units);
    List<Diagnostic> findings = new ArrayList<>();
    List<ReportSummary> summaries = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    int read = 0;
    for (Unit u : units) {
      if (u.known() == null) read++;
      boolean again = rechecked == null || !u.loaded() || rechecked.contains(u.scope());
      if (!again) {
        // Nothing in its scope changed: what the last build found about it stands.
        if (u.named() && u.known().hasFindings()) findings.addAll(u.known().findings());
        continue;
      }
      if (u.named()) {
        findings.addAll(u.own());
        reported.add(u.shown());
      }
      if (u.loaded()) summaries.add(u.summary());
    }
    summaries.sort(Comparator.comparing(ReportSummary::file));
    findings.addAll(validator.checkAcross(summaries, reported));
    return new Result(units, findings, scanned, read, rechecked);
  }

  /**
   * The scopes of the files read now, of those they replace, and of files the manifest holds
   * that are gone: only there can a rule across reports find something else than last time.
   */
  private Set<String> touchedScopes(List<Unit> units) {
    Set<String> scopes = new HashSet<>();
    boolean[] present = new boolean[previous.entries().size()];
    for (Unit u : units) {
      if (u.was() >= 0) present[u.was()] = true;
      if (u.known() != null) continue;
      if (u.fresh() != null) scopes.add(u.scope());
      if (u.was() >= 0) scopes.add(previous.entries().get(u.was()).scope());
    }
    for (int i = 0; i < present.length; i++) if (!present[i]) scopes.add(previous.entries().get(i).scope());
    return scopes;
  }

  /**
   * The index of the previous manifest's entry for a file, or -1. Files and entries are both
   * in path order, so unless files were added or removed before it, the {@code i}th file is the
   * {@code i}th entry: a string comparison instead of a map of 100,000 paths.
   */
  private int previousIndex(int i, String rel) {
    if (previous == null) return -1;
    List<Manifest.Entry> entries = previous.entries();
    if (i < entries.size() && entries.get(i).path().equals(rel)) return i;
    Map<String, Integer> byPath = known;
    if (byPath == null) {
      synchronized (this) {
        if (known == null) known = previous.indexByPath();
        byPath = known;
      }
    }
    return byPath.getOrDefault(rel, -1);
  }

  private Unit unit(int i, ContentFiles.Found found, boolean named) {
    try {
      Path f = found.file();
      String rel = found.rel(); // set by a walk of the content root
      if (rel == null) {
        String path = f.toString();
        // as listed: absolute and normalised, so one below the root is its path after the root's
        boolean below = f.isAbsolute() && path.startsWith(rootPrefix);
        rel = below ? path.substring(rootPrefix.length()).replace('\\', '/') : ContentFiles.relative(f, contentRoot);
      }
      String shown = found.rel() != null || f.isAbsolute() && f.toString().startsWith(rootPrefix) ? shownPrefix : null;
      long size = found.size();
      long modified = found.modifiedNanos();
      if (size < 0) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        size = a.size();
        modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      }
      int was = previousIndex(i, rel);
      // The manifest stores findings' paths below the content root and reads them back below
      // it, so an entry's positions name the file as it is shown now.
      if (was >= 0 && size <= Loader.MAX_BYTES) {
        Manifest.Entry before = previous.entries().get(was);
        if (stats.unchanged(was, rel, size, modified)
            || Loader.sha256(Files.readAllBytes(f)).equals(before.sha256())) {
          return new Unit(f, rel, shown, named, size, modified, null, null, before, null, was);
        }
      }
      LoadResult r = loader.load(f, contentRoot);
      if (!(r instanceof LoadResult.Loaded l)) {
        return new Unit(f, rel, shown, named, size, modified, null, null, null, r.diagnostics(), was);
      }
      Validator.Checked c = validator.check(l.report(), l.positions());
      List<Diagnostic> own = new ArrayList<>(l.diagnostics());
      own.addAll(c.diagnostics());
      String text = Loader.sha256(Indexer.body(l.report()).getBytes(StandardCharsets.UTF_8));
      Fresh fresh = new Fresh(l.report(), ReportHead.of(l.report()), Archiver.figures(l.report()), c.summary(),
          List.copyOf(own), text);
      return new Unit(f, rel, shown, named, size, modified, l.sha256(), fresh, null, null, was);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
