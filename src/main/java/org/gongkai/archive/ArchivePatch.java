package org.gongkai.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.RegionNode;

/**
 * An archive with some entries replaced by entries of the same place (folder, organ, year):
 * every grouping stays as it was, and only the lists holding a replaced entry are copied — the
 * year's, its regions', its organ's and the nodes above it.
 */
final class ArchivePatch {
  private ArchivePatch() {}

  /** {@code previous} with each key of {@code replaced} (by identity) replaced by its value. */
  static Archive apply(Archive previous, Map<ArchiveEntry, ArchiveEntry> replaced) {
    SortedMap<Integer, List<ArchiveEntry>> byYear = new TreeMap<>(previous.byYear());
    Map<String, SortedMap<Integer, List<ArchiveEntry>>> byRegionYear = new HashMap<>(previous.byRegionYear());
    RegionNode root = previous.root();
    for (ArchiveEntry old : replaced.keySet()) {
      int year = old.head().year();
      byYear.put(year, replace(byYear.get(year), replaced));
      for (String dir : Archiver.regionDirs(old)) {
        SortedMap<Integer, List<ArchiveEntry>> years = new TreeMap<>(byRegionYear.get(dir));
        years.put(year, replace(years.get(year), replaced));
        byRegionYear.put(dir, years);
      }
      root = replaceIn(root, Archiver.regionFolders(old), 0, replaced);
    }
    return new Archive(replace(previous.entries(), replaced), root, byYear, byRegionYear);
  }

  private static List<ArchiveEntry> replace(List<ArchiveEntry> list, Map<ArchiveEntry, ArchiveEntry> replaced) {
    List<ArchiveEntry> out = new ArrayList<>(list);
    for (int i = 0; i < out.size(); i++) {
      ArchiveEntry now = replaced.get(out.get(i));
      if (now != null) out.set(i, now);
    }
    return List.copyOf(out);
  }

  /** The node, with the organ of an entry {@code folders[depth…]} below it patched. */
  private static RegionNode replaceIn(RegionNode node, List<String> folders, int depth,
      Map<ArchiveEntry, ArchiveEntry> replaced) {
    if (depth == folders.size()) {
      List<RegionNode.Organ> organs = new ArrayList<>(node.organs().size());
      for (RegionNode.Organ o : node.organs()) {
        boolean holds = o.years().stream().anyMatch(replaced::containsKey);
        organs.add(holds ? new RegionNode.Organ(o.name(), o.dir(), replace(o.years(), replaced)) : o);
      }
      return new RegionNode(node.name(), node.path(), node.dir(), node.children(), organs, node.reports());
    }
    List<RegionNode> children = new ArrayList<>(node.children());
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).name().equals(folders.get(depth))) children.set(i, replaceIn(children.get(i), folders, depth + 1, replaced));
    }
    return new RegionNode(node.name(), node.path(), node.dir(), children, node.organs(), node.reports());
  }
}
