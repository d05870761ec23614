package org.gongkai.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.ArchiveEntry;

/** What every page shares: the way back to the site root, the site's name, breadcrumbs. */
final class Chrome {
  static final String HOME = "首页";
  private final String siteTitle;

  Chrome(String siteTitle) {
    this.siteTitle = siteTitle;
  }

  String siteTitle() {
    return siteTitle;
  }

  /** Variables for a page in folder {@code dir}; callers add the page's own. */
  Map<String, Object> page(String dir, String title, List<Views.Link> crumbs) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("root", Urls.root(dir));
    vars.put("siteTitle", siteTitle);
    vars.put("title", title);
    vars.put("crumbs", crumbs);
    return vars;
  }

  /** 首页 › 省 › 市 › … for a folder path; the last crumb is the page itself. */
  List<Views.Link> crumbs(String fromDir, List<String> folders, List<String> names) {
    List<Views.Link> out = new ArrayList<>();
    out.add(new Views.Link(Urls.dir(fromDir, ""), HOME, fromDir.isEmpty()));
    for (int i = 0; i < folders.size(); i++) {
      String dir = String.join("/", folders.subList(0, i + 1));
      out.add(new Views.Link(Urls.dir(fromDir, dir), names.get(i), dir.equals(fromDir)));
    }
    return out;
  }

  /** Crumbs of a report: its regions, its organ, its year. */
  List<Views.Link> crumbs(ArchiveEntry e) {
    List<String> folders = new ArrayList<>(List.of(e.dir().split("/")));
    List<String> names = new ArrayList<>(folders);
    names.set(names.size() - 1, e.head().year() + "年度");
    names.set(names.size() - 2, e.head().organ().name());
    return crumbs(e.dir(), folders, names);
  }
}
