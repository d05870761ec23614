package org.gongkai.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a content file, 1-based like compiler messages: {@code content/…/2023.yaml:41:9}.
 *
 * @param file the path as the user should see it (relative to the working directory when
 *     possible, '/'-separated)
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {
  private static final Comparator<SourcePos> ORDER =
      Comparator.comparing(SourcePos::file)
          .thenComparingInt(SourcePos::line)
          .thenComparingInt(SourcePos::column);

  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for findings about the file as a whole. */
  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePos o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
