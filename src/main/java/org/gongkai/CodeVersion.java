package org.gongkai;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the code that builds a site: the hash of the jar (or of the class folder's files,
 * by name, size and time, when run from a build tree). A site built by other code — a new rule,
 * a fixed template — is rebuilt in full, never patched.
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
      Path code = Path.of(Gongkai.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      if (Files.isRegularFile(code)) {
        md.update(Files.readAllBytes(code));
      } else {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          md.update((code.relativize(f) + "\0" + Files.size(f) + "\0" + Files.getLastModifiedTime(f).toMillis() + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // Unknown code: a unique value, so no manifest matches and every build is a full one.
      return "unknown-" + System.nanoTime();
    }
  }
}
