package org.gongkai.importer;

/**
 * A place named in the text, as written and as the division list spells it (郟县 → 郏县).
 *
 * @param written the name in the text
 * @param official the name in the division list
 */
record PlaceName(String written, String official) {
  boolean variant() {
    return !written.equals(official);
  }
}
