package org.gongkai.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.io.UncheckedIOException;
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

  /**
   * A report file with the size and modification time the listing saw, and its path below the
   * walked folder ('/'-separated; null when not walked).
   */
  public record Found(Path file, long size, long modifiedNanos, String rel) {
    /** A file to stat when it is read. */
    public Found(Path file) {
      this(file, -1, -1, null);
    }
  }

  /**
   * Every report file under a folder with its size and time, sorted by path as {@link #list}
   * sorts them: one stat per file, folders read in parallel. A build stats all 100,000 files
   * of a large archive to find the few that changed, so this walk is most of an incremental
   * build's reading.
   *
   * @throws java.nio.file.NoSuchFileException when the folder does not exist
   */
  public static List<Found> walk(Path folder) throws IOException {
    Path abs = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) throw new java.nio.file.NoSuchFileException(folder.toString());
    try {
      return new Folder(abs, "").invoke();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The listing {@link #walk} would give now, from an earlier walk's listing of the same folder
   * and the paths changed since (files or folders, as a watcher reports them): only those are
   * read again. The caller vouches that nothing else changed; a changed path outside the folder
   * or hidden (".git") is ignored, as the walk ignores it.
   */
  public static List<Found> update(Path folder, List<Found> before, Collection<Path> changed) throws IOException {
    Path abs = folder.toAbsolutePath().normalize();
    Set<String> gone = new HashSet<>(); // paths below the folder: each, and everything under it
    List<Found> added = new ArrayList<>();
    for (Path c : new TreeSet<>(changed.stream().map(p -> p.toAbsolutePath().normalize()).toList())) {
      if (!c.startsWith(abs) || c.equals(abs) || hidden(abs.relativize(c))) continue;
      String rel = abs.relativize(c).toString().replace('\\', '/');
      gone.add(rel);
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(c, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException e) {
        continue; // deleted
      }
      try {
        if (a.isDirectory()) added.addAll(new Folder(c, rel + "/").invoke());
        else if (isReport(c.getFileName().toString())) {
          if (a.isSymbolicLink()) a = Files.readAttributes(c, BasicFileAttributes.class);
          if (a.isRegularFile()) added.add(new Found(c, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), rel));
        }
      } catch (UncheckedIOException | java.nio.file.NoSuchFileException e) {
        // gone again while being read: as deleted
      }
    }
    if (gone.isEmpty()) return before;
    List<Found> kept = new ArrayList<>(before.size());
    for (Found f : before) if (!under(f.rel(), gone)) kept.add(f);
    // both in path order (the walk's): merge, a changed folder's files replacing what it held
    added.sort(Comparator.comparing(Found::file));
    List<Found> out = new ArrayList<>(kept.size() + added.size());
    int i = 0;
    for (Found f : added) {
      while (i < kept.size() && kept.get(i).file().compareTo(f.file()) < 0) out.add(kept.get(i++));
      if (out.isEmpty() || !out.get(out.size() - 1).file().equals(f.file())) out.add(f);
    }
    while (i < kept.size()) out.add(kept.get(i++));
    return out;
  }

  /** Is {@code rel} one of {@code paths} or below one of them? (Asked of every listed file.) */
  private static boolean under(String rel, Set<String> paths) {
    if (paths.size() <= 8) { // a burst of edits: compare, without a string per ancestor
      for (String p : paths) {
        if (rel.startsWith(p) && (rel.length() == p.length() || rel.charAt(p.length()) == '/')) return true;
      }
      return false;
    }
    for (int end = rel.length(); end > 0; end = rel.lastIndexOf('/', end - 1)) {
      if (paths.contains(rel.substring(0, end))) return true;
    }
    return false;
  }

  /**
   * One folder's reports and, in parallel, its sub-folders', in path order; hidden entries
   * (".git") are skipped. A folder's entries are put in order among themselves and each
   * sub-folder's files follow as one run: sorting 100,000 full paths at the end cost an
   * incremental build a tenth of a second.
   */
  private static final class Folder extends RecursiveTask<List<Found>> {
    private final Path dir;
    /** Its path below the walked folder, ending in '/' (empty for the walked folder). */
    private final String rel;

    Folder(Path dir, String rel) {
      this.dir = dir;
      this.rel = rel;
    }

    @Override
    protected List<Found> compute() {
      // Each entry with its sort key: a file's path, a folder's path with "/." after it — every
      // path below a folder begins with its path and '/', and sorts among its siblings as that.
      List<Path> keys = new ArrayList<>();
      List<Object> children = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path p : entries) {
          String name = p.getFileName().toString();
          if (name.startsWith(".")) continue;
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (a.isDirectory()) {
            keys.add(p.resolve("."));
            children.add(new Folder(p, rel + name + "/"));
            continue;
          }
          if (!isReport(name)) continue;
          // A link is followed to a file, as the listing of named paths does, never into a folder.
          if (a.isSymbolicLink()) a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            keys.add(p);
            children.add(new Found(p, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), rel + name));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Integer[] order = new Integer[keys.size()];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, Comparator.comparing(keys::get));
      List<Folder> subs = new ArrayList<>();
      for (Object c : children) if (c instanceof Folder f) subs.add(f);
      invokeAll(subs);
      List<Found> out = new ArrayList<>();
      for (int i : order) {
        if (children.get(i) instanceof Folder f) out.addAll(f.join());
        else out.add((Found) children.get(i));
      }
      return out;
    }
  }

  /** The report files of one folder — an organ's years: the context that cross-year rules need. */
  public static List<Path> reportsIn(Path folder) throws IOException {
    Path dir = folder.toAbsolutePath().normalize();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> Files.isRegularFile(f) && isReport(f)).sorted().toList();
    }
  }

  static boolean isReport(Path f) {
    return isReport(f.getFileName().toString());
  }

  private static boolean isReport(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
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
