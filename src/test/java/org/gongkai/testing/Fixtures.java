package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.CheckResult;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;

/**
 * Real files for tests: copies of the repository's seed reports in a temporary content tree,
 * edited line by line, then checked through the public API.
 */
public final class Fixtures {
  /** The repository's content folder (tests run with the project root as working directory). */
  public static final Path CONTENT = Path.of("content");

  public static final String JINDOUYING = "山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023.yaml";
  public static final String BALIYING = "河南省/安阳市/滑县/八里营镇/八里营镇人民政府/2024.yaml";
  public static final String ANGSU = "内蒙古自治区/鄂尔多斯市/鄂托克前旗/昂素镇/昂素镇人民政府/2023.yaml";
  public static final String QUANTANG = "湖南省/湘潭市/湘乡市/泉塘镇/泉塘镇人民政府/2023.yaml";
  public static final String ANLIANG = "河南省/平顶山市/郏县/安良镇/安良镇人民政府/2024.yaml";

  private Fixtures() {}

  /** A pipeline over the given content root. */
  public static Gongkai gongkai(Path contentRoot) {
    return Gongkai.builder().contentRoot(contentRoot).build();
  }

  /** The text of a seed report from the repository's content folder. */
  public static String seed(String rel) {
    try {
      return Files.readString(CONTENT.resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code root/rel} as UTF-8, creating folders. */
  public static Path write(Path root, String rel, String text) {
    return writeBytes(root, rel, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path writeBytes(Path root, String rel, byte[] bytes) {
    try {
      Path f = root.resolve(rel);
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies one seed into a content tree at its own path and returns the file. */
  public static Path copySeed(Path root, String rel) {
    return write(root, rel, seed(rel));
  }

  /** Copies every seed into a fresh content tree. */
  public static void copyAllSeeds(Path root) {
    for (String rel : List.of(JINDOUYING, BALIYING, ANGSU, QUANTANG, ANLIANG)) copySeed(root, rel);
  }

  /** Copies every seed into {@code root/content} and builds them into {@code root/site}; returns the site. */
  public static Path buildAllSeeds(Path root) {
    Path content = root.resolve("content");
    copyAllSeeds(content);
    Path site = root.resolve("site");
    try {
      BuildResult r = gongkai(content).build(site);
      if (!r.ok()) throw new AssertionError("the seeds do not build: " + r.check().diagnostics());
    } catch (GongkaiException e) {
      throw new AssertionError(e);
    }
    return site;
  }

  /** Checks everything under {@code root} (as content root). */
  public static CheckResult check(Path root) {
    return check(root, root);
  }

  public static CheckResult check(Path root, Path... paths) {
    try {
      return gongkai(root).check(List.of(paths));
    } catch (GongkaiException e) {
      throw new AssertionError(e);
    }
  }

  /** Findings of one rule code. */
  public static List<Diagnostic> findings(CheckResult r, String code) {
    return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  /** Every finding formatted as printed, for assertion messages. */
  public static String printed(CheckResult r) {
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : r.diagnostics()) b.append(d.format(Lang.ZH)).append('\n');
    return b.toString();
  }

  /** The 1-based number of the first line containing {@code needle}. */
  public static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
    throw new AssertionError("no line contains " + needle);
  }

  /** Replaces the first line containing {@code needle} with {@code replacement}. */
  public static String replaceLine(String text, String needle, String replacement) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        lines[i] = replacement;
        return String.join("\n", lines);
      }
    }
    throw new AssertionError("no line contains " + needle);
  }

  /** All report files below a folder, sorted. */
  public static List<Path> files(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
