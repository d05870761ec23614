package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.model.OrganPaths;
import org.gongkai.model.Output;
import org.gongkai.model.Region;
import org.gongkai.render.Theme;
import org.gongkai.site.Sites;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing is all or nothing: a build that fails — invalid content, an unwritable target, a
 * theme error or a disk error halfway — leaves the previous site exactly as it was, byte for
 * byte, with no staging folder left behind; and a folder Gongkai did not create is never
 * replaced.
 */
class PublishTest {
  @TempDir static Path shared;
  private static Path content;
  private static Path pristine;

  @TempDir Path dir;
  private Path site;
  private Map<String, byte[]> before;

  @BeforeAll
  static void buildOnce() {
    content = shared.resolve("content");
    Fixtures.copyAllSeeds(content);
    pristine = shared.resolve("pristine");
    Sites.build(content, pristine);
  }

  /** Each test starts from its own copy of a published site, as if built there. */
  @BeforeEach
  void previousSite() {
    site = dir.resolve("site");
    Sites.copyTree(pristine, site);
    before = Sites.snapshot(site);
    assertTrue(before.containsKey(Publisher.MARKER), "a published site carries the marker");
    assertTrue(before.size() > 50, "files: " + before.size());
  }

  private static Gongkai gongkai(Path contentRoot) {
    return Gongkai.builder().contentRoot(contentRoot).build();
  }

  private void assertUntouched(Path folder, Map<String, byte[]> expected) {
    Map<String, byte[]> now = Sites.snapshot(folder);
    assertEquals(expected.keySet(), now.keySet(), "same files");
    for (String k : expected.keySet()) assertArrayEquals(expected.get(k), now.get(k), "same bytes: " + k);
  }

  /**
   * Nothing but the named entries next to the target: no staging or old-site folder survives.
   * The builds' lock files stay (deleting one another build may be waiting on would let a third in).
   */
  private static void assertNoLeftovers(Path parent, String... expected) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(parent)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !(n.startsWith(".") && n.endsWith(".lock"))).forEach(names::add);
    }
    names.sort(null);
    List<String> want = new ArrayList<>(List.of(expected));
    want.sort(null);
    assertEquals(want, names, "leftovers next to the site (staging or old folders?)");
  }

  // ---------------------------------------------------------------- (a) invalid content

  @Test
  void deletingAPreviousSiteRemovesEveryLevelButNotWhatALinkPointsTo() throws Exception {
    Path root = shared.resolve("old-site");
    Path outside = Files.createDirectories(shared.resolve("outside"));
    Files.writeString(outside.resolve("keep.txt"), "keep");
    Files.createDirectories(root.resolve("河南省/安阳市/滑县/2023"));
    Files.writeString(root.resolve("index.html"), "x");
    Files.writeString(root.resolve("河南省/index.html"), "x");
    Files.writeString(root.resolve("河南省/安阳市/index.html"), "x");
    Files.writeString(root.resolve("河南省/安阳市/滑县/2023/index.html"), "x");
    Files.createDirectories(root.resolve("empty/inner"));
    Files.createSymbolicLink(root.resolve("河南省/link"), outside);
    Publisher.deleteTree(root);
    assertFalse(Files.exists(root));
    assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
  }

  @Test
  void invalidContentStopsTheBuildAndLeavesThePreviousSite() throws Exception {
    Path bad = dir.resolve("bad-content");
    Fixtures.copyAllSeeds(bad);
    String text = Fixtures.seed(Fixtures.JINDOUYING);
    text = Fixtures.replaceLine(text, "new:            [1, 0, 0, 0, 0, 0, 1]", "  new:            [-1, 0, 0, 0, 0, 0, 1]");
    Fixtures.write(bad, Fixtures.JINDOUYING, text);

    BuildResult r = gongkai(bad).build(site);

    assertFalse(r.ok());
    assertNull(r.site(), "nothing was published");
    assertTrue(r.check().errors() > 0, Fixtures.printed(r.check()));
    assertUntouched(site, before);
    assertNoLeftovers(dir, "bad-content", "site");
  }

  // ---------------------------------------------------------------- (b) unwritable output

  @Test
  void anOutputBelowARegularFileThrowsAndLeavesTheSiteAlone() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "just a file\n");

    GongkaiException e = assertThrows(GongkaiException.class, () -> gongkai(content).build(file.resolve("site")));

    assertFalse(e.getMessage().isBlank());
    assertEquals("just a file\n", Files.readString(file));
    assertUntouched(site, before);
    assertNoLeftovers(dir, "not-a-folder", "site");
  }

  @Test
  void anOutputThatIsARegularFileIsNotReplaced() throws Exception {
    Path file = dir.resolve("site.html");
    Files.writeString(file, "<p>mine</p>\n");

    assertThrows(GongkaiException.class, () -> gongkai(content).build(file));

    assertEquals("<p>mine</p>\n", Files.readString(file));
    assertNoLeftovers(dir, "site", "site.html");
  }

  @Test
  void aThemeErrorHalfwayLeavesThePreviousSite() throws Exception {
    // report pages render first; the organ template then fails (undefined variables are errors)
    Path theme = dir.resolve("broken-theme");
    Fixtures.write(theme, "templates/organ.peb", "{{ noSuchVariable.field }}\n");
    Gongkai g = Gongkai.builder().contentRoot(content).theme(Theme.overlay(theme)).build();

    Exception e = assertThrows(Exception.class, () -> g.build(site));

    assertTrue(e.getMessage().contains("organ.peb"), "the error names the template: " + e.getMessage());
    assertUntouched(site, before);
    assertNoLeftovers(dir, "broken-theme", "site");
  }

  @Test
  void aDiskErrorHalfwayIsDiscarded() throws Exception {
    // as root, permissions cannot make a folder unwritable; a file in the way of a folder can
    Publisher p = Publisher.open(site);
    p.write(new Output.Bytes("index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8)));
    p.write(new Output.Bytes("a", new byte[] {1}));
    assertThrows(UncheckedIOException.class, () -> p.write(new Output.Bytes("a/b.html", new byte[] {2})));
    p.close();

    assertUntouched(site, before);
    assertNoLeftovers(dir, "site");
  }

  @Test
  void aPublisherClosedWithoutCommitChangesNothing() throws Exception {
    try (Publisher p = Publisher.open(site)) {
      p.write(new Output.Bytes("index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8)));
      p.write(new Output.Bytes("deep/new/page.html", new byte[] {1, 2, 3}));
    }
    assertUntouched(site, before);
    assertNoLeftovers(dir, "site");
  }

  @Test
  void outputPathsCannotEscapeTheSite() {
    for (String path : List.of("../escape.html", "/abs.html", "a/../../b.html", "a\\b.html", "", "./x.html")) {
      assertThrows(IllegalArgumentException.class, () -> new Output.Bytes(path, new byte[0]), path);
    }
  }

  // ---------------------------------------------------------------- (c) foreign folders

  @Test
  void refusesToReplaceAFolderGongkaiDidNotCreate() throws Exception {
    Path mine = dir.resolve("mine");
    Fixtures.write(mine, "index.html", "<p>my own homepage</p>\n");
    Fixtures.write(mine, "photos/cat.jpg", "not really a cat");
    Map<String, byte[]> mineBefore = Sites.snapshot(mine);

    GongkaiException e = assertThrows(GongkaiException.class, () -> gongkai(content).build(mine));

    assertTrue(e.getMessage().contains("mine"), "the message names the folder: " + e.getMessage());
    assertUntouched(mine, mineBefore);
    assertNoLeftovers(dir, "mine", "site");
  }

  @Test
  void anEmptyFolderIsReplaced() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    BuildResult r = gongkai(content).build(empty);
    assertTrue(r.ok());
    assertTrue(Files.isRegularFile(empty.resolve("index.html")));
    assertTrue(Files.isRegularFile(empty.resolve(Publisher.MARKER)));
  }

  // ---------------------------------------------------------------- success

  /**
   * A build that was killed (Ctrl-C, out of memory) leaves its staging folder, or the previous
   * site it had set aside, beside the site — a whole site each — or an update's old folder inside
   * it, which would be published. The next build of the site removes them, and only them.
   */
  @Test
  void whatAKilledBuildLeftIsRemovedByTheNextBuild() throws Exception {
    for (String f : List.of(".site.staging-123/index.html", ".site.old-4567/index.html", "site/.old-89/search/x.bin",
        ".site.staging-x/keep.txt", ".site2.staging-1/keep.txt", ".sitex.old-2/keep.txt", "site/.old-keep/keep.txt")) {
      Fixtures.write(dir, f, "x\n");
    }
    BuildResult r = gongkai(content).build(site);
    assertTrue(r.ok(), Fixtures.printed(r.check()));
    assertTrue(r.site().incremental(), "an update of the site, as after a killed rebuild");
    assertNoLeftovers(dir, "site", ".site.staging-x", ".site2.staging-1", ".sitex.old-2");
    assertFalse(Files.exists(site.resolve(".old-89")), "an update's old folder inside the site is gone");
    assertTrue(Files.exists(site.resolve(".old-keep/keep.txt")), "a name Gongkai does not give is left alone");

    Fixtures.write(dir, ".site.staging-5/index.html", "x\n");
    assertTrue(gongkai(content).build(dir.resolve("other")).ok(), "a build of another site");
    assertTrue(Files.exists(dir.resolve(".site.staging-5")), "another site's build leaves this one's folders");
    Path fewer = dir.resolve("fewer");
    Fixtures.copySeed(fewer, Fixtures.JINDOUYING);
    assertFalse(gongkai(fewer).build(site).site().incremental(), "a full build of the site");
    assertFalse(Files.exists(dir.resolve(".site.staging-5")));
  }

  @Test
  void aSuccessfulBuildReplacesTheWholePreviousSite() throws Exception {
    // a page of the previous site that the new content no longer has must disappear
    Fixtures.write(site, "stale/index.html", "<p>old</p>\n");
    Path fewer = dir.resolve("fewer");
    Fixtures.copySeed(fewer, Fixtures.JINDOUYING);

    BuildResult r = gongkai(fewer).build(site);

    assertTrue(r.ok(), Fixtures.printed(r.check()));
    assertFalse(Files.exists(site.resolve("stale")));
    assertFalse(Files.exists(site.resolve("河南省")), "the removed reports' pages are gone");
    assertTrue(Files.isRegularFile(site.resolve("山东省/聊城市/阳谷县/金斗营镇/金斗营镇人民政府/2023/index.html")));
    assertEquals(r.site().files(), Sites.files(site).size() - 1, "BuildResult counts every published file but the marker");
    assertNoLeftovers(dir, "fewer", "site");
  }

  @Test
  void rebuildingTheSameContentGivesTheSameBytes() throws Exception {
    BuildResult r = gongkai(content).build(site);
    assertTrue(r.ok());
    assertUntouched(site, before);
    assertNoLeftovers(dir, "site");
  }

  // ---------------------------------------------------------------- found bugs

  @Test
  void theLongestValidOrganNameBuilds() throws Exception {
    // The schema allows 60 characters (180 bytes): folder and download names stay far below
    // the 255-byte limit of file systems. Longer names are a finding, not a failed build.
    String name = "很".repeat(55) + "镇人民政府";
    Path c = dir.resolve("long-content");
    String text = Fixtures.replaceLine(Fixtures.seed(Fixtures.ANLIANG), "name: 安良镇人民政府", "  name: " + name);
    String rel = OrganPaths.file(new Region(List.of("河南省", "平顶山市", "郏县", "安良镇"), null, null), name, 2024);
    Fixtures.write(c, rel, text);
    assertTrue(Fixtures.check(c).ok(), "the file is valid: " + Fixtures.printed(Fixtures.check(c)));

    BuildResult r = gongkai(c).build(dir.resolve("long-site"));
    assertTrue(r.ok());
  }
}
