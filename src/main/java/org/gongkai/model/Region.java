package org.gongkai.model;

import java.util.List;

/**
 * Where the organ sits, as names of the national division list from province down
 * ({@code [山东省, 聊城市, 阳谷县, 金斗营镇]}); empty for national organs.
 *
 * @param code the 统计用区划代码 of the last named place, or {@code null}
 * @param note how the region was established when the original does not state it
 */
public record Region(List<String> path, String code, String note) {
  public Region {
    path = List.copyOf(path);
  }

  /** The names joined by a space, as people write an address. */
  public String text() {
    return String.join(" ", path);
  }
}
