package org.gongkai.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.RegionNode;

/** Builds the region tree bottom-up from the entries' folders. */
final class RegionTree {
  /** A node while it is being filled. */
  private static final class Draft {
    final String name;
    final List<String> path;
    // Hash maps while filling, sorted once when frozen: a collator comparison costs about a
    // microsecond, and a sorted map would make several for each of 100,000 entries.
    final Map<String, Draft> children = new HashMap<>();
    final Map<String, List<ArchiveEntry>> organs = new HashMap<>();
    int reports;

    Draft(String name, List<String> path) {
      this.name = name;
      this.path = path;
    }
  }

  private RegionTree() {}

  static RegionNode build(List<ArchiveEntry> entries, Comparator<String> order) {
    Draft root = new Draft("全国", List.of());
    String lastOrgan = null;
    List<Draft> regions = new ArrayList<>(); // the last entry's, root first
    String lastOrganDir = null;
    String lastName = null;
    List<ArchiveEntry> years = null;
    for (ArchiveEntry e : entries) {
      if (lastOrgan == null || !Archiver.sameRegion(lastOrgan, e.organDir())) {
        regions.clear();
        regions.add(root);
        for (String folder : Archiver.regionFolders(e)) {
          Draft node = regions.get(regions.size() - 1);
          Draft child = node.children.get(folder);
          if (child == null) {
            List<String> path = new ArrayList<>(node.path);
            path.add(folder);
            node.children.put(folder, child = new Draft(folder, List.copyOf(path)));
          }
          regions.add(child);
        }
        lastOrgan = e.organDir();
      }
      for (Draft d : regions) d.reports++;
      String name = e.head().organ().name();
      if (!e.organDir().equals(lastOrganDir) || !name.equals(lastName)) { // an organ's years come together
        Draft node = regions.get(regions.size() - 1);
        years = node.organs.computeIfAbsent(name + "\u0000" + e.organDir(), k -> new ArrayList<>());
        lastOrganDir = e.organDir();
        lastName = name;
      }
      years.add(e);
    }
    return freeze(root, order);
  }

  private static RegionNode freeze(Draft d, Comparator<String> order) {
    List<RegionNode> children = new ArrayList<>();
    for (String k : sorted(d.children.keySet(), order)) children.add(freeze(d.children.get(k), order));
    List<RegionNode.Organ> organs = new ArrayList<>();
    for (String k : sorted(d.organs.keySet(), order)) {
      List<ArchiveEntry> years = d.organs.get(k);
      List<ArchiveEntry> sorted = new ArrayList<>(years);
      sorted.sort(Comparator.comparingInt((ArchiveEntry e) -> e.head().year()).reversed());
      ArchiveEntry any = sorted.get(0);
      organs.add(new RegionNode.Organ(any.head().organ().name(), any.organDir(), sorted));
    }
    return new RegionNode(d.name, d.path, String.join("/", d.path), children, organs, d.reports);
  }

  private static List<String> sorted(java.util.Set<String> keys, Comparator<String> order) {
    List<String> out = new ArrayList<>(keys);
    // names the collator ranks equal still get a fixed order
    out.sort(order.thenComparing(Comparator.naturalOrder()));
    return out;
  }

}
