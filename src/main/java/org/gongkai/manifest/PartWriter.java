package org.gongkai.manifest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.SourcePos;

/**
 * Writes one part of a manifest record: numbers, dates, positions, and strings once each — 0
 * then the text for a new one, n + 2 for the n-th known, the shared strings
 * ({@link ManifestCodec#SHARED}) numbered first. {@link PartReader} reads it back.
 */
final class PartWriter {
  final ByteSink data;
  final String root;
  final Map<String, Integer> seen = new HashMap<>();

  PartWriter(ByteSink data, String root) {
    this.data = data;
    this.root = root;
  }

  void str(String s) throws IOException {
    if (s == null) {
      varint(1);
      return;
    }
    Integer n = ManifestCodec.SHARED_INDEX.get(s);
    if (n == null) {
      n = seen.get(s);
      if (n != null) n += ManifestCodec.SHARED.size();
    }
    if (n != null) {
      varint(n + 2);
    } else {
      seen.put(s, seen.size());
      varint(0);
      byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      varint(utf8.length);
      data.write(utf8);
    }
  }

  void strings(List<String> list) throws IOException {
    varint(list.size());
    for (String s : list) str(s);
  }

  /** A count from a table, usually small: 0 for missing, else its zig-zag form + 1 as a varint. */
  void number(Long v) throws IOException {
    if (v == null) {
      data.writeByte(0);
      return;
    }
    long z = ((v << 1) ^ (v >> 63)) + 1;
    while ((z & ~0x7fL) != 0) {
      data.writeByte((int) ((z & 0x7f) | 0x80));
      z >>>= 7;
    }
    data.writeByte((int) z);
  }

  void date(LocalDate d) throws IOException {
    str(d == null ? null : d.toString());
  }

  private String lastShown;
  private String lastStored;

  /** A shown path: below the content root, stored relative to it after a NUL (no path has one). */
  void file(String shown) throws IOException {
    // A report's ~35 positions share one path: convert it once.
    if (!shown.equals(lastShown)) {
      lastShown = shown;
      lastStored = shown.startsWith(root) ? "\0" + shown.substring(root.length()) : shown;
    }
    str(lastStored);
  }

  void pos(SourcePos p) throws IOException {
    file(p.file());
    varint(p.line());
    varint(p.column());
  }

  void varint(int v) {
    data.varint(v);
  }
}
