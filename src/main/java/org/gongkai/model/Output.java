package org.gongkai.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file of the built site, handed from rendering to publishing as soon as it exists, so a
 * build never holds the whole site in memory.
 */
public sealed interface Output permits Output.Bytes, Output.Copy, Output.Spliced {
  /** The path below the site root, '/'-separated, never absolute and never containing "..". */
  String path();

  /** A rendered file. */
  record Bytes(String path, byte[] bytes) implements Output {
    public Bytes {
      checkPath(path);
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** A file copied unchanged, such as a report's source YAML or a theme asset. */
  record Copy(String path, Path source) implements Output {
    public Copy {
      checkPath(path);
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * A file made of byte ranges of an earlier file and new bytes, in order: a large file of
   * which an incremental build changed a few lines is copied, not formatted again.
   */
  record Spliced(String path, Path source, List<Piece> pieces) implements Output {
    public Spliced {
      checkPath(path);
      Objects.requireNonNull(source, "source");
      pieces = List.copyOf(pieces);
    }

    /** New bytes, or (when {@code bytes} is null) {@code length} bytes of the source from {@code offset}. */
    public record Piece(byte[] bytes, long offset, long length) {
      public static Piece kept(long offset, long length) {
        return new Piece(null, offset, length);
      }

      public static Piece fresh(byte[] bytes) {
        return new Piece(Objects.requireNonNull(bytes, "bytes"), 0, bytes.length);
      }
    }
  }

  private static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
  }
}
