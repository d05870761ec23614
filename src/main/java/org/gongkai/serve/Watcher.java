package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including folders created later) and calls back once per burst
 * of changes: an editor saving a file fires several events, and a rebuild per event would be
 * wasted work.
 */
public final class Watcher implements AutoCloseable {
  private static final long QUIET_MS = 300;
  private final WatchService watch;
  private final Thread thread;

  private Watcher(WatchService watch, List<Path> roots, Runnable onChange) throws IOException {
    this.watch = watch;
    for (Path r : roots) if (Files.isDirectory(r)) registerAll(r);
    this.thread = new Thread(() -> loop(onChange), "gongkai-watch");
    thread.setDaemon(true);
    thread.start();
  }

  public static Watcher start(List<Path> roots, Runnable onChange) throws IOException {
    return new Watcher(FileSystems.getDefault().newWatchService(), roots, onChange);
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = watch.take();
        boolean changed = drain(key);
        // Wait for the burst to end.
        WatchKey more;
        while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(more);
        if (changed) onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private boolean drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    boolean changed = false;
    for (var event : key.pollEvents()) {
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path child = dir.resolve((Path) event.context());
        if (Files.isDirectory(child)) {
          try {
            registerAll(child);
          } catch (IOException ignored) {
            // a folder that vanished again
          }
        }
      }
    }
    key.reset();
    return changed;
  }

  private void registerAll(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
    }
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
