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
import org.apache.lucene.index.StoredFields;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHead;

/**
 * Writes the archive's Lucene index — one document per report — and hands its files to the
 * publisher under {@code search/lucene/}, followed by the browser's {@link StaticIndex}. Documents are added by one thread in the archive's
 * order and merged into one segment, so the index is the same for the same content.
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
    synchronized (DeterministicCodec.class) {
      return write(archive, bodies, out);
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

  private static int write(Archive archive, Function<ArchiveEntry, String> bodies, Consumer<Output> out) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("gongkai-index-");
      DeterministicCodec.resetIds();
      IndexWriterConfig config = new IndexWriterConfig(new BigramAnalyzer())
          .setCodec(new DeterministicCodec())
          .setMergeScheduler(new SerialMergeScheduler())
          .setRAMBufferSizeMB(256)
          .setUseCompoundFile(false)
          .setCommitOnClose(true);
      try (FSDirectory dir = FSDirectory.open(tmp)) {
        try (IndexWriter w = new IndexWriter(dir, config)) {
          for (ArchiveEntry e : archive.entries()) w.addDocument(document(e, bodies.apply(e)));
          w.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          StaticIndex.write(reader, out);
        }
      }
      List<Path> files = new ArrayList<>();
      try (var s = Files.list(tmp)) {
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

  static Document document(ArchiveEntry e, String body) {
    ReportHead r = e.head();
    Document d = new Document();
    d.add(new StringField(Fields.ID, e.dir(), Field.Store.YES));
    d.add(new StoredField(Fields.URL, e.dir() + "/"));
    d.add(new TextField(Fields.ORGAN, r.organ().name(), Field.Store.YES));
    d.add(new TextField(Fields.REGION, r.region().text(), Field.Store.YES));
    d.add(new TextField(Fields.TITLE, r.title(), Field.Store.YES));
    d.add(new TextField(Fields.BODY, body, Field.Store.YES));
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
