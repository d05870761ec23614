package org.gongkai.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.testing.Fixtures;

/**
 * The five real reports of the project (copies of {@code /work/shared/seeds}, kept under this
 * package's test resources) and the hand-made content files transcribing them.
 */
enum Seed {
  JINDOUYING("000_ad9f0d6ea18bc191.txt", Fixtures.JINDOUYING),
  BALIYING("001_f6bc4bc83a045248.txt", Fixtures.BALIYING),
  ANGSU("002_7f2f8b249cd6ed3d.txt", Fixtures.ANGSU),
  QUANTANG("003_e09efae4794f4a2c.txt", Fixtures.QUANTANG),
  ANLIANG("004_709a8d8ff7e18c17.txt", Fixtures.ANLIANG);

  static final Path DIR = Path.of("src/test/resources/org/gongkai/importer/seeds");

  final String file;
  /** The content file's path below content/. */
  final String content;

  Seed(String file, String content) {
    this.file = file;
    this.content = content;
  }

  byte[] bytes() {
    try {
      return Files.readAllBytes(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The hand-made content file's text. */
  String expected() {
    return Fixtures.seed(content);
  }
}
