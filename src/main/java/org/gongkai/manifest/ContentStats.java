package org.gongkai.manifest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Size and modification time of each content file when the last build read it, so the next
 * build hashes only files whose size or time changed (as git's index does): the hash is then
 * the one the {@link Manifest} holds. A file modified within {@link #RACY_MILLIS} before the scan
 * is hashed again: its time alone cannot prove that it did not change after the scan.
 *
 * <p>Kept apart from the manifest in {@value #PATH}: times differ between checkouts, and the
 * manifest, like the rest of the site, must be the same for the same content. Its rows are the
 * manifest's entries, in order (no paths: 16 bytes a file and a hash of the path to check the
 * two line up), so reading and writing it for 100,000 files costs milliseconds.
 *
 * @param scanned when the scan started, epoch milliseconds
 * @param paths {@link String#hashCode} of each entry's path
 */
public record ContentStats(long scanned, int[] paths, long[] sizes, long[] modifiedNanos) {
  public static final String PATH = ".gongkai/stat.bin";
  static final long RACY_MILLIS = 2000;
  private static final int MAGIC = 0x474b5332; // "GKS2"
  private static final int ROW = 4 + 8 + 8;

  public ContentStats {
    if (sizes.length != paths.length || modifiedNanos.length != paths.length) {
      throw new IllegalArgumentException("one size and time per path");
    }
  }

  /**
   * Whether the manifest's entry {@code index}, of {@code path}, was last read with this size
   * and time: then its hash stands without reading the file.
   */
  public boolean unchanged(int index, String path, long size, long modified) {
    if (index < 0 || index >= paths.length) return false;
    if (paths[index] != path.hashCode() || sizes[index] != size || modifiedNanos[index] != modified) return false;
    return modified / 1_000_000 < scanned - RACY_MILLIS;
  }

  public static ContentStats empty() {
    return new ContentStats(0, new int[0], new long[0], new long[0]);
  }

  /** The files of a manifest's entries, in its order, with their sizes and times. */
  public static ContentStats of(long scanned, List<Manifest.Entry> entries, long[] sizes, long[] modifiedNanos) {
    int[] paths = new int[entries.size()];
    for (int i = 0; i < paths.length; i++) paths[i] = entries.get(i).path().hashCode();
    return new ContentStats(scanned, paths, sizes, modifiedNanos);
  }

  /** The stats of a site whose manifest has {@code entries} entries; empty if they do not match. */
  public static ContentStats read(Path site, int entries) {
    Path file = site.resolve(PATH);
    try {
      if (!Files.isRegularFile(file)) return empty();
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.remaining() < 16 || in.getInt() != MAGIC) return empty();
      long scanned = in.getLong();
      int n = in.getInt();
      if (n != entries || in.remaining() != (long) n * ROW) return empty();
      ContentStats s = new ContentStats(scanned, new int[n], new long[n], new long[n]);
      for (int i = 0; i < n; i++) {
        s.paths[i] = in.getInt();
        s.sizes[i] = in.getLong();
        s.modifiedNanos[i] = in.getLong();
      }
      return s;
    } catch (IOException | RuntimeException e) {
      return empty(); // only costs hashing every file once
    }
  }

  public byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(16 + paths.length * ROW);
    out.putInt(MAGIC).putLong(scanned).putInt(paths.length);
    for (int i = 0; i < paths.length; i++) out.putInt(paths[i]).putLong(sizes[i]).putLong(modifiedNanos[i]);
    return out.array();
  }
}
