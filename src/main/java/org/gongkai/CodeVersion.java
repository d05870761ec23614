package org.gongkai;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the code that builds a site: the hash of the jar's table of contents — each
 * entry's name, size and CRC-32 (or of the class folder's files, by name, size and time, when
 * run from a build tree). A site built by other code — a new rule, a fixed template — is rebuilt
 * in full, never patched. The table of contents, not the bytes: hashing the 11 MB jar took a
 * tenth of a second of every one-file rebuild.
 */
final class CodeVersion {
  private static volatile String value;

  private CodeVersion() {}

  static String get() {
    String v = value;
    if (v == null) value = v = compute();
    return v;
  }

  private static String compute() {
    try {
      return of(Path.of(Gongkai.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code: a unique value, so no manifest matches and every build is a full one.
      return "unknown-" + System.nanoTime();
    }
  }

  /** The version of the code in {@code code}: a jar, or a folder of classes. */
  static String of(Path code) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isRegularFile(code)) {
        try (ZipFile jar = new ZipFile(code.toFile())) {
          for (ZipEntry e : Collections.list(jar.entries())) {
            md.update((e.getName() + "\0" + e.getSize() + "\0" + Long.toHexString(e.getCrc()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
          }
        }
      } else {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update((code.relativize(f) + "\0" + Files.size(f) + "\0" + Files.getLastModifiedTime(f).toMillis() + "\n")
              .getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
