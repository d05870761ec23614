package org.gongkai.manifest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.SourcePos;

/** Reads a part of a manifest record as {@link PartWriter} wrote it; bad bytes are an {@link IOException}. */
final class PartReader {
  final ByteSource data;
  final String root;
  final List<String> seen = new ArrayList<>();

  PartReader(ByteSource data, String root) {
    this.data = data;
    this.root = root;
  }

  String str() throws IOException {
    int n = count();
    if (n == 1) return null;
    if (n == 0) {
      int length = count();
      if (length > data.available()) throw new IOException("bad string length");
      String s = data.text(length);
      seen.add(s);
      return s;
    }
    int k = n - 2;
    if (k < ManifestCodec.SHARED.size()) return ManifestCodec.SHARED.get(k);
    k -= ManifestCodec.SHARED.size();
    if (k >= seen.size()) throw new IOException("bad string reference");
    return seen.get(k);
  }

  List<String> strings() throws IOException {
    int n = count();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(str());
    return out;
  }

  Long number() throws IOException {
    long z = 0;
    for (int shift = 0; ; shift += 7) {
      if (shift > 63) throw new IOException("bad number");
      int b = data.readUnsignedByte();
      z |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) break;
    }
    if (z == 0) return null;
    z -= 1;
    return (z >>> 1) ^ -(z & 1);
  }

  LocalDate date() throws IOException {
    String s = str();
    if (s == null) return null;
    // as LocalDate.toString wrote it; its parser costs microseconds, 100,000 times a build
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) return LocalDate.of(y, m, d);
    }
    return LocalDate.parse(s);
  }

  /** The number the ASCII digits from {@code from} to {@code to} spell, or -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private String lastStored;
  private String lastShown;

  String file() throws IOException {
    String s = str();
    if (s != lastStored) { // strings come from the table: one instance per distinct path
      lastStored = s;
      lastShown = s != null && s.startsWith("\0") ? root + s.substring(1) : s;
    }
    return lastShown;
  }

  SourcePos pos() throws IOException {
    return new SourcePos(file(), count(), count());
  }

  /** A varint that must be a sensible count or number (guards against a damaged file). */
  int count() throws IOException {
    return data.count();
  }
}
