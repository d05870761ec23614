package org.gongkai.render;

import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.OrganPaths;

/** File names of downloads, readable when saved: 金斗营镇人民政府-2023.json. */
final class Names {
  private Names() {}

  static String download(ArchiveEntry e) {
    return OrganPaths.safeSegment(e.head().organ().name()) + "-" + e.head().year();
  }
}
