package org.gongkai.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.ARow;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;
import org.gongkai.model.Contact;
import org.gongkai.model.Notice;
import org.gongkai.model.Output;
import org.gongkai.model.RegionNode;
import org.gongkai.model.Report;
import org.gongkai.model.Row;

/** A report's page and its downloads: the source YAML, and its data as JSON and CSV. */
final class ReportPages {
  private final Templates templates;
  private final Markdown markdown;
  private final Chrome chrome;

  ReportPages(Templates templates, Markdown markdown, Chrome chrome) {
    this.templates = templates;
    this.markdown = markdown;
    this.chrome = chrome;
  }

  /** Writes the page and downloads of one report; {@code organ} holds its other years. */
  void render(ArchiveEntry e, Report r, RegionNode.Organ organ, Consumer<Output> out) {
    String dir = e.dir();
    String base = Names.download(e);
    Map<String, String> downloads = new LinkedHashMap<>();
    downloads.put("yaml", Urls.encode(base + ".yaml"));
    downloads.put("json", Urls.encode(base + ".json"));
    downloads.put("csv", Urls.encode(base + ".csv"));

    Map<String, Object> vars = chrome.page(dir, r.title(), chrome.crumbs(e));
    vars.put("report", view(e, r, organ, downloads));
    out.accept(new Output.Bytes(dir + "/index.html", templates.render("report.peb", vars)));
    out.accept(new Output.Copy(dir + "/" + base + ".yaml", e.source()));
    out.accept(new Output.Bytes(dir + "/" + base + ".json", ReportData.json(r)));
    out.accept(new Output.Bytes(dir + "/" + base + ".csv", ReportData.csv(r)));
  }

  private Views.ReportView view(ArchiveEntry e, Report r, RegionNode.Organ organ, Map<String, String> downloads) {
    Map<String, SafeString> prose = new LinkedHashMap<>();
    prose.put("intro", new SafeString(markdown.toHtml(r.prose().intro())));
    prose.put("overview", new SafeString(markdown.toHtml(r.prose().overview())));
    prose.put("problems", new SafeString(markdown.toHtml(r.prose().problems())));
    prose.put("otherMatters", new SafeString(markdown.toHtml(r.prose().otherMatters())));

    List<Views.Link> years = new ArrayList<>();
    for (ArchiveEntry y : organ.years()) {
      years.add(new Views.Link(Urls.dir(e.dir(), y.dir()), y.head().year() + "年度", y == e));
    }
    // One notice per waiver: a reason given once for six missing rows is said once, with the six findings.
    Map<String, Views.NoticeView> grouped = new LinkedHashMap<>();
    for (Notice n : e.notices()) {
      String key = n.waived() ? n.code() + "\u0000" + n.reason() : n.code() + "\u0000" + n.message();
      grouped.merge(key, new Views.NoticeView(n.code(), n.waived(), n.message(), n.reason()),
          (a, b) -> new Views.NoticeView(a.code(), a.waived(),
              a.message().replaceFirst("。$", "") + "；" + b.message(), a.reason()));
    }
    List<Views.NoticeView> notices = new ArrayList<>(grouped.values());

    LocalDate date = r.published() != null ? r.published() : r.signature() != null ? r.signature().date() : null;
    boolean onTime = date != null && !date.isAfter(e.deadline());
    String timeliness = date == null
        ? "原文未载明发布日期，无法判断是否按时公布。"
        : (r.published() != null ? "本报告于" : "本报告落款日期为") + Format.date(date)
            + (onTime ? "，在公布期限之前。" : "，晚于公布期限。");

    return new Views.ReportView(
        r.title(), r.organ().name(), Format.kind(r.organ().kind()), r.region().text(), r.year(),
        Format.date(r.published()),
        r.signature() == null ? "" : join(r.signature().name(), Format.date(r.signature().date())),
        Format.date(e.deadline()), timeliness, onTime,
        Collections.unmodifiableMap(prose),
        r.tableA() == null ? null : tableA(r),
        r.tableA() == null ? null : Views.Cell.of(r.tableA().fees() == null ? null : r.tableA().fees().toPlainString()),
        r.tableB() == null ? null : rows(BRow.values(), row -> 7, row -> r.tableB().rows().get(row), BRow::key),
        r.tableC() == null ? null : rows(CRow.values(), row -> 5, row -> r.tableC().rows().get(row), CRow::key),
        notices, years, downloads, contact(r.contact()),
        r.source() == null ? "" : nonNull(r.source().note()));
  }

  private static Map<String, List<Views.Cell>> tableA(Report r) {
    return rows(ARow.values(), ARow::columns, row -> r.tableA().rows().get(row), ARow::key);
  }

  /** Every row of a table by key; a row the original lacks is all missing cells. */
  private static <R extends Enum<R>> Map<String, List<Views.Cell>> rows(
      R[] all, java.util.function.ToIntFunction<R> width, java.util.function.Function<R, Row> get,
      java.util.function.Function<R, String> key) {
    Map<String, List<Views.Cell>> out = new LinkedHashMap<>();
    for (R r : all) {
      Row row = get.apply(r);
      int n = width.applyAsInt(r);
      List<Views.Cell> cells = new ArrayList<>(n);
      for (int i = 0; i < n; i++) cells.add(row == null ? Views.Cell.MISSING : Views.Cell.of(row.get(i)));
      out.put(key.apply(r), List.copyOf(cells));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, String> contact(Contact c) {
    Map<String, String> out = new LinkedHashMap<>();
    if (c == null) return out;
    put(out, "机构名称", c.office());
    put(out, "联系电话", c.phone());
    put(out, "传真", c.fax());
    put(out, "电子邮箱", c.email());
    put(out, "联系地址", c.address());
    put(out, "邮政编码", c.postcode());
    return Collections.unmodifiableMap(out);
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v);
  }

  private static String join(String a, String b) {
    return (nonNull(a) + " " + nonNull(b)).strip();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
