package org.gongkai.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.RegionNode;

/** Builds the region tree bottom-up from the entries' folders. */
final class RegionTree {
  /** A node while it is being filled. */
  private static final class Draft {
    final String name;
    final List<String> path;
    final Map<String, Draft> children;
    final Map<String, List<ArchiveEntry>> organs;
    int reports;

    Draft(String name, List<String> path, Comparator<String> order) {
      this.name = name;
      this.path = path;
      this.children = new TreeMap<>(order);
      this.organs = new TreeMap<>(order);
    }
  }

  private RegionTree() {}

  static RegionNode build(List<ArchiveEntry> entries, Comparator<String> order) {
    Draft root = new Draft("全国", List.of(), order);
    for (ArchiveEntry e : entries) {
      Draft node = root;
      root.reports++;
      for (String folder : Archiver.regionFolders(e)) {
        List<String> path = new ArrayList<>(node.path);
        path.add(folder);
        node = node.children.computeIfAbsent(folder, f -> new Draft(f, List.copyOf(path), order));
        node.reports++;
      }
      node.organs.computeIfAbsent(e.head().organ().name() + "\u0000" + e.organDir(), k -> new ArrayList<>()).add(e);
    }
    return freeze(root);
  }

  private static RegionNode freeze(Draft d) {
    List<RegionNode> children = new ArrayList<>();
    for (Draft c : d.children.values()) children.add(freeze(c));
    List<RegionNode.Organ> organs = new ArrayList<>();
    for (List<ArchiveEntry> years : d.organs.values()) {
      List<ArchiveEntry> sorted = new ArrayList<>(years);
      sorted.sort(Comparator.comparingInt((ArchiveEntry e) -> e.head().year()).reversed());
      ArchiveEntry any = sorted.get(0);
      organs.add(new RegionNode.Organ(any.head().organ().name(), any.organDir(), sorted));
    }
    return new RegionNode(d.name, d.path, String.join("/", d.path), children, organs, d.reports);
  }

}
