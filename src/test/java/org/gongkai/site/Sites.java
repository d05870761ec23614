package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.model.Output;
import org.gongkai.render.Theme;
import org.gongkai.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Built sites for tests: builds content into a folder through the public API, then reads the
 * result as a user (or a crawler) would — files, HTML parsed with jsoup, XML parsed by the JDK.
 */
public final class Sites {
  /** The base URL the tests publish under when they need one. */
  public static final String BASE = "https://example.gov.cn/xxgk/ndbg/";

  private Sites() {}

  /** Builds {@code content} into {@code out} and asserts the build succeeded. */
  public static BuildResult build(Path content, Path out) {
    return build(content, out, "/", Theme.builtIn());
  }

  public static BuildResult build(Path content, Path out, String baseUrl) {
    return build(content, out, baseUrl, Theme.builtIn());
  }

  public static BuildResult build(Path content, Path out, String baseUrl, Theme theme) {
    BuildResult r = tryBuild(content, out, baseUrl, theme);
    assertTrue(r.ok(), () -> "build failed:\n" + Fixtures.printed(r.check()));
    assertNotNull(r.site());
    return r;
  }

  /** Builds without asserting success; a {@link GongkaiException} becomes an AssertionError. */
  public static BuildResult tryBuild(Path content, Path out, String baseUrl, Theme theme) {
    try {
      return Gongkai.builder().contentRoot(content).baseUrl(baseUrl).theme(theme).build().build(out);
    } catch (GongkaiException e) {
      throw new AssertionError("build threw: " + e.getMessage(), e);
    }
  }

  /** Every regular file below {@code root}, sorted. */
  public static List<Path> files(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML page of a site, sorted. */
  public static List<Path> html(Path site) {
    return files(site).stream().filter(f -> f.getFileName().toString().endsWith(".html")).toList();
  }

  /** A site's path of {@code f}, '/'-separated. */
  public static String rel(Path root, Path f) {
    return root.relativize(f).toString().replace('\\', '/');
  }

  /** Relative path → bytes of every file (hidden files included), for byte-for-byte comparisons. */
  /**
   * Every file of a site by path, but {@code .gongkai/stat.bin}: the one file that records the
   * content files' modification times, which differ between checkouts by design.
   */
  public static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> out = new TreeMap<>();
    for (Path f : files(root)) {
      String rel = rel(root, f);
      if (!rel.equals(org.gongkai.manifest.ContentStats.PATH)) out.put(rel, read(f));
    }
    return out;
  }

  public static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Path f) {
    return new String(read(f), StandardCharsets.UTF_8);
  }

  public static Document parse(Path f) {
    try {
      return Jsoup.parse(f.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses XML with the JDK's parser (namespace-aware, no external entities); fails if malformed. */
  public static org.w3c.dom.Document xml(Path f) {
    try (InputStream in = Files.newInputStream(f)) {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setNamespaceAware(true);
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return dbf.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + f + ": " + e.getMessage(), e);
    }
  }

  /** A YAML file read independently of the project's loader: snakeyaml's plain safe loader. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  /**
   * Decodes %XX sequences as UTF-8 (and nothing else: unlike URLDecoder, '+' stays '+').
   * Fails on a malformed escape.
   */
  public static String percentDecode(String s) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%') {
        if (i + 2 >= raw.length) throw new AssertionError("bad escape in " + s);
        int hi = Character.digit(raw[i + 1], 16);
        int lo = Character.digit(raw[i + 2], 16);
        if (hi < 0 || lo < 0) throw new AssertionError("bad escape in " + s);
        b.write(hi * 16 + lo);
        i += 2;
      } else {
        b.write(raw[i]);
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** Percent-encodes every byte outside the unreserved set (and '/'), as a path goes into a URL. */
  public static String percentEncode(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
      if (plain) b.append((char) c);
      else b.append(String.format("%%%02X", c));
    }
    return b.toString();
  }

  /**
   * The file a relative link on {@code page} leads to (fragment and query dropped, percent-decoded,
   * "dir/" read as "dir/index.html"), or {@code null} if it leaves the site.
   */
  public static Path target(Path site, Path page, String href) {
    String h = href;
    int hash = h.indexOf('#');
    if (hash >= 0) h = h.substring(0, hash);
    int q = h.indexOf('?');
    if (q >= 0) h = h.substring(0, q);
    String decoded = percentDecode(h);
    Path t = page.getParent().resolve(decoded).normalize();
    if (decoded.isEmpty()) t = page;
    else if (decoded.endsWith("/") || decoded.equals(".") || decoded.equals("..")) t = t.resolve("index.html");
    Path root = site.toAbsolutePath().normalize();
    t = t.toAbsolutePath().normalize();
    return t.startsWith(root) ? t : null;
  }

  /** A minimal RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF line ends). */
  public static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
      }
    }
    if (any) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Copies a folder tree (hidden files included). */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's bytes as the publisher writes them (a spliced file's pieces read from its source). */
  public static byte[] bytes(Output o) throws IOException {
    if (o instanceof Output.Bytes b) return b.bytes();
    Output.Spliced s = (Output.Spliced) o;
    byte[] source = Files.readAllBytes(s.source());
    ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Output.Spliced.Piece p : s.pieces()) {
      if (p.bytes() != null) out.writeBytes(p.bytes());
      else out.write(source, (int) p.offset(), (int) p.length());
    }
    return out.toByteArray();
  }
}
