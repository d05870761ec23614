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
    if (dir.isEmpty()) return "";
    return "../".repeat(dir.split("/").length);
  }

  /** A site path ('/'-separated, unencoded) as it goes into an href, each segment encoded. */
  static String encode(String path) {
    byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(utf8.length * 3);
    for (byte x : utf8) {
      int c = x & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
      if (plain) b.append((char) c);
      else b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
    }
    return b.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
