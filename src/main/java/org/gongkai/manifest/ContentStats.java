package org.gongkai.manifest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Size and modification time of each content file when the last build read it, so the next
 * build hashes only files whose size or time changed (as git's index does). A file modified
 * within {@link #RACY_MILLIS} before the scan is hashed again: its time alone cannot prove
 * that it did not change after the scan.
 *
 * <p>Kept apart from the {@link Manifest} in {@value #PATH}: times differ between checkouts,
 * and the manifest, like the rest of the site, must be the same for the same content.
 *
 * @param scanned when the scan started, epoch milliseconds
 */
public record ContentStats(long scanned, Map<String, Stat> files) {
  public static final String PATH = ".gongkai/stat.bin";
  static final long RACY_MILLIS = 2000;
  private static final int MAGIC = 0x474b5354; // "GKST"

  public ContentStats {
    files = Map.copyOf(files);
  }

  /** A file as last seen: size, modification time in nanoseconds, hash of its bytes. */
  public record Stat(long size, long modifiedNanos, String sha256) {}

  /** The hash recorded for {@code path} if the file still has that size and time; else null. */
  public String unchanged(String path, long size, long modifiedNanos) {
    Stat s = files.get(path);
    if (s == null || s.size() != size || s.modifiedNanos() != modifiedNanos) return null;
    if (modifiedNanos / 1_000_000 >= scanned - RACY_MILLIS) return null;
    return s.sha256();
  }

  public static ContentStats empty() {
    return new ContentStats(0, Map.of());
  }

  public static ContentStats read(Path site) {
    Path file = site.resolve(PATH);
    if (!Files.isRegularFile(file)) return empty();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      if (in.readInt() != MAGIC) return empty();
      long scanned = in.readLong();
      int n = in.readInt();
      Map<String, Stat> files = new HashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) files.put(in.readUTF(), new Stat(in.readLong(), in.readLong(), in.readUTF()));
      return new ContentStats(scanned, files);
    } catch (IOException | RuntimeException e) {
      return empty(); // only costs hashing every file once
    }
  }

  public byte[] encode() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeLong(scanned);
      out.writeInt(files.size());
      for (Map.Entry<String, Stat> e : new TreeMap<>(files).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().size());
        out.writeLong(e.getValue().modifiedNanos());
        out.writeUTF(e.getValue().sha256());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
