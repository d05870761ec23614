package org.gongkai.archive;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Notice;
import org.gongkai.model.OrganPaths;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHead;
import org.gongkai.model.RegionNode;

/**
 * Groups validated reports for the site: a region tree from the reports' region paths, each
 * organ's years, each year's reports, and each region's reports per year. Everything is
 * sorted (regions and organs in Chinese collation order, years newest first in lists) so two
 * builds of the same content are identical.
 */
public final class Archiver {
  /** A report's head and key figures, the file it came from, and its findings. */
  public record Input(ReportHead head, KeyFigures figures, Path source, List<Diagnostic> findings) {
    public static Input of(Report r, Path source, List<Diagnostic> findings) {
      return new Input(ReportHead.of(r), Figures.of(r), source, findings);
    }
  }

  /** The figures lists show for a report. */
  public static KeyFigures figures(Report r) {
    return Figures.of(r);
  }

  private static final Comparator<String> CHINESE = Collator.getInstance(Locale.CHINA)::compare;

  private Archiver() {}

  public static Archive build(List<Input> inputs) {
    List<ArchiveEntry> entries = entries(inputs);
    // the region tree beside the lists by year: each walks every entry of the archive
    ForkJoinTask<RegionNode> tree = ForkJoinPool.commonPool().submit(() -> RegionTree.build(entries, CHINESE));

    SortedMap<Integer, List<ArchiveEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
    Map<String, SortedMap<Integer, List<ArchiveEntry>>> byRegionYear = new HashMap<>();
    String lastOrgan = null;
    List<SortedMap<Integer, List<ArchiveEntry>>> regions = new ArrayList<>();
    for (ArchiveEntry e : entries) {
      int year = e.head().year();
      byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(e);
      // Entries come by folder: an organ's years, and often its neighbours, share the regions above.
      if (lastOrgan == null || !sameRegion(lastOrgan, e.organDir())) {
        regions.clear();
        for (String dir : regionDirs(e)) {
          regions.add(byRegionYear.computeIfAbsent(dir, d -> new TreeMap<>(Comparator.reverseOrder())));
        }
        lastOrgan = e.organDir();
      }
      for (SortedMap<Integer, List<ArchiveEntry>> region : regions) {
        region.computeIfAbsent(year, y -> new ArrayList<>()).add(e);
      }
    }
    byYear.replaceAll((y, l) -> List.copyOf(l));
    byRegionYear.values().forEach(m -> m.replaceAll((y, l) -> List.copyOf(l)));
    return new Archive(entries, tree.join(), byYear, byRegionYear);
  }

  /** At most this many changed entries are patched into a previous archive; more are grouped anew. */
  private static final int MAX_PATCHED = 64;

  /**
   * The archive of {@code inputs}, as {@link #build(List)} gives it: patched from {@code previous}
   * (the archive of {@code previousInputs}, in the same order; either null: none) when the inputs
   * are the same files with the same places (folder, organ, year) and only a few changed —
   * a corrected table regroups nothing. Unchanged inputs are those whose head, figures and
   * findings are the very objects they were (a build that kept the last manifest's entries).
   */
  public static Archive build(List<Input> inputs, Archive previous, List<Input> previousInputs) {
    if (previous == null || previousInputs == null || previousInputs.size() != inputs.size()) return build(inputs);
    Map<ArchiveEntry, ArchiveEntry> replaced = new java.util.IdentityHashMap<>();
    Map<Path, ArchiveEntry> bySource = null;
    for (int i = 0; i < inputs.size(); i++) {
      Input was = previousInputs.get(i);
      Input now = inputs.get(i);
      if (!was.source().equals(now.source())) return build(inputs);
      if (was.head() == now.head() && was.figures() == now.figures() && was.findings() == now.findings()) continue;
      if (replaced.size() == MAX_PATCHED) return build(inputs);
      if (bySource == null) {
        bySource = new HashMap<>(previous.entries().size() * 2);
        for (ArchiveEntry e : previous.entries()) bySource.put(e.source(), e);
      }
      ArchiveEntry old = bySource.get(was.source());
      ArchiveEntry entry = entry(now);
      if (old == null || !old.dir().equals(entry.dir()) || !old.organDir().equals(entry.organDir())
          || !old.head().organ().name().equals(entry.head().organ().name()) || old.head().year() != entry.head().year()) {
        return build(inputs);
      }
      replaced.put(old, entry);
    }
    return replaced.isEmpty() ? previous : ArchivePatch.apply(previous, replaced);
  }

  /** The inputs as archive entries, sorted by folder: what lists show, without the grouping. */
  public static List<ArchiveEntry> entries(List<Input> inputs) {
    ArchiveEntry[] entries = new ArchiveEntry[inputs.size()];
    IntStream.range(0, entries.length).parallel().forEach(i -> entries[i] = entry(inputs.get(i)));
    Arrays.sort(entries, Comparator.comparing(ArchiveEntry::dir));
    return Arrays.asList(entries);
  }

  /** The folders of an entry's region, from the site root (the organ's folder excluded). */
  public static List<String> regionFolders(ArchiveEntry e) {
    List<String> folders = List.of(e.organDir().split("/"));
    return folders.subList(0, folders.size() - 1);
  }

  /** Whether two organ folders lie in the same region folder. */
  static boolean sameRegion(String organDir, String other) {
    int cut = organDir.lastIndexOf('/');
    return cut == other.lastIndexOf('/') && organDir.regionMatches(0, other, 0, Math.max(cut, 0));
  }

  /**
   * The folder of each region above an entry, the nation's ({@code ""}) first: prefixes of its
   * organ's folder, whose names hold no '/'.
   */
  public static List<String> regionDirs(ArchiveEntry e) {
    String organDir = e.organDir();
    List<String> out = new ArrayList<>(6);
    out.add("");
    for (int slash = organDir.indexOf('/'); slash >= 0; slash = organDir.indexOf('/', slash + 1)) {
      out.add(organDir.substring(0, slash));
    }
    return out;
  }

  private static ArchiveEntry entry(Input in) {
    ReportHead r = in.head();
    String organDir = String.join("/", OrganPaths.folders(r.region(), r.organ().name()));
    List<Notice> notices = new ArrayList<>();
    for (Diagnostic d : in.findings()) {
      if (d.waived() || d.severity() == Severity.WARNING) {
        notices.add(new Notice(d.code(), d.waived(), d.message().format(Lang.ZH), d.waivedBecause()));
      }
    }
    return new ArchiveEntry(r, in.source(), organDir + "/" + r.year(), organDir, in.figures(), notices,
        r.organ().kind().deadline(r.year()));
  }
}
