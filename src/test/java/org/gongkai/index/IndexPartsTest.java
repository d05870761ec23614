package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gongkai.archive.Archiver;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.Report;
import org.gongkai.search.Hit;
import org.gongkai.search.Query;
import org.gongkai.search.Results;
import org.gongkai.search.Searcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large archives are indexed in parts, side by side, one segment each. Whatever the number of
 * parts, searches give the same answers and the browser's index is the same, byte for byte;
 * the same parts give the same bytes however the threads ran.
 */
class IndexPartsTest {
  @TempDir static Path tmp;
  static Archive archive;
  static Map<Path, Report> reports = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Options(60, tmp.resolve("corpus"), 5, 0));
    Path root = tmp.resolve("corpus/content");
    Loader loader = Loader.create(ReportSchema.load());
    List<Archiver.Input> inputs = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Report r = ((LoadResult.Loaded) loader.load(f, root)).report();
        reports.put(f, r);
        inputs.add(Archiver.Input.of(r, f, List.of()));
      }
    }
    archive = Archiver.build(inputs);
  }

  /** Document packs of eight reports, so that the 60 reports fill eight. */
  static final StaticIndex.Layout SMALL_PACKS = new StaticIndex.Layout(256, 1792, 128, 64, 4 * 1024, 1 << 20, 8);

  /** Indexes into {@code site} and returns every file written, by path. */
  private static Map<String, byte[]> index(Path site, int perPart) {
    return index(site, perPart, e -> Indexer.body(reports.get(e.source())), null, StaticIndex.Layout.DEFAULT);
  }

  private static Map<String, byte[]> index(Path site, int perPart, Function<ArchiveEntry, String> bodies,
      Indexer.Previous previous, StaticIndex.Layout layout) {
    Map<String, byte[]> files = new TreeMap<>();
    Indexer.index(archive, bodies, o -> {
      try {
        byte[] bytes = o instanceof Output.Bytes b ? b.bytes() : Files.readAllBytes(((Output.Copy) o).source());
        files.put(o.path(), bytes);
        Path f = site.resolve(o.path());
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, perPart, previous, layout);
    return files;
  }

  @Test
  void anIncrementalBuildIndexesOnlyThePartThatChangedAndGivesTheSameBytes() throws IOException {
    Path before = tmp.resolve("before");
    index(before, 7, e -> Indexer.body(reports.get(e.source())), null, SMALL_PACKS);
    ArchiveEntry edited = archive.entries().get(17); // in the third part, and the third document pack
    Function<ArchiveEntry, String> bodies = e -> Indexer.body(reports.get(e.source())) + (e == edited ? " 新增一句话" : "");
    Map<String, byte[]> full = index(tmp.resolve("full"), 7, bodies, null, SMALL_PACKS);
    // A document pack without the edited report is taken as it is: marked in the previous site,
    // the mark shows in the new one. The one holding it is made again.
    String kept = "search/docs/0.bin";
    byte[] marked = Files.readAllBytes(before.resolve(kept));
    marked[marked.length - 1] ^= 1;
    Files.write(before.resolve(kept), marked);
    List<String> read = new ArrayList<>();
    Map<String, byte[]> incremental = index(tmp.resolve("incremental"), 7, e -> {
      synchronized (read) {
        read.add(e.dir());
      }
      return bodies.apply(e);
    }, new Indexer.Previous(before, e -> e != edited), SMALL_PACKS);
    assertEquals(full.keySet(), incremental.keySet());
    assertArrayEquals(marked, incremental.get(kept), "a pack of unchanged reports is reused");
    for (String k : full.keySet()) if (!k.equals(kept)) assertArrayEquals(full.get(k), incremental.get(k), k);
    assertTrue(full.containsKey("search/docs/7.bin"), "eight packs");
    // only the edited report's part (reports 14 to 20) was indexed again
    assertEquals(7, read.size(), read.toString());
    assertTrue(read.contains(edited.dir()));
    try (Searcher s = Searcher.open(tmp.resolve("incremental"))) {
      assertEquals(1, s.search(Query.of("新增一句话", null, null, 0, 10)).total());
    }
    // the text an incremental build takes for reports it does not read, one by one
    try (Indexer.StoredBodies stored = Indexer.StoredBodies.open(before)) {
      ArchiveEntry other = archive.entries().get(40);
      assertEquals(Indexer.body(reports.get(other.source())), stored.get(other.dir()));
      assertEquals(null, stored.get("no/such/report"));
    }
  }

  @Test
  void partsGiveTheSameAnswersAndTheSameBytesEachTime() throws IOException {
    Map<String, byte[]> one = index(tmp.resolve("one"), 1000);
    Map<String, byte[]> parts = index(tmp.resolve("parts"), 7); // nine parts on the machine's cores
    Map<String, byte[]> again = index(tmp.resolve("again"), 7);
    assertEquals(parts.keySet(), again.keySet());
    for (String k : parts.keySet()) assertArrayEquals(parts.get(k), again.get(k), k);
    assertTrue(one.keySet().stream().anyMatch(k -> k.startsWith(Indexer.LUCENE_DIR)));
    for (String k : one.keySet()) {
      if (!k.startsWith(Indexer.LUCENE_DIR)) assertArrayEquals(one.get(k), parts.get(k), "static index file " + k);
    }

    try (Searcher a = Searcher.open(tmp.resolve("one")); Searcher b = Searcher.open(tmp.resolve("parts"))) {
      for (String q : List.of("行政复议", "政府信息公开 依申请", "人民政府", "信息处理费", "2023")) {
        Results x = a.search(Query.of(q, null, null, 0, 10));
        Results y = b.search(Query.of(q, null, null, 0, 10));
        assertEquals(x.total(), y.total(), q);
        assertTrue(x.total() > 0, q);
        assertEquals(x.hits().stream().map(Hit::url).toList(), y.hits().stream().map(Hit::url).toList(), q);
        assertEquals(x.hits().stream().map(Hit::score).toList(), y.hits().stream().map(Hit::score).toList(), q);
      }
    }
  }
}
