package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Output;
import org.gongkai.model.RegionNode;

/**
 * The pages that list reports: one per region (at every level), one per organ, and per region
 * and year — split into pages of {@value #PAGE_SIZE} so no page grows without bound.
 */
final class ListPages {
  static final int PAGE_SIZE = 100;
  static final String YEARS = "年度";

  private final Templates templates;
  private final Chrome chrome;

  ListPages(Templates templates, Chrome chrome) {
    this.templates = templates;
    this.chrome = chrome;
  }

  /**
   * The pages of every region of the tree, one piece of work per region: its page, its organs'
   * pages and its per-year lists. Run side by side — the lists are a sixth of a large site's
   * pages, and written by one thread they were the last forty seconds of a 100,000-report
   * build, on one core.
   */
  void regions(Archive archive, Selection select, Consumer<Output> out, List<Runnable> work) {
    collect(archive, archive.root(), select, out, work);
  }

  private void collect(Archive archive, RegionNode node, Selection select, Consumer<Output> out, List<Runnable> work) {
    work.add(() -> region(archive, node, select, out));
    for (RegionNode child : node.children()) collect(archive, child, select, out, work);
  }

  /** The region's page, its organs' pages and its per-year lists. */
  private void region(Archive archive, RegionNode node, Selection select, Consumer<Output> out) {
    String dir = node.dir();
    SortedMap<Integer, List<ArchiveEntry>> years = archive.byRegionYear().getOrDefault(dir, new java.util.TreeMap<>());
    if (!dir.isEmpty() && select.region(dir)) {
      Map<String, Object> vars = chrome.page(dir, node.name(), chrome.crumbs(dir, node.path(), node.path()));
      vars.put("region", node.name());
      vars.put("children", counts(dir, node.children()));
      vars.put("organs", organs(dir, node.organs()));
      vars.put("years", yearRows(dir, years));
      out.accept(new Output.Bytes(dir + "/index.html", templates.render("region.peb", vars)));
    }
    for (RegionNode.Organ organ : node.organs()) if (select.organ(organ.dir())) organ(node, organ, out);
    years.forEach((year, entries) -> {
      if (select.listing(dir, year)) listing(node, year, entries, out);
    });
  }

  /** Every HTML page of the site but the 404 page, sorted: what the sitemap lists. */
  static List<String> htmlPages(Archive archive) {
    List<String> out = new ArrayList<>();
    out.add("index.html");
    out.add("search/index.html");
    htmlPages(archive, archive.root(), out);
    java.util.Collections.sort(out);
    return out;
  }

  /** How many pages {@link #htmlPages} lists. */
  static int htmlPageCount(Archive archive) {
    return 2 + htmlPageCount(archive, archive.root());
  }

  private static int htmlPageCount(Archive archive, RegionNode node) {
    String dir = node.dir();
    int n = dir.isEmpty() ? 0 : 1;
    for (RegionNode.Organ organ : node.organs()) n += 1 + organ.years().size();
    for (List<ArchiveEntry> entries : archive.byRegionYear().getOrDefault(dir, new java.util.TreeMap<>()).values()) {
      n += Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }
    for (RegionNode child : node.children()) n += htmlPageCount(archive, child);
    return n;
  }

  private static void htmlPages(Archive archive, RegionNode node, List<String> out) {
    String dir = node.dir();
    if (!dir.isEmpty()) out.add(dir + "/index.html");
    for (RegionNode.Organ organ : node.organs()) {
      out.add(organ.dir() + "/index.html");
      for (ArchiveEntry e : organ.years()) out.add(e.dir() + "/index.html");
    }
    archive.byRegionYear().getOrDefault(dir, new java.util.TreeMap<>()).forEach((year, entries) -> {
      for (String page : listingDirs(dir, year, entries.size())) out.add(page + "/index.html");
    });
    for (RegionNode child : node.children()) htmlPages(archive, child, out);
  }

  /** The folders of a region's list of one year's reports: the first page, then 2/, 3/, … */
  static List<String> listingDirs(String regionDir, int year, int reports) {
    String base = (regionDir.isEmpty() ? "" : regionDir + "/") + YEARS + "/" + year;
    int pages = Math.max(1, (reports + PAGE_SIZE - 1) / PAGE_SIZE);
    List<String> out = new ArrayList<>(pages);
    for (int p = 1; p <= pages; p++) out.add(p == 1 ? base : base + "/" + p);
    return out;
  }

  private void organ(RegionNode node, RegionNode.Organ organ, Consumer<Output> out) {
    List<String> folders = new ArrayList<>(node.path());
    folders.add(organ.dir().substring(organ.dir().lastIndexOf('/') + 1));
    List<String> names = new ArrayList<>(node.path());
    names.add(organ.name());
    Map<String, Object> vars = chrome.page(organ.dir(), organ.name(), chrome.crumbs(organ.dir(), folders, names));
    vars.put("organ", organ.name());
    vars.put("region", String.join(" ", node.path()));
    vars.put("rows", rows(organ.dir(), organ.years(), node.path().size()));
    out.accept(new Output.Bytes(organ.dir() + "/index.html", templates.render("organ.peb", vars)));
  }

  /** The reports of one year under a region, page by page (the nation's is the year page). */
  private void listing(RegionNode node, int year, List<ArchiveEntry> entries, Consumer<Output> out) {
    List<String> dirs = listingDirs(node.dir(), year, entries.size());
    String base = dirs.get(0);
    int pages = dirs.size();
    for (int p = 1; p <= pages; p++) {
      String dir = dirs.get(p - 1);
      String heading = (node.dir().isEmpty() ? "" : node.name() + " ") + year + "年度报告";
      List<String> folders = new ArrayList<>(node.path());
      List<String> names = new ArrayList<>(node.path());
      folders.add(YEARS + "/" + year);
      names.add(year + "年度");
      Map<String, Object> vars = chrome.page(dir, heading + (pages > 1 ? "（第" + p + "页）" : ""),
          chrome.crumbs(dir, folders, names));
      vars.put("heading", heading);
      vars.put("total", entries.size());
      List<ArchiveEntry> slice = entries.subList((p - 1) * PAGE_SIZE, Math.min(entries.size(), p * PAGE_SIZE));
      vars.put("rows", rows(dir, slice, node.path().size()));
      vars.put("pager", new Views.Pager(p, pages,
          p > 1 ? Urls.dir(dir, p == 2 ? base : base + "/" + (p - 1)) : "",
          p < pages ? Urls.dir(dir, base + "/" + (p + 1)) : ""));
      out.accept(new Output.Bytes(dir + "/index.html", templates.render("listing.peb", vars)));
    }
  }

  static List<Views.Count> counts(String fromDir, List<RegionNode> nodes) {
    List<Views.Count> out = new ArrayList<>();
    for (RegionNode n : nodes) out.add(new Views.Count(Urls.dir(fromDir, n.dir()), n.name(), n.reports()));
    return out;
  }

  private static List<Views.Count> organs(String fromDir, List<RegionNode.Organ> organs) {
    List<Views.Count> out = new ArrayList<>();
    for (RegionNode.Organ o : organs) out.add(new Views.Count(Urls.dir(fromDir, o.dir()), o.name(), o.years().size()));
    return out;
  }

  /** Per year: how many reports, the sums of their key figures, and a link to the list. */
  static List<Views.YearRow> yearRows(String fromDir, SortedMap<Integer, List<ArchiveEntry>> years) {
    List<Views.YearRow> out = new ArrayList<>();
    String prefix = fromDir.isEmpty() ? "" : fromDir + "/";
    years.forEach((year, entries) -> out.add(new Views.YearRow(
        year, Urls.dir(fromDir, prefix + YEARS + "/" + year), entries.size(), Format.figures(sum(entries)))));
    return out;
  }

  /** Sums of key figures; a sum is unknown ("—") if any report lacks that figure. */
  private static KeyFigures sum(List<ArchiveEntry> entries) {
    // primitives: the home page sums every report of the archive, in every build
    long received = 0, disclosed = 0, reviews = 0, lawsuits = 0;
    boolean r = true, d = true, v = true, l = true; // known so far
    for (ArchiveEntry e : entries) {
      KeyFigures f = e.figures();
      if (r &= f.received() != null) received += f.received();
      if (d &= f.disclosed() != null) disclosed += f.disclosed();
      if (v &= f.reviews() != null) reviews += f.reviews();
      if (l &= f.lawsuits() != null) lawsuits += f.lawsuits();
    }
    return new KeyFigures(r ? received : null, d ? disclosed : null, v ? reviews : null, l ? lawsuits : null);
  }

  /** Reports as rows; the region column shows the path below the listing's region. */
  static List<Views.Row> rows(String fromDir, List<ArchiveEntry> entries, int regionDepth) {
    List<Views.Row> out = new ArrayList<>(entries.size());
    for (ArchiveEntry e : entries) {
      List<String> path = e.head().region().path();
      String region = String.join(" ", path.subList(Math.min(regionDepth, path.size()), path.size()));
      out.add(new Views.Row(Urls.dir(fromDir, e.dir()), e.head().organ().name(), region,
          e.head().year(), Format.date(e.head().published()), Format.figures(e.figures())));
    }
    return out;
  }
}
