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
}
