package org.gongkai.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site, handed from rendering to publishing as soon as it exists, so a
 * build never holds the whole site in memory.
 */
public sealed interface Output permits Output.Bytes, Output.Copy {
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

  private static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("unsafe output path: " + path);
    }
  }
}
