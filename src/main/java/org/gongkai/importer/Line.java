package org.gongkai.importer;

/** One line of the source text, numbered as in the file (1-based), so every note can point at it. */
record Line(int number, String text) {
  boolean blank() {
    return text.isBlank();
  }
}
