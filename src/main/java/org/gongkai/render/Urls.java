package org.gongkai.render;

import java.nio.charset.StandardCharsets;

/**
 * Links between pages. Every link is relative to the page it is on, so the site works from any
 * sub-path ({@code /xxgk/ndbg/}) without configuration; folder names (Chinese, from content)
 * are percent-encoded so no name can break out of an attribute or a path.
 */
final class Urls {
  private Urls() {}

  /** "../" once per folder of {@code dir} (a page's folder below the site root). */
  static String root(String dir) {
    int folders = 0;
    // As many as split("/") gives: a folder is a run ending at a '/' or at a non-empty end.
    for (int i = 0; i < dir.length(); i++) if (dir.charAt(i) == '/') folders++;
    int end = dir.length();
    while (end > 0 && dir.charAt(end - 1) == '/') end--;
    if (end == 0) return "";
    folders -= dir.length() - end;
    return "../".repeat(folders + 1);
  }

  /** A site path ('/'-separated, unencoded) as it goes into an href, each segment encoded. */
  static String encode(String path) {
    byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length * 3]; // every link of every page: bytes, no builder to copy
    int n = 0;
    for (byte x : utf8) {
      int c = x & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
      if (plain) {
        out[n++] = (byte) c;
      } else {
        out[n++] = '%';
        out[n++] = HEX[c >> 4];
        out[n++] = HEX[c & 15];
      }
    }
    return new String(out, 0, n, StandardCharsets.ISO_8859_1);
  }

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** A folder's page as an href from a page in {@code fromDir}: {@code ../../山东省/}. */
  static String dir(String fromDir, String toDir) {
    String target = toDir.isEmpty() ? "" : encode(toDir) + "/";
    String link = root(fromDir) + target;
    return link.isEmpty() ? "./" : link;
  }

  /** A file as an href from a page in {@code fromDir}. */
  static String file(String fromDir, String toFile) {
    return root(fromDir) + encode(toFile);
  }
}
