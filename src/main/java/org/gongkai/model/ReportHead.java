package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What lists, feeds and open data show of a report — a few hundred bytes instead of the whole
 * report, so the archive of 100,000 reports can be held (and cached between builds) cheaply.
 */
public record ReportHead(String title, Organ organ, Region region, int year, LocalDate published) {
  public ReportHead {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organ, "organ");
    Objects.requireNonNull(region, "region");
  }

  public static ReportHead of(Report r) {
    return new ReportHead(r.title(), r.organ(), r.region(), r.year(), r.published());
  }
}
