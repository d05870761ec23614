package org.gongkai.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every report, grouped the ways the site presents them: by region (a tree), by organ (each
 * organ's years) and by year. Built once; every list is sorted, so output is deterministic.
 *
 * @param entries all reports, sorted by folder
 * @param byRegionYear for each region folder (empty string for the nation), its reports of each
 *     year, including those of sub-regions, sorted by folder
 */
public record Archive(
    List<ArchiveEntry> entries,
    RegionNode root,
    SortedMap<Integer, List<ArchiveEntry>> byYear,
    Map<String, SortedMap<Integer, List<ArchiveEntry>>> byRegionYear) {
  public Archive {
    entries = List.copyOf(entries);
  }
}
