package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site is rebuilt in full exactly when the code that built it changed. */
class CodeVersionTest {
  @TempDir Path dir;

  @Test
  void aJarWithOneChangedClassIsOtherCode() throws IOException {
    Map<String, String> files = new TreeMap<>(Map.of("org/gongkai/A.class", "rule one", "theme/page.peb", "<p>"));
    String before = CodeVersion.of(jar("a.jar", files, 0));
    files.put("org/gongkai/A.class", "rule two");
    assertNotEquals(before, CodeVersion.of(jar("b.jar", files, 0)));
  }

  @Test
  void theSameClassesPackedAgainAreTheSameCode() throws IOException {
    Map<String, String> files = Map.of("org/gongkai/A.class", "rule one", "theme/page.peb", "<p>");
    // a rebuilt jar: new entry times, the same contents
    assertEquals(CodeVersion.of(jar("a.jar", files, 0)), CodeVersion.of(jar("b.jar", files, 86_400_000L)));
  }

  @Test
  void aClassFolderChangesWithItsFiles() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/org/gongkai"));
    Path a = Files.writeString(classes.resolve("A.class"), "rule one");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    String before = CodeVersion.of(dir.resolve("classes"));
    Files.writeString(a, "rule two");
    Files.setLastModifiedTime(a, FileTime.fromMillis(2_000_000));
    assertNotEquals(before, CodeVersion.of(dir.resolve("classes")));
  }

  private Path jar(String name, Map<String, String> files, long time) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var f : new TreeMap<>(files).entrySet()) {
        ZipEntry e = new ZipEntry(f.getKey());
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
