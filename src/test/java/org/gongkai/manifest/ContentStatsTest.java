package org.gongkai.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * stat.bin has a row per manifest entry, in its order: a file's hash is taken from the manifest
 * only while the row still names that file with its size and time, the time is not in the racy
 * window before the scan, and the file holds as many rows as the manifest has entries.
 */
class ContentStatsTest {
  @TempDir Path site;

  private static final long SCANNED = 1_700_000_000_000L;
  private static final long OLD = (SCANNED - 60_000) * 1_000_000; // a minute before the scan, in ns

  private static ContentStats stats() {
    return new ContentStats(SCANNED, new int[] {"a/2023.yaml".hashCode(), "b/2023.yaml".hashCode()},
        new long[] {100, 200}, new long[] {OLD, OLD + 1});
  }

  @Test
  void aRowStandsForItsFileWhileNameSizeAndTimeAgree() {
    ContentStats s = stats();
    assertTrue(s.unchanged(0, "a/2023.yaml", 100, OLD));
    assertTrue(s.unchanged(1, "b/2023.yaml", 200, OLD + 1));
    assertFalse(s.unchanged(1, "a/2023.yaml", 200, OLD + 1), "another file at that row");
    assertFalse(s.unchanged(0, "a/2023.yaml", 101, OLD), "another size");
    assertFalse(s.unchanged(0, "a/2023.yaml", 100, OLD + 1), "another time");
    assertFalse(s.unchanged(2, "c/2023.yaml", 100, OLD), "no such row");
    long racy = (SCANNED - ContentStats.RACY_MILLIS / 2) * 1_000_000;
    ContentStats late = new ContentStats(SCANNED, new int[] {"a/2023.yaml".hashCode()}, new long[] {100},
        new long[] {racy});
    assertFalse(late.unchanged(0, "a/2023.yaml", 100, racy), "modified just before the scan: hashed again");
  }

  @Test
  void readBackOnlyForAManifestOfAsManyEntries() throws IOException {
    Files.createDirectories(site.resolve(ContentStats.PATH).getParent());
    Files.write(site.resolve(ContentStats.PATH), stats().encode());
    ContentStats back = ContentStats.read(site, 2);
    assertEquals(SCANNED, back.scanned());
    assertTrue(back.unchanged(1, "b/2023.yaml", 200, OLD + 1));
    assertEquals(0, ContentStats.read(site, 3).paths().length, "another manifest: nothing stands");
    Files.write(site.resolve(ContentStats.PATH), new byte[] {1, 2, 3});
    assertEquals(0, ContentStats.read(site, 2).paths().length, "damaged: nothing stands");
  }
}
