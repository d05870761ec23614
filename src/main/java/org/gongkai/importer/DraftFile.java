package org.gongkai.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a draft into the content tree; never over an existing file unless asked to. */
public final class DraftFile {
  private DraftFile() {}

  /**
   * Writes {@code result}'s draft at its path below {@code root} and returns the file.
   *
   * @throws java.nio.file.FileAlreadyExistsException when the file exists and {@code force} is false
   */
  public static Path write(Path root, ImportResult result, boolean force) throws IOException {
    Path file = root.resolve(result.path()).normalize();
    if (!file.startsWith(root.normalize())) throw new IOException("draft path leaves the content root: " + result.path());
    Files.createDirectories(file.getParent());
    // CREATE_NEW fails atomically if the file appeared meanwhile: no check-then-write race.
    StandardOpenOption mode = force ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW;
    try (OutputStream out = force
        ? Files.newOutputStream(file, StandardOpenOption.CREATE, mode, StandardOpenOption.WRITE)
        : Files.newOutputStream(file, mode, StandardOpenOption.WRITE)) {
      out.write(result.yaml().getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
