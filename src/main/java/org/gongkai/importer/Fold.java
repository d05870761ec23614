package org.gongkai.importer;

import java.text.Normalizer;

/**
 * Text folded for matching, never for output: full-width letters, digits and punctuation become
 * ASCII (NFKC), curly quotes straight, and — in {@link #tight} — whitespace goes, so "（ 一 ）"
 * and "(一)" match alike. The draft always keeps the original wording.
 */
final class Fold {
  private Fold() {}

  /** NFKC with quotes unified; spaces kept. */
  static String wide(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return n.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
        .replace('〔', '[').replace('〕', ']').replace('．', '.').replace('﹒', '.');
  }

  /** {@link #wide} without any whitespace. */
  static String tight(String s) {
    return wide(s).replaceAll("\\s+", "");
  }
}
