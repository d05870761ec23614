package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including folders created later) and calls back once per burst
 * of changes with the paths changed (files and folders; null when the system dropped events and
 * anything may have changed): an editor saving a file fires several events, and a rebuild per
 * event would be wasted work.
 */
public final class Watcher implements AutoCloseable {
  private static final long QUIET_MS = 300;
  private final WatchService watch;
  /** The watched folders (only the watching thread changes it after the start). */
  private final Map<Path, WatchKey> keys = new HashMap<>();
  private final List<Path> roots;
  private final Thread thread;

  private Watcher(WatchService watch, List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    this.watch = watch;
    this.roots = List.copyOf(roots);
    for (Path r : roots) if (Files.isDirectory(r)) registerAll(r);
    this.thread = new Thread(() -> loop(onChange), "gongkai-watch");
    thread.setDaemon(true);
    thread.start();
  }

  public static Watcher start(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    return new Watcher(FileSystems.getDefault().newWatchService(), roots, onChange);
  }

  private void loop(Consumer<Set<Path>> onChange) {
    try {
      while (true) {
        Set<Path> changed = new HashSet<>();
        boolean lost = drain(watch.take(), changed);
        // Wait for the burst to end.
        WatchKey more;
        while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) lost |= drain(more, changed);
        if (lost) rewatch();
        if (lost) onChange.accept(null);
        else if (!changed.isEmpty()) onChange.accept(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Adds the key's changed paths to {@code changed}; true if events were lost. */
  private boolean drain(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    boolean lost = false;
    for (var event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        lost = true;
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      changed.add(child);
      if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && keys.containsKey(child)) {
        // A watched folder deleted or moved away. A moved folder keeps its watch, which goes on
        // naming its old path (and would be handed back for its new one): every watch is made
        // anew once the burst is over, and the build is told to look at everything.
        lost = true;
      }
      // A new folder: watched from now on; files made in it before that are found by reading
      // it whole, which a changed folder's path tells the build to do.
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerAll(child);
        } catch (IOException ignored) {
          // a folder that vanished again
        }
      }
    }
    // a folder deleted or no longer readable: its key is no longer valid, and its path was reported
    key.reset();
    return lost;
  }

  private void registerAll(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        keys.put(d, d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY));
      }
    }
  }

  /** Drops every watch and watches the roots' folders again, each under its present path. */
  private void rewatch() {
    for (WatchKey k : keys.values()) k.cancel();
    keys.clear();
    for (Path r : roots) {
      try {
        if (Files.isDirectory(r)) registerAll(r);
      } catch (IOException ignored) {
        // a folder that vanished while being walked: its parent's events report it
      }
    }
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
