package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds the report files under the paths a user names, in a stable order. */
public final class ContentFiles {
  private ContentFiles() {}

  /**
   * Every {@code .yaml}/{@code .yml} file under the given files or folders, sorted and without
   * duplicates; hidden files and folders (".git") are skipped.
   *
   * @throws java.nio.file.NoSuchFileException when a named path does not exist
   */
  public static List<Path> list(List<Path> paths) throws IOException {
    TreeSet<Path> out = new TreeSet<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!Files.exists(abs)) throw new java.nio.file.NoSuchFileException(p.toString());
      if (Files.isRegularFile(abs)) {
        out.add(abs);
        continue;
      }
      try (Stream<Path> walk = Files.walk(abs)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> isReport(f) && !hidden(abs.relativize(f)))
            .forEach(out::add);
      }
    }
    return new ArrayList<>(out);
  }

  /** The report files of one folder — an organ's years: the context that cross-year rules need. */
  public static List<Path> reportsIn(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && isReport(f)).sorted().toList();
    }
  }

  static boolean isReport(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  private static boolean hidden(Path rel) {
    for (Path seg : rel) if (seg.toString().startsWith(".")) return true;
    return false;
  }

  /** The path as the user should see it: relative to the working directory when below it. */
  public static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  /** The path below the content root ('/'-separated), or the absolute path when outside it. */
  public static String relative(Path file, Path contentRoot) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = contentRoot.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
