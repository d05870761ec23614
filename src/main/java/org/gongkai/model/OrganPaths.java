package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a report's file belongs under {@code content/}: one folder per region level, one for
 * the organ, and the year as the file name. Names become folder names only through
 * {@link #safeSegment}, so no content can climb out of the tree or name a device.
 */
public final class OrganPaths {
  /** Top folder of national (中央) organs, which have no region. */
  public static final String NATIONAL = "中央";

  private OrganPaths() {}

  /** The folders from the content root to the organ's folder. */
  public static List<String> folders(Region region, String organName) {
    List<String> out = new ArrayList<>();
    if (region.path().isEmpty()) out.add(NATIONAL);
    for (String name : region.path()) out.add(safeSegment(name));
    out.add(safeSegment(organName));
    return out;
  }

  /** {@code 山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023.yaml}. */
  public static String file(Region region, String organName, int year) {
    return String.join("/", folders(region, organName)) + "/" + year + ".yaml";
  }

  /**
   * A name as one path segment: separators, control and reserved characters become '_',
   * leading dots and surrounding spaces go, and an empty result becomes '_'.
   */
  public static String safeSegment(String name) {
    if (plain(name)) return name; // nearly every name: nothing to replace (the archive asks 100,000 times)
    StringBuilder b = new StringBuilder(name.length());
    name.strip().codePoints().forEach(cp -> {
      boolean bad = cp < 0x20 || cp == 0x7f || "/\\:*?\"<>|".indexOf(cp) >= 0;
      b.appendCodePoint(bad ? '_' : cp);
    });
    String s = b.toString().replaceFirst("^\\.+", "");
    return s.isEmpty() ? "_" : s;
  }

  /** Whether {@link #safeSegment} leaves a name as it is. */
  private static boolean plain(String name) {
    if (name.isEmpty() || name.charAt(0) == '.') return false;
    if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) return false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.isSurrogate(c)) return false;
    }
    return true;
  }
}
