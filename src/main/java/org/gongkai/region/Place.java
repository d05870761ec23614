package org.gongkai.region;

import java.util.List;
import java.util.Objects;

/**
 * One place in the division list.
 *
 * @param code its 统计用区划代码 (2, 4, 6 or 9 digits)
 * @param name its official name, e.g. 八里营镇
 * @param level its level, which follows from the code's length
 * @param path the names from the province down to and including this place; the bookkeeping
 *     rows 市辖区/县/省直辖县级行政区划 are not places and never appear in it
 */
public record Place(String code, String name, Level level, List<String> path) {
  public Place {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    path = List.copyOf(path);
  }

  /** The path as one line, names separated by a space: "河南省 安阳市 滑县 八里营镇". */
  public String pathText() {
    return String.join(" ", path);
  }
}
