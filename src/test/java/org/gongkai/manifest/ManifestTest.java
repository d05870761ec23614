package org.gongkai.manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gongkai.BuildResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.load.ContentFiles;
import org.gongkai.model.Output;
import org.gongkai.site.Sites;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest a build leaves keeps what the next build needs, exactly, and refuses damage. */
class ManifestTest {
  @TempDir Path tmp;

  @Test
  void theSeedsFindingsAndFiguresSurviveTheRoundTrip() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    Path site = tmp.resolve("site");
    BuildResult built = Sites.build(content, site);
    String root = ContentFiles.display(content) + "/";
    byte[] bytes = Files.readAllBytes(site.resolve(Manifest.PATH));
    Manifest m = Manifest.read(site, root).orElseThrow();

    assertEquals(5, m.files().size());
    assertArrayEquals(bytes, m.encode(root), "decoding and encoding again gives the same bytes");
    Output.Spliced spliced = assertInstanceOf(Output.Spliced.class, m.output(root), "copied from the file read");
    assertEquals(List.of(false, true, false), spliced.pieces().stream().map(p -> p.bytes() == null).toList(), "head, records, checksum");
    assertArrayEquals(bytes, Sites.bytes(spliced));
    List<String> kept = m.files().stream().flatMap(f -> f.findings().stream()).map(d -> d.format(Lang.ZH)).sorted().toList();
    List<String> found = built.check().diagnostics().stream().map(d -> d.format(Lang.ZH)).sorted().toList();
    assertEquals(found, kept, "every finding, worded as check words it");
    assertTrue(m.files().stream().flatMap(f -> f.findings().stream()).anyMatch(Diagnostic::waived), "the seeds' waivers");
    assertTrue(m.files().stream().anyMatch(f -> f.summary().tableB() != null && f.figures().received() != null));
  }

  @Test
  void aDamagedManifestIsNotRead() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copyAllSeeds(content);
    Path site = tmp.resolve("site");
    Sites.build(content, site);
    String root = ContentFiles.display(content) + "/";
    byte[] bytes = Files.readAllBytes(site.resolve(Manifest.PATH));
    for (int cut : new int[] {0, 7, bytes.length / 2, bytes.length - 1}) {
      Files.write(site.resolve(Manifest.PATH), Arrays.copyOf(bytes, cut));
      assertTrue(Manifest.read(site, root).isEmpty(), "cut at " + cut);
    }
    byte[] flipped = bytes.clone();
    flipped[5] ^= 0x7f; // the format version
    Files.write(site.resolve(Manifest.PATH), flipped);
    assertTrue(Manifest.read(site, root).isEmpty());
  }
}
