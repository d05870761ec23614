package org.gongkai.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * The search index as a list of segments, one per part of {@link Indexer#DOCS_PER_PART}
 * reports, written into one index folder by hand rather than through an IndexWriter: segment k
 * is named {@code _k} and keeps the id it was written with ({@link DeterministicCodec#id} of
 * k), its commit id is fixed by k, and the commit's own id by a restarted sequence. So a part
 * is the same bytes whether it was indexed in this build or taken from the previous site, and
 * an incremental build re-indexes only the parts that changed.
 */
final class Segments {
  /** Where commit ids start, apart from the segments' own ids (0, 1, …). */
  private static final long COMMIT_IDS = 1L << 32;

  private Segments() {}

  /** One segment of a finished part: the folder it is in and its description there. */
  record Segment(Directory dir, SegmentCommitInfo info) {}

  /** A temporary index folder: nothing in it needs to survive a crash, so it is never synced. */
  static Directory open(Path path) throws IOException {
    return new FilterDirectory(FSDirectory.open(path)) {
      @Override
      public void sync(java.util.Collection<String> names) {}

      @Override
      public void syncMetaData() {}
    };
  }

  /** The only segment of the index in {@code dir}. */
  static Segment only(Directory dir) throws IOException {
    SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
    if (infos.size() != 1) throw new IllegalStateException("a part's index has " + infos.size() + " segments");
    return new Segment(dir, infos.info(0));
  }

  /** Copies the segments into {@code to}, segment k as {@code _k}, and commits them as one index. */
  static void assemble(Directory to, List<Segment> segments) throws IOException {
    SegmentInfos all = new SegmentInfos(Version.LATEST.major);
    for (int k = 0; k < segments.size(); k++) {
      SegmentCommitInfo from = segments.get(k).info();
      String name = name(k);
      TreeSet<String> files = new TreeSet<>();
      for (String f : new TreeSet<>(from.files())) {
        String renamed = name + f.substring(from.info.name.length());
        to.copyFrom(segments.get(k).dir(), f, renamed, IOContext.DEFAULT);
        files.add(renamed);
      }
      SegmentInfo info = new SegmentInfo(to, from.info.getVersion(), from.info.getMinVersion(), name, from.info.maxDoc(),
          from.info.getUseCompoundFile(), from.info.getHasBlocks(), from.info.getCodec(), from.info.getDiagnostics(),
          from.info.getId(), from.info.getAttributes(), from.info.getIndexSort());
      info.setFiles(files);
      all.add(new SegmentCommitInfo(info, 0, 0, -1L, -1L, -1L, DeterministicCodec.id(COMMIT_IDS + k)));
    }
    all.counter = segments.size();
    all.version = segments.size();
    synchronized (DeterministicCodec.ID_SEQUENCE) {
      DeterministicCodec.resetIds();
      all.commit(to);
    }
  }

  /** The segments of the index in {@code dir}, or null if it cannot be read (nothing is reused then). */
  static SegmentInfos infos(Directory dir) {
    try {
      return SegmentInfos.readLatestCommit(dir);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Lucene's name for the k-th segment. */
  static String name(int k) {
    return "_" + Long.toString(k, Character.MAX_RADIX);
  }

  /**
   * The report folders of each segment of a built index, in document order (from the indexed
   * id field, without reading stored text); empty if there is no readable index.
   */
  static List<List<String>> ids(Directory dir) {
    List<List<String>> out = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (var leaf : reader.leaves()) {
        String[] ids = new String[leaf.reader().maxDoc()];
        Terms terms = leaf.reader().terms(Fields.ID);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          PostingsEnum pe = null;
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) ids[d] = t.utf8ToString();
          }
        }
        out.add(List.of(ids));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of(); // no reuse: every part is indexed again
    }
  }
}
