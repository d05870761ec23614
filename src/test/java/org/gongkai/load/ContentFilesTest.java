package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {
  @TempDir Path root;

  /**
   * The walk puts each folder's entries in order and its sub-folders' files after them as runs;
   * the result must be the order the listing of named paths gives (full paths sorted), also
   * where a folder's name is a prefix of a sibling's ("abc" before "abc.d" and "abc.yaml" as
   * names, but "abc.d/…" and "abc.yaml" before "abc/…" as paths).
   */
  @Test
  void walkListsFilesInPathOrder() throws IOException {
    for (String f : List.of("abc/2023.yaml", "abc.d/2022.yaml", "abc.yaml", "ab/z.yml", "abc-x/1.yaml",
        "河南省/安阳市/滑县/2023.yaml", "河南省/安阳市/滑县/2022.yaml", "河南省/安阳市/2023.yaml",
        "河南省/安阳市县/2023.yaml", "河南省/安阳/2023.yaml", "a/b/c/d/2024.yaml", "a/b.yaml", "a/b/notes.txt",
        ".git/x.yaml", "a/.hidden/2023.yaml")) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x: 1\n");
    }
    List<ContentFiles.Found> walked = ContentFiles.walk(root);
    List<Path> listed = ContentFiles.list(List.of(root));
    assertEquals(listed, walked.stream().map(ContentFiles.Found::file).toList());
    assertEquals(12, walked.size());
    for (ContentFiles.Found f : walked) {
      assertEquals(root.relativize(f.file()).toString().replace('\\', '/'), f.rel());
      assertEquals(5, f.size());
    }
  }

  /**
   * A watcher's changed paths applied to an earlier listing give what a walk gives now: edited,
   * new and deleted files, a new folder (whose files the watcher may not have reported), a
   * deleted folder, and changes the walk ignores (hidden, not a report, outside the folder).
   */
  @Test
  void anUpdatedListingEqualsANewWalk() throws IOException {
    for (String f : List.of("abc/2023.yaml", "abc.yaml", "河南省/安阳市/滑县/2023.yaml", "河南省/安阳市/滑县/2022.yaml",
        "河南省/安阳市/2023.yaml", "河南省/濮阳市/2023.yaml", "a/b/2024.yaml")) {
      write(f, "x: 1\n");
    }
    List<ContentFiles.Found> before = ContentFiles.walk(root);
    write("abc/2023.yaml", "x: 12\n"); // edited
    write("abc/2024.yaml", "x: 1\n"); // new, beside
    write("河南省/安阳市/内黄县/2023.yaml", "x: 1\n"); // in a new folder: only the folder reported
    write("河南省/安阳市/内黄县/2024.yaml", "x: 1\n");
    Files.delete(root.resolve("河南省/安阳市/滑县/2022.yaml"));
    Files.delete(root.resolve("a/b/2024.yaml"));
    Files.delete(root.resolve("a/b"));
    write(".git/x.yaml", "x: 1\n");
    write("abc/notes.txt", "x\n");
    List<Path> changed = List.of(root.resolve("abc/2023.yaml"), root.resolve("abc/2024.yaml"),
        root.resolve("河南省/安阳市/内黄县"), root.resolve("河南省/安阳市/内黄县/2024.yaml"),
        root.resolve("河南省/安阳市/滑县/2022.yaml"), root.resolve("a/b"), root.resolve(".git/x.yaml"),
        root.resolve("abc/notes.txt"), root.getParent().resolve("elsewhere.yaml"), root.resolve("no/such.yaml"));
    List<ContentFiles.Found> updated = ContentFiles.update(root, before, changed);
    assertEquals(ContentFiles.walk(root), updated);
    assertEquals(8, updated.size());
    assertEquals(ContentFiles.walk(root), ContentFiles.update(root, updated, List.of()), "nothing changed");
    List<Path> many = new java.util.ArrayList<>(changed); // a large burst (a checkout): looked up by ancestor
    for (ContentFiles.Found f : updated) many.add(f.file());
    assertEquals(ContentFiles.walk(root), ContentFiles.update(root, before, many));
  }

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
