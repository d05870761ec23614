package org.gongkai.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One build at a time per site. Two builds of one site — {@code gongkai serve} rebuilding while
 * {@code gongkai build} runs, two CI jobs sharing a workspace — would read the same manifest and
 * interleave their updates, leaving pages and a manifest from different builds that later builds
 * trust. The second build waits instead.
 *
 * <p>The lock is a file beside the site ({@code .site.lock} for {@code site/}), not in it: a full
 * build swaps the whole folder. The operating system releases it when the process ends, so a
 * killed build leaves no stale lock.
 *
 * <pre>{@code
 * try (SiteLock lock = SiteLock.acquire(Path.of("site"), () -> System.err.println("waiting…"))) {
 *   // read the manifest, build, publish
 * }
 * }</pre>
 */
public final class SiteLock implements AutoCloseable {
  /**
   * A JVM holds a file's lock once (a second attempt throws), so its own builds queue here first;
   * a permit, not a thread's lock, so that any thread may close it.
   */
  private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final Semaphore local;
  private final FileChannel channel;
  private final FileLock lock;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SiteLock(Semaphore local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of a site folder. */
  public static Path file(Path site) throws IOException {
    Path t = site.toAbsolutePath().normalize();
    if (t.getFileName() == null) throw new IOException("不能把网站生成到根目录 / cannot build a site into " + t);
    return t.resolveSibling("." + t.getFileName() + ".lock");
  }

  /**
   * Takes the site's lock, waiting for the build that holds it; {@code onWait} runs once, before
   * waiting, if another build holds it.
   */
  public static SiteLock acquire(Path site, Runnable onWait) throws IOException {
    Path file = file(site);
    Semaphore local = IN_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
    boolean told = false;
    if (!local.tryAcquire()) {
      onWait.run();
      told = true;
      try {
        local.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + file);
      }
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        if (!told) onWait.run();
        lock = channel.lock();
      }
      return new SiteLock(local, channel, lock);
    } catch (IOException | RuntimeException | Error e) {
      if (channel != null) channel.close();
      local.release();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) return; // a second permit would let two builds in
    try {
      lock.release();
      channel.close();
    } finally {
      local.release();
    }
  }
}
