package org.gongkai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gongkai.archive.Archiver;
import org.gongkai.manifest.Manifest;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.render.Selection;

/**
 * Which pages a change touches, found by comparing the archive the previous build published
 * (rebuilt from its manifest) with the new one, report by report:
 *
 * <ul>
 *   <li>a report whose file, head, figures or notices changed: its page and downloads;
 *   <li>a report whose head or figures changed, or a new one: also its organ's page, the page
 *       of every region above it and their lists of its year (every page of each list);
 *   <li>a new report: also its organ's other years, whose pages link to every year.
 * </ul>
 *
 * Archive-wide files (home, feed, sitemap, open data, search page) are always written. A
 * removed or moved report needs pages deleted and lists shortened: that is left to a full build.
 */
final class PageChanges {
  private PageChanges() {}

  /**
   * The pages to write, or {@code null} when only a full build gives the right site. Entries the
   * new manifest took over from the old one unchanged (the same object) are skipped: their
   * file, head, figures and findings are as they were.
   *
   * @param was per entry of {@code after}, the index of the old manifest's entry for the same
   *     file, or -1 (found by the scan, so no map of 100,000 paths is made again here)
   */
  static Selection between(Manifest old, int[] was, Manifest after, Path contentRoot, Archive now) {
    Path root = contentRoot.toAbsolutePath().normalize();
    List<ArchiveEntry> entries = now.entries();
    Set<String> reports = new HashSet<>();
    Set<String> organPages = new HashSet<>();
    Set<String> regions = new HashSet<>();
    Set<String> listings = new HashSet<>();
    int stayed = 0;
    for (int i = 0; i < was.length; i++) {
      Manifest.Entry a = after.entries().get(i);
      Manifest.Entry b = was[i] < 0 ? null : old.entries().get(was[i]);
      if (b != null) stayed++;
      if (a == b) continue;
      Path source = root.resolve(a.path()); // as listed: absolute, normalised
      ArchiveEntry e = entry(a, source);
      ArchiveEntry t = b == null ? null : entry(b, source);
      if (t != null) {
        ArchiveEntry there = find(entries, t.dir());
        if (there == null || !there.source().equals(t.source())) return null; // moved: pages to delete
      }
      boolean added = t == null;
      boolean listed = added || !t.head().equals(e.head()) || !t.figures().equals(e.figures());
      boolean file = added || !b.sha256().equals(a.sha256());
      if (listed || file || !t.notices().equals(e.notices()) || !t.deadline().equals(e.deadline())) reports.add(e.dir());
      if (added) organYears(entries, e.organDir()).forEach(y -> reports.add(y.dir()));
      if (listed) {
        organPages.add(e.organDir());
        for (String dir : Archiver.regionDirs(e)) {
          regions.add(dir);
          listings.add(Selection.listingKey(dir, e.head().year()));
        }
      }
    }
    if (stayed != old.entries().size()) return null; // a file removed: pages to delete, lists to shorten
    return new Selection(false, reports, organPages, regions, listings);
  }

  private static ArchiveEntry entry(Manifest.Entry m, Path source) {
    return Archiver.entries(List.of(new Archiver.Input(m.head(), m.figures(), source, m.findings()))).get(0);
  }

  /** The entry with this folder; entries are sorted by folder. */
  private static ArchiveEntry find(List<ArchiveEntry> entries, String dir) {
    int lo = 0;
    int hi = entries.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = entries.get(mid).dir().compareTo(dir);
      if (c == 0) return entries.get(mid);
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** An organ's reports: the entries whose folders begin with its folder, a run of the sorted list. */
  private static List<ArchiveEntry> organYears(List<ArchiveEntry> entries, String organDir) {
    String prefix = organDir + "/";
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).dir().compareTo(prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    List<ArchiveEntry> out = new ArrayList<>();
    for (int i = lo; i < entries.size() && entries.get(i).dir().startsWith(prefix); i++) {
      if (entries.get(i).organDir().equals(organDir)) out.add(entries.get(i));
    }
    return out;
  }

  /**
   * The files whose part of the search index changed since {@code before}: added, or with
   * another head (organ, region, title, year, date) or other prose. Tables are not searched.
   */
  static Set<String> searchTextChanges(Manifest before, int[] was, Manifest after) {
    Set<String> changed = new HashSet<>();
    for (int i = 0; i < was.length; i++) {
      Manifest.Entry f = after.entries().get(i);
      Manifest.Entry t = was[i] < 0 ? null : before.entries().get(was[i]);
      if (t == f) continue;
      if (t == null || !t.head().equals(f.head()) || !Objects.equals(t.textSha256(), f.textSha256())) changed.add(f.path());
    }
    return changed;
  }
}
