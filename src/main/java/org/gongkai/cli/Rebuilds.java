package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.ContentChanges;
import org.gongkai.serve.Watcher;

/**
 * Builds a site again after each burst of changes to its content or theme ({@code build
 * --watch}, {@code serve}). The watch begins before the first build, so what changes while a
 * build runs is built next; each build is told what the watcher saw and reads only that
 * instead of walking the content (see {@link ContentChanges}).
 */
final class Rebuilds implements AutoCloseable {
  private final ContentChanges changes = new ContentChanges();
  private final Predicate<ContentChanges> build;
  private final Watcher watcher;

  /**
   * Starts watching {@code content} and {@code theme} (null: the built-in theme). {@code build}
   * builds, told the changes, and says whether it published; {@code rebuilt} runs after each
   * rebuild that did.
   */
  Rebuilds(Path content, Path theme, Predicate<ContentChanges> build, Runnable rebuilt, PrintWriter out)
      throws IOException {
    this.build = build;
    List<Path> watched = new ArrayList<>(List.of(content));
    if (theme != null) watched.add(theme);
    this.watcher = Watcher.start(watched, changed -> {
      if (changed == null) changes.unknown();
      else changes.add(changed);
      out.println("检测到修改，重新生成…… / changes seen, rebuilding…");
      out.flush();
      if (buildNow()) rebuilt.run();
    });
  }

  /** Builds now (one build at a time), told what the watcher saw since the last one that published. */
  synchronized boolean buildNow() {
    return build.test(changes);
  }

  @Override
  public void close() throws IOException {
    watcher.close();
  }
}
