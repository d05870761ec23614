package org.gongkai.diag;

import java.util.Map;
import java.util.Objects;

/**
 * Where each value of a loaded file stands, keyed by JSON Pointer ({@code /table_b/new/3}).
 * Looking up a value that is absent falls back to its nearest present parent, so a finding
 * about a missing row points at its table, and a missing table at the file's start.
 */
public record SourceMap(String file, Map<String, SourcePos> positions) {
  public SourceMap {
    Objects.requireNonNull(file, "file");
    // Read-only view, not a copy: the loader hands over a fresh map of ~250 positions per file.
    positions = java.util.Collections.unmodifiableMap(positions);
  }

  /**
   * A map of a few positions kept for long (a summary's, for every report of the archive at
   * once): in an immutable map, without a hash map's entry objects — 300,000 reports' summaries
   * held 10.8 M positions in 11.2 M hash-map entries, with a string per pointer.
   */
  public static SourceMap compact(String file, Map<String, SourcePos> positions) {
    return new SourceMap(file, Map.copyOf(positions));
  }

  public SourcePos at(String pointer) {
    String p = pointer;
    while (true) {
      SourcePos pos = positions.get(p);
      if (pos != null) return pos;
      int slash = p.lastIndexOf('/');
      if (slash <= 0) return positions.getOrDefault("", SourcePos.startOf(file));
      p = p.substring(0, slash);
    }
  }

  /** Whether the file itself holds a value at this pointer. */
  public boolean has(String pointer) {
    return positions.containsKey(pointer);
  }
}
