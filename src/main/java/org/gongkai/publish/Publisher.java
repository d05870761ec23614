package org.gongkai.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.model.Output;

/**
 * Writes a site into a staging folder next to the target and, on {@link #commit}, swaps it into
 * place. Until then the previous site is untouched, so a build that fails halfway — bad
 * content, a template error, a full disk — never leaves a half-written site. An existing
 * target is only ever replaced if it is empty or was itself written by Gongkai.
 *
 * <pre>{@code
 * try (Publisher p = Publisher.open(Path.of("site"))) {
 *   renderer.render(archive, p::write);
 *   p.commit();
 * }
 * }</pre>
 *
 * <p>{@link #write} is thread-safe.
 */
public final class Publisher implements AutoCloseable {
  /** Marks a folder as a Gongkai site, which a later build may replace. */
  public static final String MARKER = ".gongkai-site";

  private final Path target;
  private final Path staging;
  /** For an update: folders written whole, which replace theirs; null for a new site. */
  private final java.util.Set<String> whole;
  /** For an update: the manifest's path, removed first and placed last. */
  private final String manifest;
  private final AtomicLong files = new AtomicLong();
  /** Folders known to exist: creating one is a failed mkdir and an exception when it does. */
  private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicLong bytes = new AtomicLong();
  private boolean committed;

  private Publisher(Path target, Path staging, java.util.Set<String> whole, String manifest) {
    this.target = target;
    this.staging = staging;
    this.whole = whole;
    this.manifest = manifest;
  }

  /** What was published. */
  public record Stats(long files, long bytes) {}

  /**
   * Prepares a staging folder beside {@code target}; fails if the target cannot be replaced.
   * The caller must be the site's only writer ({@link SiteLock}): what earlier builds of it
   * left behind is removed first.
   */
  public static Publisher open(Path target) throws IOException {
    Path t = target.toAbsolutePath().normalize();
    if (Files.exists(t) && !replaceable(t)) {
      throw new IOException("输出目录已存在且不是 Gongkai 生成的网站，不会覆盖 / refusing to replace a folder "
          + "Gongkai did not create: " + target);
    }
    Path parent = t.getParent();
    Files.createDirectories(parent);
    removeLeftovers(t);
    Path staging = Files.createTempDirectory(parent, "." + t.getFileName() + ".staging-");
    Files.writeString(staging.resolve(MARKER), "Built by Gongkai; this folder is replaced on every build.\n");
    return new Publisher(t, staging, null, null);
  }

  /**
   * Prepares an update of a site Gongkai built: written files go to a staging folder and, on
   * {@link #commit}, replace their namesakes in the site, which keeps every other file. The
   * folders named in {@code whole} are written complete and replace their old selves, so files
   * they no longer hold disappear. Each file and folder is replaced atomically, the update as
   * a whole is not; {@code manifest} is removed first and written last, so an update that
   * stops halfway makes the next build a full one.
   */
  public static Publisher update(Path target, java.util.Set<String> whole, String manifest) throws IOException {
    Path t = target.toAbsolutePath().normalize();
    if (!Files.isDirectory(t) || !Files.exists(t.resolve(MARKER))) {
      throw new IOException("not a site Gongkai built: " + target);
    }
    removeLeftovers(t);
    Path staging = Files.createTempDirectory(t.getParent(), "." + t.getFileName() + ".staging-");
    return new Publisher(t, staging, java.util.Set.copyOf(whole), manifest);
  }

  /**
   * Removes what builds of {@code target} that were killed (Ctrl-C, out of memory, a reboot)
   * left: staging folders and previous sites set aside beside it ({@code .site.staging-N},
   * {@code .site.old-N}: a whole site each, 17 GB at 300,000 reports), and folders an update set
   * aside inside it ({@code .old-N}, which would otherwise be published with the site). Only
   * names Gongkai gives (a number after the dash) are touched.
   */
  static void removeLeftovers(Path target) throws IOException {
    java.util.regex.Pattern beside = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote("." + target.getFileName() + ".") + "(staging|old)-\\d+");
    java.util.regex.Pattern inside = java.util.regex.Pattern.compile("\\.old-\\d+");
    List<Path> left = new ArrayList<>();
    if (Files.isDirectory(target.getParent())) {
      try (var s = Files.list(target.getParent())) {
        s.filter(p -> beside.matcher(p.getFileName().toString()).matches()).forEach(left::add);
      }
    }
    if (Files.exists(target.resolve(MARKER))) {
      try (var s = Files.list(target)) {
        s.filter(p -> inside.matcher(p.getFileName().toString()).matches()).forEach(left::add);
      }
    }
    for (Path p : left) deleteTree(p);
  }

  private static boolean replaceable(Path t) throws IOException {
    if (!Files.isDirectory(t)) return false;
    if (Files.exists(t.resolve(MARKER))) return true;
    try (var s = Files.list(t)) {
      return s.findAny().isEmpty();
    }
  }

  /** Writes one file into the staging folder. */
  public void write(Output o) {
    Path f = staging.resolve(o.path()).normalize();
    if (!f.startsWith(staging)) throw new IllegalArgumentException("output escapes the site: " + o.path());
    try {
      Path parent = f.getParent();
      if (!folders.contains(parent)) {
        Files.createDirectories(parent);
        folders.add(parent);
      }
      if (o instanceof Output.Bytes b) {
        Files.write(f, b.bytes());
        bytes.addAndGet(b.bytes().length);
      } else if (o instanceof Output.Copy c) {
        Files.copy(c.source(), f, StandardCopyOption.REPLACE_EXISTING);
        bytes.addAndGet(Files.size(f));
      } else if (o instanceof Output.Spliced s) {
        bytes.addAndGet(splice(s, f));
      }
      files.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a spliced file: the kept ranges are copied by the kernel, file to file. */
  private static long splice(Output.Spliced s, Path f) throws IOException {
    try (FileChannel from = FileChannel.open(s.source(), StandardOpenOption.READ);
        FileChannel to = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      for (Output.Spliced.Piece p : s.pieces()) {
        if (p.bytes() != null) {
          ByteBuffer b = ByteBuffer.wrap(p.bytes());
          while (b.hasRemaining()) to.write(b);
          continue;
        }
        for (long done = 0; done < p.length(); ) {
          long n = from.transferTo(p.offset() + done, p.length() - done, to);
          if (n <= 0) throw new IOException(s.source() + " is shorter than the file it should be spliced from");
          done += n;
        }
      }
      return to.size();
    }
  }

  /** Swaps the staging folder into place and removes the previous site (or applies the update). */
  public Stats commit() throws IOException {
    if (whole != null) return apply();
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) move(old, target); // put the previous site back
      throw e;
    }
    committed = true;
    if (old != null) deleteTree(old);
    return new Stats(files.get(), bytes.get());
  }

  private Stats apply() throws IOException {
    Files.deleteIfExists(target.resolve(manifest));
    Path last = staging.resolve(manifest).getParent();
    List<Path> staged = new ArrayList<>();
    try (var walk = Files.walk(staging)) {
      walk.filter(Files::isRegularFile).sorted().forEach(staged::add);
    }
    for (String dir : new java.util.TreeSet<>(whole)) {
      Path fresh = staging.resolve(dir);
      if (!Files.isDirectory(fresh)) continue;
      Path old = target.resolve(dir);
      Path aside = null;
      if (Files.exists(old)) {
        aside = Files.createTempDirectory(target, ".old-");
        Files.delete(aside);
        move(old, aside);
      }
      move(fresh, old);
      if (aside != null) deleteTree(aside);
    }
    List<Path> atEnd = new ArrayList<>();
    for (Path f : staged) {
      if (!Files.exists(f)) continue; // moved with a whole folder
      if (f.startsWith(last)) {
        atEnd.add(f);
        continue;
      }
      place(f);
    }
    for (Path f : atEnd) place(f);
    committed = true;
    deleteTree(staging);
    return new Stats(files.get(), bytes.get());
  }

  private void place(Path staged) throws IOException {
    Path to = target.resolve(staging.relativize(staged).toString());
    Files.createDirectories(to.getParent());
    try {
      Files.move(staged, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Discards the staging folder unless the site was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) deleteTree(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes a folder and everything in it. A previous site is half a million files at 100,000
   * reports; deleting them waits on the file system more than on the CPU, so the folders two
   * levels down are deleted side by side (measured here: one thread 92 µs a file, eight 29 µs).
   */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root);
      return;
    }
    List<Path> subtrees = new ArrayList<>();
    try (var top = Files.list(root)) {
      for (Path t : top.toList()) {
        if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(t);
          continue;
        }
        try (var inner = Files.list(t)) {
          subtrees.addAll(inner.toList());
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "gongkai-delete");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Path sub : subtrees) done.add(pool.submit(() -> {
        deleteSerially(sub);
        return null;
      }));
      for (var f : done) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while deleting " + root);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    deleteSerially(root); // the emptied folders, and the root
  }

  private static void deleteSerially(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
