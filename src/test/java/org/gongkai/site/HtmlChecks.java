package org.gongkai.site;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whole-site checks over every HTML page, each returning the problems it found as readable
 * lines ({@code page: what}) so one assertion shows them all.
 */
public final class HtmlChecks {
  /** Attributes that hold a URL the browser follows or loads. */
  static final List<String> URL_ATTRS = List.of("href", "src", "action", "formaction", "poster", "data", "srcset", "cite");

  /** Elements whose URL is loaded as part of the page (not followed by a click). */
  static final Set<String> RESOURCES = Set.of("link", "script", "img", "iframe", "frame", "embed", "object",
      "source", "video", "audio", "track", "input", "image", "use");

  static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private HtmlChecks() {}

  /** One URL-bearing attribute of one element. */
  public record Url(Element element, String attr, String value) {}

  public static List<Url> urls(Document d) {
    List<Url> out = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      for (String a : URL_ATTRS) if (e.hasAttr(a)) out.add(new Url(e, a, e.attr(a)));
    }
    return out;
  }

  /**
   * An outbound link allowed on a page: a plain http(s) link inside report prose, marked
   * {@code rel=nofollow}, on an {@code <a>} (so it is followed only when clicked).
   */
  static boolean externalProseLink(Url u) {
    String v = u.value().strip().toLowerCase(Locale.ROOT);
    return u.element().normalName().equals("a") && u.attr().equals("href")
        && (v.startsWith("http://") || v.startsWith("https://"))
        && u.element().attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")
        && !u.element().parents().select(".prose").isEmpty();
  }

  /**
   * Every internal link of every page except 404.html is relative and leads to an existing file
   * of the site; outbound links are only prose links; nothing is loaded from elsewhere.
   */
  public static List<String> linkProblems(Path site) {
    List<String> problems = new ArrayList<>();
    for (Path page : Sites.html(site)) {
      String rel = Sites.rel(site, page);
      if (rel.equals("404.html")) continue;
      Document d = Sites.parse(page);
      for (Url u : urls(d)) {
        String v = u.value().strip();
        String where = rel + ": <" + u.element().normalName() + " " + u.attr() + "=\"" + u.value() + "\">";
        boolean resource = RESOURCES.contains(u.element().normalName());
        if (v.startsWith("#")) {
          String id = v.substring(1);
          if (!id.isEmpty() && d.getElementById(id) == null && d.select("a[name=" + id + "]").isEmpty()) {
            problems.add(where + " points to no element on the page");
          }
        } else if (v.startsWith("/")) {
          problems.add(where + " is absolute-path; it breaks under a sub-path");
        } else if (SCHEME.matcher(v).find()) {
          if (resource) problems.add(where + " loads a resource from elsewhere");
          else if (!externalProseLink(u)) problems.add(where + " points outside the site");
        } else {
          if (resource && u.attr().equals("srcset")) continue;
          Path t;
          try {
            t = Sites.target(site, page, v);
          } catch (AssertionError | RuntimeException e) {
            problems.add(where + " cannot be read: " + e.getMessage());
            continue;
          }
          if (t == null) problems.add(where + " leaves the site");
          else if (!Files.isRegularFile(t)) problems.add(where + " leads to no file (" + Sites.rel(site, t) + ")");
        }
      }
    }
    return problems;
  }

  /**
   * The site published at {@code baseUrl} (ending in '/'): every page fetched at its URL (the
   * 404 page at a deep unknown URL), every link resolved as a browser would; internal links land
   * on an existing file below the base path. Non-404 pages use no absolute links at all.
   */
  public static List<String> linkProblemsUnder(Path site, String baseUrl) {
    List<String> problems = new ArrayList<>();
    URI base = URI.create(baseUrl);
    for (Path page : Sites.html(site)) {
      String rel = Sites.rel(site, page);
      boolean notFound = rel.equals("404.html");
      URI at = base.resolve(notFound ? "no/such/page/here/x.html" : Sites.percentEncode(rel));
      Document d = Sites.parse(page);
      for (Url u : urls(d)) {
        String v = u.value().strip();
        String where = rel + ": <" + u.element().normalName() + " " + u.attr() + "=\"" + u.value() + "\">";
        if (v.startsWith("#") || u.attr().equals("srcset")) continue;
        boolean resource = RESOURCES.contains(u.element().normalName());
        boolean absolute = v.startsWith("/") || SCHEME.matcher(v).find();
        if (!notFound && absolute && !externalProseLink(u)) {
          problems.add(where + " is not relative");
          continue;
        }
        if (externalProseLink(u)) {
          if (resource) problems.add(where + " loads from elsewhere");
          continue;
        }
        URI r;
        try {
          r = at.resolve(v);
        } catch (IllegalArgumentException e) {
          problems.add(where + " is not a valid URL: " + e.getMessage());
          continue;
        }
        if (!base.getScheme().equals(r.getScheme()) || !base.getHost().equals(r.getHost())
            || !r.getRawPath().startsWith(base.getRawPath())) {
          problems.add(where + " resolves to " + r + ", outside " + base);
          continue;
        }
        String path = Sites.percentDecode(r.getRawPath().substring(base.getRawPath().length()));
        Path t = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        if (!t.startsWith(site) || !Files.isRegularFile(t)) problems.add(where + " resolves to " + r + ": no such file");
      }
    }
    return problems;
  }

  /**
   * What {@code Content-Security-Policy: default-src 'self'} would block or what smuggles code:
   * inline scripts, event-handler attributes, style attributes and elements, javascript: URLs.
   */
  public static List<String> inlineCodeProblems(Path site) {
    List<String> problems = new ArrayList<>();
    for (Path page : Sites.html(site)) {
      String rel = Sites.rel(site, page);
      Document d = Sites.parse(page);
      for (Element s : d.select("script")) {
        if (!s.hasAttr("src") || !s.data().isBlank()) problems.add(rel + ": inline script " + s.outerHtml());
      }
      for (Element s : d.select("style")) problems.add(rel + ": <style> element");
      for (Element e : d.getAllElements()) {
        for (Attribute a : e.attributes()) {
          String k = a.getKey().toLowerCase(Locale.ROOT);
          if (k.startsWith("on")) problems.add(rel + ": event handler " + k + " on <" + e.normalName() + ">");
          if (k.equals("style")) problems.add(rel + ": style attribute on <" + e.normalName() + ">");
        }
      }
      for (Url u : urls(d)) {
        String v = u.value().strip().toLowerCase(Locale.ROOT).replaceAll("[\\t\\n\\r]", "");
        if (v.startsWith("javascript:") || v.startsWith("vbscript:")) problems.add(rel + ": script URL " + u.value());
      }
      for (Element m : d.select("meta[http-equiv]")) {
        if (m.attr("http-equiv").equalsIgnoreCase("refresh")) problems.add(rel + ": meta refresh");
      }
    }
    return problems;
  }
}
