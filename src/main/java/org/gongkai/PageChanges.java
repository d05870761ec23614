package org.gongkai;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /** The pages to write, or {@code null} when only a full build gives the right site. */
  static Selection between(Manifest before, Map<Path, String> shaAfter, Path contentRoot, Archive now) {
    Path root = contentRoot.toAbsolutePath().normalize();
    List<Archiver.Input> inputs = new ArrayList<>();
    Map<Path, String> shaBefore = new HashMap<>();
    for (Manifest.File f : before.files()) {
      Path source = root.resolve(f.path()); // as listed: absolute, normalised
      inputs.add(new Archiver.Input(f.head(), f.figures(), source, f.findings()));
      shaBefore.put(source, f.sha256());
    }

    Map<String, ArchiveEntry> then = new HashMap<>();
    for (ArchiveEntry e : Archiver.entries(inputs)) then.put(e.dir(), e);
    Map<String, ArchiveEntry> current = new HashMap<>();
    Map<String, List<ArchiveEntry>> organs = new HashMap<>();
    for (ArchiveEntry e : now.entries()) {
      current.put(e.dir(), e);
      organs.computeIfAbsent(e.organDir(), d -> new ArrayList<>()).add(e);
    }
    for (ArchiveEntry t : then.values()) {
      ArchiveEntry e = current.get(t.dir());
      if (e == null || !t.source().equals(e.source())) return null;
    }

    Set<String> reports = new HashSet<>();
    Set<String> organPages = new HashSet<>();
    Set<String> regions = new HashSet<>();
    Set<String> listings = new HashSet<>();
    for (ArchiveEntry e : now.entries()) {
      ArchiveEntry t = then.get(e.dir());
      boolean added = t == null;
      boolean listed = added || !t.head().equals(e.head()) || !t.figures().equals(e.figures());
      boolean file = added || !Objects.equals(shaBefore.get(t.source()), shaAfter.get(e.source()));
      if (listed || file || !t.notices().equals(e.notices()) || !t.deadline().equals(e.deadline())) reports.add(e.dir());
      if (added) organs.get(e.organDir()).forEach(y -> reports.add(y.dir()));
      if (listed) {
        organPages.add(e.organDir());
        List<String> folders = Archiver.regionFolders(e);
        for (int depth = 0; depth <= folders.size(); depth++) {
          String dir = String.join("/", folders.subList(0, depth));
          regions.add(dir);
          listings.add(Selection.listingKey(dir, e.head().year()));
        }
      }
    }
    return new Selection(false, reports, organPages, regions, listings);
  }

  /**
   * Whether what the search index holds changed: a report added or removed, or one whose head
   * (organ, region, title, year, date) or prose changed. Tables are not searched.
   */
  static boolean searchTextChanged(Manifest before, Manifest after) {
    if (before.files().size() != after.files().size()) return true;
    Map<String, Manifest.File> then = before.byPath();
    for (Manifest.File f : after.files()) {
      Manifest.File t = then.get(f.path());
      if (t == null || !t.head().equals(f.head()) || !Objects.equals(t.textSha256(), f.textSha256())) return true;
    }
    return false;
  }

}
