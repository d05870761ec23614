package org.gongkai.importer;

import java.util.List;

/**
 * The region as established: the path and code, or no path when the maintainer must decide.
 *
 * @param path names from the province down, or null when not established
 * @param note for region.note: how the region was inferred, or null when the text states it
 */
record RegionRead(List<String> path, String code, String note) {
  RegionRead {
    path = path == null ? null : List.copyOf(path);
  }

  static RegionRead unknown() {
    return new RegionRead(null, null, null);
  }
}
