package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.ContentChanges;
import org.gongkai.Gongkai;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.manifest.Manifest;
import org.gongkai.render.Theme;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into an existing site reads only the content files that changed and writes only the
 * pages they touch — and gives exactly the site a full build of the same content gives. Each
 * case changes content the way maintainers do, rebuilds into the old site, and compares the
 * result byte for byte with a fresh build into an empty folder.
 */
class IncrementalBuildTest {
  @TempDir Path tmp;

  private Path corpus(String name, int n) {
    try {
      Path out = tmp.resolve(name);
      CorpusGenerator.generate(new CorpusGenerator.Options(n, out, 11, 0));
      return out.resolve("content");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@code content} into a fresh folder and asserts {@code site} equals it. */
  private void assertSameAsFullBuild(Path content, Path site, String baseUrl) {
    Path fresh = tmp.resolve("fresh-" + System.nanoTime());
    BuildResult full = Sites.build(content, fresh, baseUrl);
    assertFalse(full.site().incremental());
    DeterminismTest.assertSameTree(Sites.snapshot(fresh), Sites.snapshot(site));
  }

  private static List<Path> yamlFiles(Path content) {
    try (Stream<Path> s = Files.walk(content)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void edit(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      assertTrue(text.contains(from), () -> file + " lacks " + from);
      Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void editedReportsAreReadAgainAndTheSiteEqualsAFullBuild() throws IOException {
    Path content = corpus("edit", 60);
    Path site = tmp.resolve("site");
    Sites.build(content, site, Sites.BASE);
    List<Path> files = yamlFiles(content);
    // prose only (its page and the search index), and the publication date (lists, feed, organ page)
    edit(files.get(3), "intro: |\n", "intro: |\n  本报告已更正。\n");
    String text = Files.readString(files.get(20));
    String published = text.lines().filter(l -> l.startsWith("published: ")).findFirst().orElseThrow();
    String day = published.substring(published.length() - 2);
    String other = day.equals("20") ? "21" : "20";
    edit(files.get(20), published, published.substring(0, published.length() - 2) + other);

    Path untouched = site.resolve(relDir(content, files.get(40)) + "/index.html");
    java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(untouched);
    Object inode = Files.readAttributes(untouched, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    BuildResult r = Sites.build(content, site, Sites.BASE);
    assertTrue(r.site().incremental(), "updated the previous site");
    assertEquals(2, r.site().read(), "read only the two changed files");
    int all = Sites.files(site).size();
    assertTrue(r.site().files() < all / 2, "wrote " + r.site().files() + " of the site's " + all + " files");
    assertEquals(before, Files.getLastModifiedTime(untouched), "an unchanged report's page is not rewritten");
    assertEquals(inode, Files.readAttributes(untouched, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    assertTrue(Sites.text(site.resolve(relDir(content, files.get(3)) + "/index.html"))
        .contains("本报告已更正。"));
    assertSameAsFullBuild(content, site, Sites.BASE);
  }

  @Test
  void aCorrectedTableLeavesTheSearchIndexAsItWas() throws IOException {
    Path content = corpus("table", 30);
    Path site = tmp.resolve("site");
    Sites.build(content, site, "/");
    Path meta = site.resolve("search/meta.json");
    java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(meta);
    Path f = yamlFiles(content).get(8);
    String line = Files.readString(f).lines().filter(l -> l.startsWith("  punishment: ")).findFirst().orElseThrow();
    long n = Long.parseLong(line.replaceAll("\\D+", " ").trim().split(" ")[0]);
    edit(f, line, line.replace("punishment: " + n, "punishment: " + (n + 7)));

    BuildResult r = Sites.build(content, site, "/");
    assertTrue(r.site().incremental());
    assertEquals(0.0, r.site().stages().index(), "nothing to index");
    assertEquals(before, Files.getLastModifiedTime(meta), "the search index is not written again");
    assertSameAsFullBuild(content, site, "/");

    edit(f, "intro: |\n", "intro: |\n  补充说明。\n"); // prose is searched: the index follows
    BuildResult prose = Sites.build(content, site, "/");
    assertTrue(prose.site().stages().index() > 0);
    assertSameAsFullBuild(content, site, "/");
  }

  private static String relDir(Path content, Path file) {
    String rel = content.relativize(file).toString().replace('\\', '/');
    return rel.substring(0, rel.length() - ".yaml".length());
  }

  @Test
  void addedReportsOfNewAndExistingOrgansAreAddedIncrementally() throws IOException {
    Path content = corpus("add", 59); // ten organs, the last without one year
    Path more = corpus("more", 66); // the same ten complete, and an eleventh organ
    Path site = tmp.resolve("site");
    Sites.build(content, site, "/");
    int added = 0;
    for (Path f : yamlFiles(more)) {
      Path to = content.resolve(more.relativize(f).toString());
      if (Files.exists(to)) continue;
      Files.createDirectories(to.getParent());
      Files.copy(f, to);
      added++;
    }
    assertEquals(7, added);
    BuildResult r = Sites.build(content, site, "/");
    assertTrue(r.site().incremental());
    assertEquals(7, r.site().read());
    assertEquals(66, r.site().reports());
    assertSameAsFullBuild(content, site, "/");
  }

  @Test
  void aFindingAboutAnUnchangedReportReachesItsPage() {
    Path content = tmp.resolve("seeds");
    DeterminismTest.writeContent(content, false);
    Path site = tmp.resolve("site");
    Sites.build(content, site, Sites.BASE);
    // 2023 becomes the same text as 2024 but for the years: 2024, unchanged, is now a copy
    edit(content.resolve(Fixtures.QUANTANG), "三是宣传手段还不够丰富", "三是宣传手段仍需丰富");
    BuildResult r = Sites.build(content, site, Sites.BASE);
    assertTrue(r.site().incremental());
    assertEquals(1, r.site().read());
    assertTrue(r.check().diagnostics().stream().anyMatch(d -> d.code().equals("copied")), "the scenario gives a copied finding");
    assertSameAsFullBuild(content, site, Sites.BASE);
  }

  @Test
  void aRemovedReportMakesAFullBuild() throws IOException {
    Path content = corpus("remove", 60);
    Path site = tmp.resolve("site");
    Sites.build(content, site, "/");
    List<Path> files = yamlFiles(content);
    Path last = files.get(files.size() - 1);
    Files.delete(last);
    BuildResult r = Sites.build(content, site, "/");
    assertFalse(r.site().incremental(), "pages must be deleted: a full build");
    assertTrue(Files.isDirectory(site.resolve(relDir(content, files.get(0)))));
    assertFalse(Files.exists(site.resolve(relDir(content, last))), "the removed report's page is gone");
    assertSameAsFullBuild(content, site, "/");
  }

  @Test
  void aFailedBuildLeavesTheSiteAsItWasAndTheNextOneCatchesUp() throws IOException {
    Path content = corpus("fail", 30);
    Path site = tmp.resolve("site");
    Sites.build(content, site, "/");
    Map<String, byte[]> before = Sites.snapshot(site);
    Path f = yamlFiles(content).get(5);
    String text = Files.readString(f);
    String year = text.lines().filter(l -> l.startsWith("year: ")).findFirst().orElseThrow().substring(6);
    String published = text.lines().filter(l -> l.startsWith("published: ")).findFirst().orElseThrow();
    edit(f, published, "published: " + year + "-12-28"); // before the year ended: an error
    BuildResult failed = Sites.tryBuild(content, site, "/", Theme.builtIn());
    assertFalse(failed.ok());
    DeterminismTest.assertSameTree(before, Sites.snapshot(site));
    Files.writeString(f, text.replace("intro: |\n", "intro: |\n  已修正。\n"));
    BuildResult r = Sites.build(content, site, "/");
    assertTrue(r.site().incremental());
    assertSameAsFullBuild(content, site, "/");
  }

  @Test
  void otherSettingsOrADamagedManifestMakeAFullBuild() throws IOException {
    Path content = corpus("settings", 30);
    Path site = tmp.resolve("site");
    Sites.build(content, site, "/");
    assertTrue(Sites.build(content, site, "/").site().incremental(), "same settings: incremental");
    assertFalse(Sites.build(content, site, Sites.BASE).site().incremental(), "another base URL: full");
    assertSameAsFullBuild(content, site, Sites.BASE);

    Path theme = tmp.resolve("theme/static");
    Files.createDirectories(theme);
    Files.writeString(theme.resolve("extra.css"), "body{}", StandardCharsets.UTF_8);
    BuildResult themed = Sites.build(content, site, Sites.BASE, Theme.overlay(theme.getParent()));
    assertFalse(themed.site().incremental(), "another theme: full");

    // a site whose manifest says another zlib (or Java) made it: its records may differ
    Sites.build(content, site, Sites.BASE);
    Manifest m = Manifest.read(site, "").orElseThrow();
    assertTrue(m.settings().contains("\nruntime java " + Runtime.version().feature() + " zlib "), m.settings());
    Manifest other = new Manifest(m.settings().replaceFirst(" zlib \\w+", " zlib 0"), m.entries());
    Files.write(site.resolve(Manifest.PATH), Sites.bytes(other.output("")));
    assertFalse(Sites.build(content, site, Sites.BASE).site().incremental(), "another zlib: full");
    assertSameAsFullBuild(content, site, Sites.BASE);

    Files.write(site.resolve(Manifest.PATH), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    BuildResult r = Sites.build(content, site, Sites.BASE);
    assertFalse(r.site().incremental(), "unreadable manifest: full");
    assertSameAsFullBuild(content, site, Sites.BASE);
  }

  /**
   * {@code gongkai serve} tells each rebuild what its watcher saw instead of walking the
   * content: a changed file, a deleted one, a deleted folder and the same coming back (a folder
   * whose files were never reported one by one) give the site a full build gives; a change the
   * watcher did not report is not seen until it says it lost track.
   */
  @Test
  void aBuildToldWhatChangedReadsOnlyThatAndEqualsAFullBuild() throws Exception {
    Path content = corpus("watched", 40);
    // files written in the last seconds are hashed again whatever the listing says (their time
    // cannot prove they did not change): make the corpus an hour old, as content usually is
    java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (Path f : yamlFiles(content)) Files.setLastModifiedTime(f, hourAgo);
    Path site = tmp.resolve("site");
    Gongkai g = Gongkai.builder().contentRoot(content).baseUrl("/").build();
    ContentChanges changes = new ContentChanges();
    assertTrue(g.build(site, changes).ok(), "the first build walks: nothing to amend yet");
    List<Path> files = yamlFiles(content);
    Path edited = files.get(5);
    Path removed = files.stream().filter(f -> !f.getParent().equals(edited.getParent())).findFirst().orElseThrow();
    Path folder = files.get(files.size() - 1).getParent(); // an organ with its years
    Path saved = tmp.resolve("saved");
    copyTree(folder, saved);
    byte[] removedBytes = Files.readAllBytes(removed);

    Files.delete(removed);
    deleteTree(folder);
    changes.add(List.of(removed, folder));
    BuildResult r = g.build(site, changes);
    BuildResult first = r;
    assertTrue(r.ok(), () -> org.gongkai.testing.Fixtures.printed(first.check()));
    assertSameAsFullBuild(content, site, "/"); // a removed report makes a full build, from the listing

    Files.write(removed, removedBytes);
    copyTree(saved, folder);
    changes.add(List.of(removed, folder));
    r = g.build(site, changes);
    assertTrue(r.ok() && r.site().incremental());
    long restored = yamlFiles(folder).size() + 1;
    assertEquals(restored, r.site().read(), "read the report put back and the folder's files");
    assertSameAsFullBuild(content, site, "/");

    edit(edited, "intro: |\n", "intro: |\n  本报告已更正。\n");
    changes.add(List.of(edited));
    r = g.build(site, changes);
    assertEquals(1, r.site().read(), "read only the edited file");
    assertSameAsFullBuild(content, site, "/");

    List<Path> withIntro = files.stream().filter(f -> Files.exists(f) && read(f).contains("intro: |\n")).toList();
    Path unreported = withIntro.get(2);
    edit(unreported, "intro: |\n", "intro: |\n  没有报告的修改。\n");
    r = g.build(site, changes);
    assertEquals(0, r.site().read(), "a change the watcher did not report is not looked for");
    assertFalse(Sites.text(site.resolve(relDir(content, unreported) + "/index.html")).contains("没有报告的修改。"));
    changes.unknown(); // the watcher lost events: walk
    r = g.build(site, changes);
    assertEquals(1, r.site().read());
    assertSameAsFullBuild(content, site, "/");

    // another build into the site (the command line) leaves a listing these changes do not amend
    Path other = withIntro.get(4);
    edit(other, "intro: |\n", "intro: |\n  命令行构建之后的修改。\n");
    Sites.build(content, site, "/");
    edit(other, "命令行构建之后的修改。", "命令行构建之后又改。");
    r = g.build(site, changes);
    assertEquals(1, r.site().read(), "walked: the site's listing is not the one it knew");
    assertSameAsFullBuild(content, site, "/");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(q);
        else Files.copy(p, q);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
