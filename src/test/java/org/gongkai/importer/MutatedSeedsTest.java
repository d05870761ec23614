package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged input gives a clear report and a partial draft, never a crash: the seeds truncated
 * at random bytes, with random lines deleted or duplicated, with random bytes overwritten, and
 * files that hold no report at all. Every draft is YAML that {@code check} can load. Where the
 * damage only removes text, no number in the draft differs from the original's.
 */
class MutatedSeedsTest {
  private static final int ROUNDS = 30;
  // Findings that would mean the draft itself is broken, rather than incomplete.
  private static final Set<String> BROKEN = Set.of("encoding", "yaml", "duplicate-key", "size");

  @TempDir Path tmp;

  private final Random random = new Random(20240131);
  private final Importer importer = Drafts.importer();
  private final List<ImportResult> drafts = new ArrayList<>();

  @Test
  void truncatedFilesKeepEveryNumberTheyStillHold() {
    for (Seed seed : Seed.values()) {
      byte[] bytes = seed.bytes();
      for (int i = 0; i < ROUNDS; i++) {
        int at = random.nextInt(bytes.length + 1);
        ImportResult r = read(Arrays.copyOf(bytes, at), seed);
        TableAssertions.noWrongNumbersAndGapsFlagged(r, seed);
      }
    }
    checkAll();
  }

  @Test
  void deletedLinesNeverShiftANumberIntoAnotherCell() {
    for (Seed seed : Seed.values()) {
      for (int i = 0; i < ROUNDS; i++) {
        List<String> lines = new ArrayList<>(Arrays.asList(seed.text().split("\n", -1)));
        int n = 1 + random.nextInt(5);
        for (int k = 0; k < n && lines.size() > 1; k++) lines.remove(random.nextInt(lines.size()));
        ImportResult r = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), seed);
        TableAssertions.noWrongNumbersAndGapsFlagged(r, seed);
      }
    }
    checkAll();
  }

  @Test
  void duplicatedLinesAreReadOnce() {
    for (Seed seed : Seed.values()) {
      for (int i = 0; i < ROUNDS; i++) {
        List<String> lines = new ArrayList<>(Arrays.asList(seed.text().split("\n", -1)));
        int n = 1 + random.nextInt(5);
        for (int k = 0; k < n; k++) {
          int at = random.nextInt(lines.size());
          lines.add(at, lines.get(at));
        }
        ImportResult r = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), seed);
        // 003 lost its row labels, so a duplicated row of numbers does move the rows after it.
        if (seed != Seed.QUANTANG) TableAssertions.noWrongNumbersAndGapsFlagged(r, seed);
      }
    }
    checkAll();
  }

  @Test
  void randomBytesOverwrittenGiveALoadableDraft() {
    for (Seed seed : Seed.values()) {
      for (int i = 0; i < ROUNDS; i++) {
        byte[] bytes = seed.bytes();
        int n = 1 + random.nextInt(40);
        for (int k = 0; k < n; k++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        read(bytes, seed);
      }
    }
    checkAll();
  }

  @Test
  void textThatIsNoReportGivesAPartialDraftAndSaysWhatIsMissing() {
    byte[] noise = new byte[4000];
    random.nextBytes(noise);
    StringBuilder cjk = new StringBuilder();
    for (int i = 0; i < 2000; i++) cjk.append((char) (0x4E00 + random.nextInt(0x5000))).append(i % 40 == 0 ? "\n" : "");
    for (byte[] bytes : List.of(new byte[0], noise, cjk.toString().getBytes(StandardCharsets.UTF_8),
        "\n\n\t\t\n".getBytes(StandardCharsets.UTF_8), "一、总体情况\n二、主动公开政府信息情况\n规章\t".getBytes(StandardCharsets.UTF_8))) {
      ImportResult r = read(bytes, Seed.JINDOUYING);
      assertFalse(r.placed(), r.path());
      assertFalse(r.notes(Note.Kind.UNREADABLE).isEmpty());
      assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/title", "import.title.missing"));
    }
    assertTrue(Drafts.hasNote(read(new byte[0], Seed.JINDOUYING), Note.Kind.UNREADABLE, "", "import.empty"));
    checkAll();
  }

  private ImportResult read(byte[] bytes, Seed seed) {
    ImportResult r = assertDoesNotThrow(() -> importer.read(bytes, seed.file));
    assertTrue(r.yaml().startsWith("# yaml-language-server: $schema="), r.yaml());
    assertDoesNotThrow(() -> Drafts.parse(r.yaml()), r.yaml());
    assertFalse(r.path().contains("..") || r.path().startsWith("/"), r.path());
    drafts.add(r);
    return r;
  }

  /** {@code check} loads every draft: what it finds is about the report, never about the file. */
  private void checkAll() {
    Path root = tmp.resolve("content");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      files.add(Fixtures.write(root, "d" + i + "/" + drafts.get(i).path(), drafts.get(i).yaml()));
    }
    CheckResult result = Fixtures.check(root, files.toArray(Path[]::new));
    assertEquals(files.size(), result.files());
    for (Diagnostic d : result.diagnostics()) {
      assertFalse(BROKEN.contains(d.code()), Fixtures.printed(result));
    }
  }
}
