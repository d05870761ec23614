package org.gongkai.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.Report;

/**
 * Writes the archive's Lucene index — one document per report — and hands its files to the
 * publisher under {@code search/lucene/}, followed by the browser's {@link StaticIndex}. Reports
 * are indexed in parts of {@value #DOCS_PER_PART}, in the archive's order, on every core, each
 * part one segment whose ids are fixed by the part's number ({@link Segments}), so the index is
 * the same for the same content whatever the machine, and an incremental build re-indexes only
 * the parts whose reports changed.
 */
public final class Indexer {
  /** Where the Lucene index lives in the site. */
  public static final String LUCENE_DIR = "search/lucene";
  /** The folder holding everything search needs; the index stage rewrites it whole. */
  public static final String SEARCH_DIR = "search";

  private Indexer() {}

  /**
   * Indexes every report; returns the static index's number of term shards, which the search
   * page names. One index is written at a time in a JVM: Lucene's id sequence, which
   * {@link DeterministicCodec#resetIds} restarts, is global.
   */
  public static int index(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out) {
    return index(archive, bodies, out, DOCS_PER_PART, null, StaticIndex.Layout.DEFAULT);
  }

  /**
   * As {@link #index(Archive, Function, Consumer)}, taking from {@code previous}'s index every
   * part whose reports are the same as when it was built: only the other parts are indexed
   * again, and the result is the same bytes as indexing everything.
   */
  public static int index(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out, Previous previous) {
    return index(archive, bodies, out, DOCS_PER_PART, previous, StaticIndex.Layout.DEFAULT);
  }

  /** As above, with {@code docsPerPart} reports per Lucene part and the static index cut as {@code layout}. */
  static int index(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out, int docsPerPart,
      Previous previous, StaticIndex.Layout layout) {
    synchronized (DeterministicCodec.class) {
      return write(archive, bodies, out, docsPerPart, previous, layout);
    }
  }

  /**
   * A site built before by this code, and which reports hold the same head and searchable text
   * as then (an incremental build knows from its manifest).
   */
  public record Previous(Path site, Predicate<ArchiveEntry> unchanged) {}

  /** The number of term shards of the static index in a built site. */
  public static int shards(Path site) throws IOException {
    return StaticIndex.shards(site);
  }

  /** The searchable text of a report: its prose as plain text. */
  public static String body(Report r) {
    return Prose.plain(r);
  }

  /**
   * The searchable text of reports in a built site's index, one report at a time by its folder:
   * what an incremental build indexes again for reports it did not read. Finding a report
   * costs a term lookup and reading its stored fields, not reading the whole index.
   */
  public static final class StoredBodies implements AutoCloseable {
    private final DirectoryReader reader;

    private StoredBodies(DirectoryReader reader) {
      this.reader = reader;
    }

    /** The site's index, or one that finds nothing if the site has none that can be read. */
    public static StoredBodies open(Path site) {
      Path dir = site.resolve(LUCENE_DIR);
      if (!Files.isDirectory(dir)) return new StoredBodies(null);
      try {
        return new StoredBodies(DirectoryReader.open(FSDirectory.open(dir)));
      } catch (IOException | RuntimeException e) {
        return new StoredBodies(null); // every report is read again instead
      }
    }

    /** The stored text of the report in {@code dir}, or null. Safe from several threads. */
    public String get(String dir) {
      if (reader == null) return null;
      try {
        for (var leaf : reader.leaves()) {
          var postings = leaf.reader().postings(new org.apache.lucene.index.Term(Fields.ID, dir), PostingsEnum.NONE);
          if (postings == null) continue;
          int doc = postings.nextDoc();
          if (doc == DocIdSetIterator.NO_MORE_DOCS) continue;
          return leaf.reader().storedFields().document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
        }
        return null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    @Override
    public void close() throws IOException {
      if (reader != null) {
        reader.close();
        reader.directory().close();
      }
    }
  }

  private static int write(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out, int docsPerPart,
      Previous previous, StaticIndex.Layout layout) {
    Path tmp = null;
    List<Directory> open = new ArrayList<>();
    try {
      tmp = Files.createTempDirectory("gongkai-index-");
      List<ArchiveEntry> entries = archive.entries();
      int parts = Math.max(1, (entries.size() + docsPerPart - 1) / docsPerPart);
      List<Segments.Segment> segments = new ArrayList<>(Collections.nCopies(parts, null));
      List<Integer> build = new ArrayList<>();
      Directory before = previous == null ? null : previousIndex(previous.site());
      if (before != null) open.add(before);
      List<List<String>> beforeIds = before == null ? List.of() : Segments.ids(before);
      SegmentInfos beforeInfos = beforeIds.isEmpty() ? null : Segments.infos(before);
      for (int k = 0; k < parts; k++) {
        List<ArchiveEntry> slice = entries.subList(k * docsPerPart, Math.min(entries.size(), (k + 1) * docsPerPart));
        if (beforeInfos != null && sameAsBefore(slice, k, beforeIds, previous.unchanged())) {
          segments.set(k, new Segments.Segment(before, beforeInfos.info(k)));
        } else {
          build.add(k);
        }
      }
      Map<Integer, Path> built = indexParts(entries, docsPerPart, build, bodies, tmp);
      for (int k : build) {
        Directory d = Segments.open(built.get(k));
        open.add(d);
        segments.set(k, Segments.only(d));
      }
      Path index = tmp.resolve("index");
      int shards;
      try (Directory dir = Segments.open(index)) {
        Segments.assemble(dir, segments);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          shards = StaticIndex.write(reader, out, layout, reusable(entries, beforeIds, previous));
        }
      }
      List<Path> files = new ArrayList<>();
      try (var s = Files.list(index)) {
        s.filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().forEach(files::add);
      }
      // Copied now, before the temporary folder goes: the publisher copies synchronously.
      for (Path f : files) out.accept(new Output.Copy(LUCENE_DIR + "/" + f.getFileName(), f));
      return shards;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Directory d : open) {
        try {
          d.close();
        } catch (IOException ignored) {
          // read-only or temporary
        }
      }
      if (tmp != null) deleteQuietly(tmp);
    }
  }

  /** The previous site's index folder, if it has one. */
  private static Directory previousIndex(Path site) throws IOException {
    Path dir = site.resolve(LUCENE_DIR);
    return Files.isDirectory(dir) ? FSDirectory.open(dir) : null;
  }

  /**
   * Which reports' records the previous site's static index holds as they are now: the same
   * report at the same place, its head and text unchanged.
   */
  private static StaticIndex.Reusable reusable(List<ArchiveEntry> entries, List<List<String>> beforeIds,
      Previous previous) {
    if (previous == null || beforeIds.isEmpty()) return null;
    List<String> before = new ArrayList<>();
    for (List<String> part : beforeIds) before.addAll(part);
    return new StaticIndex.Reusable(previous.site(), d -> d < before.size() && d < entries.size()
        && entries.get(d).dir().equals(before.get(d)) && previous.unchanged().test(entries.get(d)));
  }

  /**
   * Can part k be taken from the previous index: it had a segment k holding the same reports in
   * the same order, and none of them changed what the index holds?
   */
  private static boolean sameAsBefore(List<ArchiveEntry> slice, int k, List<List<String>> beforeIds,
      Predicate<ArchiveEntry> unchanged) {
    if (k >= beforeIds.size() || beforeIds.get(k).size() != slice.size()) return false;
    for (int i = 0; i < slice.size(); i++) {
      if (!slice.get(i).dir().equals(beforeIds.get(k).get(i)) || !unchanged.test(slice.get(i))) return false;
    }
    return true;
  }

  /**
   * Reports per part. Parts are indexed side by side, one thread each, each into one segment;
   * the index is their segments in order. The number of parts depends only on the number of
   * reports, never on the machine, so the index is the same everywhere.
   */
  static final int DOCS_PER_PART = 4096;

  /**
   * BM25 with every token counted in a field's length: the index has no positions, so there are
   * no overlapping tokens to discount ({@link Inversion}). Scoring is Lucene's default BM25.
   */
  public static final BM25Similarity SIMILARITY = new BM25Similarity(false);

  /** Lucene writes a part's segment from its in-memory inversion, as it writes a merge. */
  private static IndexWriterConfig config() {
    return new IndexWriterConfig()
        .setSimilarity(SIMILARITY)
        .setCodec(new DeterministicCodec())
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setMergeScheduler(new SerialMergeScheduler())
        .setUseCompoundFile(false)
        .setCommitOnClose(true);
  }

  /**
   * Indexes the parts {@code build}, each into its own folder under {@code tmp} and one segment,
   * on as many threads as cores. Each part is inverted in memory ({@link Inversion}) and written
   * by Lucene's codec through {@code addIndexes}. The segment takes its id when it is written,
   * from Lucene's id sequence set to the part's number — one part at a time, since the sequence
   * is global — so it is the same whichever parts are indexed and however the threads run; the
   * ids Lucene takes later are not kept ({@link Segments#assemble}).
   */
  private static Map<Integer, Path> indexParts(List<ArchiveEntry> entries, int perPart, List<Integer> build,
      Function<ArchiveEntry, String> bodies, Path tmp) throws IOException {
    Map<Integer, Path> dirs = new TreeMap<>();
    if (build.isEmpty()) return dirs;
    for (int k : build) dirs.put(k, Files.createDirectory(tmp.resolve("part-" + k)));
    ExecutorService pool = Workers.pool("gongkai-index", Math.min(build.size(), Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int k : build) {
        List<ArchiveEntry> slice = entries.subList(k * perPart, Math.min(entries.size(), (k + 1) * perPart));
        done.add(pool.submit(() -> {
          Inversion inv = new Inversion();
          for (ArchiveEntry e : slice) inv.add(e, bodies.apply(e));
          writePart(k, new InvertedReader(inv), dirs.get(k));
          return null;
        }));
      }
      for (Future<?> f : done) Workers.get(f);
      return dirs;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes part k's one segment into {@code dir}. */
  private static void writePart(int k, InvertedReader part, Path dir) throws IOException {
    synchronized (DeterministicCodec.ID_SEQUENCE) {
      try (Directory d = Segments.open(dir); IndexWriter w = new IndexWriter(d, config())) {
        DeterministicCodec.resetIds(k);
        w.addIndexes(part);
      }
      try (Directory d = Segments.open(dir)) {
        byte[] id = Segments.only(d).info().info.getId();
        if (!java.util.Arrays.equals(id, DeterministicCodec.id(k))) {
          throw new IllegalStateException("part " + k + "'s segment did not take its fixed id");
        }
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
