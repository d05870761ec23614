package org.gongkai.model;

import java.util.List;

/**
 * One place of the region tree (or the nation at the root) with what the archive holds under
 * it: sub-regions, the organs sitting directly in it, and how many reports in all.
 *
 * @param dir the region page's folder below the site root, empty for the root
 */
public record RegionNode(
    String name, List<String> path, String dir, List<RegionNode> children, List<Organ> organs, int reports) {
  public RegionNode {
    path = List.copyOf(path);
    children = List.copyOf(children);
    organs = List.copyOf(organs);
  }

  /** An organ with its reports, newest year first. */
  public record Organ(String name, String dir, List<ArchiveEntry> years) {
    public Organ {
      years = List.copyOf(years);
    }
  }
}
