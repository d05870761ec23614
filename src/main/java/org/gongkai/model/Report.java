package org.gongkai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One organ's annual report for one year, as published. Tables and optional fields are
 * {@code null} when the original lacks them.
 *
 * @param file the file's path relative to the content root, '/'-separated
 * @param members for a government's aggregate report: the organs it sums, as paths relative
 *     to its region ({@code 金斗营镇/金斗营镇人民政府})
 */
public record Report(
    String file,
    Organ organ,
    Region region,
    int year,
    String title,
    LocalDate published,
    Period period,
    Prose prose,
    TableA tableA,
    TableB tableB,
    TableC tableC,
    Signature signature,
    Contact contact,
    Source source,
    List<String> members,
    List<Waiver> waivers) {

  public Report {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(organ, "organ");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(prose, "prose");
    members = List.copyOf(members);
    waivers = List.copyOf(waivers);
  }

  /** Identifies the organ across years: its region path and name. */
  public String organKey() {
    return region.path().isEmpty()
        ? OrganPaths.NATIONAL + "/" + organ.name()
        : String.join("/", region.path()) + "/" + organ.name();
  }
}
