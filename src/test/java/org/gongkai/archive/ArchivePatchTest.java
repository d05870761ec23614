package org.gongkai.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.Archive;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive patched from the previous one — a few reports corrected in place — is the archive
 * grouped anew from the same inputs: every list, every region, every organ's years.
 */
class ArchivePatchTest {
  @TempDir static Path tmp;
  static List<Archiver.Input> inputs = new ArrayList<>();
  static List<Report> reports = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Options(300, tmp.resolve("corpus"), 11, 0));
    Path root = tmp.resolve("corpus/content");
    Loader loader = Loader.create(ReportSchema.load());
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Report r = ((LoadResult.Loaded) loader.load(f, root)).report();
        reports.add(r);
        inputs.add(Archiver.Input.of(r, f, List.of()));
      }
    }
  }

  @Test
  void aFewCorrectedReportsGiveTheArchiveGroupedAnew() {
    Archive before = Archiver.build(inputs);
    List<Archiver.Input> after = new ArrayList<>(inputs);
    for (int i : new int[] {0, 7, 150, after.size() - 1}) {
      Archiver.Input in = after.get(i);
      // a corrected report: the same head, new figures (its own copy, as a file read again gives)
      KeyFigures f = in.figures();
      Long received = f.received() == null ? 1L : f.received() + 1;
      after.set(i, new Archiver.Input(in.head(), new KeyFigures(received, f.disclosed(), f.reviews(), f.lawsuits()),
          in.source(), in.findings()));
    }
    Archive patched = Archiver.build(after, before, inputs);
    assertEquals(Archiver.build(after), patched);
    assertSame(before, Archiver.build(inputs, before, inputs), "nothing changed: the same archive");
  }

  @Test
  void aMovedReportIsGroupedAnew() {
    Archive before = Archiver.build(inputs);
    List<Archiver.Input> after = new ArrayList<>(inputs);
    Archiver.Input in = after.get(3);
    Report other = reports.get(200); // another organ's head: another place
    after.set(3, new Archiver.Input(Archiver.Input.of(other, in.source(), List.of()).head(), in.figures(), in.source(),
        in.findings()));
    assertEquals(Archiver.build(after), Archiver.build(after, before, inputs));
  }
}
