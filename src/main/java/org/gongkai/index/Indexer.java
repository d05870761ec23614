package org.gongkai.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.StoredFields;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHead;

/**
 * Writes the archive's Lucene index — one document per report — and hands its files to the
 * publisher under {@code search/lucene/}, followed by the browser's {@link StaticIndex}. Reports
 * are indexed in parts of {@value #DOCS_PER_PART}, in the archive's order, on every core, each
 * part one segment; Lucene's ids are taken in part order, so the index is the same for the same
 * content whatever the machine.
 */
public final class Indexer {
  /** Where the Lucene index lives in the site. */
  public static final String LUCENE_DIR = "search/lucene";
  /** The folder holding everything search needs; the index stage rewrites it whole. */
  public static final String SEARCH_DIR = "search";

  private Indexer() {}

  /**
   * Indexes every report; returns the number of documents. One index is written at a time in a
   * JVM: Lucene's id sequence, which {@link DeterministicCodec#resetIds} restarts, is global.
   */
  public static int index(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out) {
    return index(archive, bodies, out, DOCS_PER_PART);
  }

  static int index(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out, int docsPerPart) {
    synchronized (DeterministicCodec.class) {
      return write(archive, bodies, out, docsPerPart);
    }
  }

  /** The searchable text of a report: its prose as plain text. */
  public static String body(Report r) {
    return Prose.plain(r);
  }

  /**
   * The searchable text of every report in a built site's index, by report folder — what an
   * incremental build indexes again for the reports it did not read. Empty if there is no
   * readable index.
   */
  public static Map<String, String> bodies(Path site) {
    Map<String, String> out = new HashMap<>();
    Path dir = site.resolve(LUCENE_DIR);
    if (!Files.isDirectory(dir)) return out;
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          Document doc = stored.document(i, Set.of(Fields.ID, Fields.BODY));
          if (doc.get(Fields.ID) != null && doc.get(Fields.BODY) != null) out.put(doc.get(Fields.ID), doc.get(Fields.BODY));
        }
      }
    } catch (IOException | RuntimeException e) {
      out.clear(); // every report is read again instead
    }
    return out;
  }

  private static int write(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out, int docsPerPart) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("gongkai-index-");
      List<ArchiveEntry> entries = archive.entries();
      int parts = Math.max(1, (entries.size() + docsPerPart - 1) / docsPerPart);
      DeterministicCodec.resetIds();
      List<Path> partDirs = indexParts(entries, docsPerPart, parts, bodies, tmp);
      // The parts' segments, copied as they are into one index, in order (no merge): its
      // commit takes ids from a restarted sequence, the segments keep theirs.
      DeterministicCodec.resetIds();
      try (FSDirectory dir = FSDirectory.open(tmp.resolve("index"))) {
        try (IndexWriter w = new IndexWriter(dir, config(16, new DeterministicCodec()))) {
          List<FSDirectory> dirs = new ArrayList<>();
          try {
            for (Path p : partDirs) dirs.add(FSDirectory.open(p));
            w.addIndexes(dirs.toArray(FSDirectory[]::new));
          } finally {
            for (FSDirectory d : dirs) d.close();
          }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          StaticIndex.write(reader, out);
        }
      }
      List<Path> files = new ArrayList<>();
      try (var s = Files.list(tmp.resolve("index"))) {
        s.filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().forEach(files::add);
      }
      // Copied now, before the temporary folder goes: the publisher copies synchronously.
      for (Path f : files) out.accept(new Output.Copy(LUCENE_DIR + "/" + f.getFileName(), f));
      return archive.entries().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  /**
   * Reports per part. Parts are indexed side by side, one thread each, each into one segment;
   * the index is their segments in order. The number of parts depends only on the number of
   * reports, never on the machine, so the index is the same everywhere.
   */
  static final int DOCS_PER_PART = 4096;

  /** Enough for a part's documents to be flushed once, when its writer closes. */
  private static final int PART_RAM_MB = 1024;

  /**
   * BM25 with every token counted in a field's length: {@link GramAnalyzer} gives no positions,
   * so there are no overlapping tokens to discount. Scoring is Lucene's default BM25.
   */
  public static final BM25Similarity SIMILARITY = new BM25Similarity(false);

  /**
   * Searched text: tokens with their frequencies and norms, no positions — a query matches a
   * field holding all of a unit's terms ({@code org.gongkai.search.Query}), and positions were
   * half of the index.
   */
  public static final FieldType TEXT = textType();

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static IndexWriterConfig config(int ramMb, DeterministicCodec codec) {
    return new IndexWriterConfig(new GramAnalyzer())
        .setSimilarity(SIMILARITY)
        .setCodec(codec)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setMergeScheduler(new SerialMergeScheduler())
        .setRAMBufferSizeMB(ramMb)
        .setUseCompoundFile(false)
        .setCommitOnClose(true);
  }

  /**
   * Indexes each part into its own folder under {@code tmp}, on as many threads as cores, with
   * Lucene's ids taken in part order ({@link DeterministicCodec.Turns}): every part's writer is
   * opened and given its first report here, in order, before any thread runs.
   */
  private static List<Path> indexParts(List<ArchiveEntry> entries, int perPart, int parts,
      Function<ArchiveEntry, String> bodies, Path tmp) throws IOException {
    int threads = Math.min(parts, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Workers.pool("gongkai-index", threads);
    DeterministicCodec.Turns turns = new DeterministicCodec.Turns();
    List<IndexWriter> writers = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    try {
      for (int i = 0; i < parts; i++) {
        Path dir = Files.createDirectory(tmp.resolve("part-" + i));
        dirs.add(dir);
        IndexWriter w = new IndexWriter(FSDirectory.open(dir), config(PART_RAM_MB, new DeterministicCodec(turns, i)));
        writers.add(w);
        if (i * perPart < entries.size()) w.addDocument(document(entries.get(i * perPart), bodies.apply(entries.get(i * perPart))));
      }
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        int part = i;
        List<ArchiveEntry> slice = entries.subList(Math.min(entries.size(), i * perPart + 1),
            Math.min(entries.size(), (i + 1) * perPart));
        done.add(pool.submit(() -> {
          IndexWriter w = writers.get(part);
          try (var d = w.getDirectory()) {
            for (ArchiveEntry e : slice) w.addDocument(document(e, bodies.apply(e)));
            w.close();
          } finally {
            turns.pass(part);
          }
          return null;
        }));
      }
      for (Future<?> f : done) Workers.get(f);
      return dirs;
    } finally {
      pool.shutdownNow();
      for (IndexWriter w : writers) {
        if (!w.isOpen()) continue;
        try {
          w.rollback();
          w.getDirectory().close();
        } catch (IOException | RuntimeException ignored) {
          // failing already; the temporary folder goes anyway
        }
      }
    }
  }

  static Document document(ArchiveEntry e, String body) {
    ReportHead r = e.head();
    Document d = new Document();
    d.add(new StringField(Fields.ID, e.dir(), Field.Store.YES));
    d.add(new StoredField(Fields.URL, e.dir() + "/"));
    d.add(new Field(Fields.ORGAN, r.organ().name(), TEXT));
    d.add(new Field(Fields.REGION, r.region().text(), TEXT));
    d.add(new Field(Fields.TITLE, r.title(), TEXT));
    d.add(new Field(Fields.BODY, body, TEXT));
    d.add(new IntPoint(Fields.YEAR, r.year()));
    d.add(new StoredField(Fields.YEAR, r.year()));
    d.add(new NumericDocValuesField(Fields.YEAR, r.year()));
    if (r.published() != null) d.add(new StoredField(Fields.PUBLISHED, r.published().toString()));
    List<String> path = r.region().path();
    for (int i = 1; i <= path.size(); i++) {
      d.add(new StringField(Fields.REGION_PREFIX, String.join("/", path.subList(0, i)), Field.Store.NO));
      d.add(new StringField(Fields.REGION_NAME, path.get(i - 1), Field.Store.NO));
    }
    return d;
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
