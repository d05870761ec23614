package org.gongkai.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as the archive places it: what lists show of it, its page's folder, its figures,
 * what readers are told about it, and the source file offered for download. The whole report
 * is not kept here: pages and the index ask a {@link ReportSource} for it.
 *
 * @param dir the report page's folder below the site root, '/'-separated, unencoded
 *     ({@code 山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023})
 * @param organDir the organ's folder, holding its page listing every year
 * @param deadline the last day the report could be published on time
 */
public record ArchiveEntry(
    ReportHead head,
    Path source,
    String dir,
    String organDir,
    KeyFigures figures,
    List<Notice> notices,
    LocalDate deadline) {
  public ArchiveEntry {
    notices = List.copyOf(notices);
  }
}
