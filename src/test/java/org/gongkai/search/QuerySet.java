package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The query set of docs/search/queries.tsv. */
final class QuerySet {
  static final Path FILE = Path.of("docs/search/queries.tsv");

  private QuerySet() {}

  static List<String> queries() {
    try {
      return Files.readAllLines(FILE).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t")[0])
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
