package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.List;
import java.util.Map;

/**
 * What templates receive: immutable records holding ready-to-print text and relative links.
 * Templates never compute or query anything; every string is escaped by Pebble except the
 * {@link SafeString} prose, which {@link Markdown} has already made safe.
 */
final class Views {
  private Views() {}

  /** A link: its relative href and its text. {@code current} marks the page itself. */
  record Link(String href, String text, boolean current) {
    Link(String href, String text) {
      this(href, text, false);
    }
  }

  /** One table cell: its number as text, or missing (the original did not give it). */
  record Cell(String text, boolean missing) {
    static final Cell MISSING = new Cell("", true);

    static Cell of(Object value) {
      return value == null ? MISSING : new Cell(value.toString(), false);
    }
  }

  /** Key figures as printed in lists; "—" stands for unknown. */
  record Figures(String received, String disclosed, String reviews, String lawsuits) {}

  /** A report as a row of a list. */
  record Row(String href, String organ, String region, int year, String published, Figures figures) {}

  /** A year of a region: how many reports, the sums of their key figures, the link to their list. */
  record YearRow(int year, String href, int reports, Figures figures) {}

  /** An entry of the Atom feed. */
  record FeedItem(String title, String url, String id, String updated, String summary) {}

  /** A region, organ or year with the number of reports under it. */
  record Count(String href, String name, int reports) {}

  /** Previous/next page links of a split list; {@code pages} is 1 when nothing is split. */
  record Pager(int page, int pages, String prev, String next) {}

  /** A notice to readers about the original (a waived finding or a warning). */
  record NoticeView(String code, boolean waived, String message, String reason) {}

  /** Everything a report page shows. */
  record ReportView(
      String title,
      String organ,
      String kind,
      String region,
      int year,
      String published,
      String signature,
      String deadline,
      String timeliness,
      boolean onTime,
      Map<String, SafeString> prose,
      Map<String, List<Cell>> tableA,
      Cell fees,
      Map<String, List<Cell>> tableB,
      Map<String, List<Cell>> tableC,
      List<NoticeView> notices,
      List<Link> years,
      Map<String, String> downloads,
      Map<String, String> contact,
      String sourceNote) {}
}
