package org.gongkai.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.SmallFloat;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.ReportHead;

/**
 * One part of the search index inverted in memory, report by report: what Lucene's
 * IndexWriter would hold before flushing a segment, without its per-token machinery. The
 * {@link #FIELDS} are those the index always had; {@link InvertedReader} hands the result to
 * Lucene's codec, which writes the segment ({@link Indexer}).
 *
 * <p>Text fields get each distinct token once with its count ({@link TokenCounts}): the index
 * keeps frequencies, not positions. A field's length — its BM25 norm — is the number of its
 * tokens, n-grams included, as Lucene counts it for such tokens with overlaps not discounted
 * ({@link Indexer#SIMILARITY}).
 */
final class Inversion {
  /** The stored fields of one report, in the order they are stored. */
  record Stored(String id, String url, String organ, String region, String title, String body, int year,
      String published) {}

  /** The searched text fields, in {@link #text} order. */
  static final List<String> TEXT = List.of(Fields.ORGAN, Fields.REGION, Fields.TITLE, Fields.BODY);

  /** Every field, numbered as Lucene numbered them when it indexed documents itself. */
  static final FieldInfos FIELDS = new FieldInfos(new FieldInfo[] {
      info(Fields.ID, 0, IndexOptions.DOCS, true, DocValuesType.NONE, 0),
      info(Fields.URL, 1, IndexOptions.NONE, false, DocValuesType.NONE, 0),
      info(Fields.ORGAN, 2, IndexOptions.DOCS_AND_FREQS, false, DocValuesType.NONE, 0),
      info(Fields.REGION, 3, IndexOptions.DOCS_AND_FREQS, false, DocValuesType.NONE, 0),
      info(Fields.TITLE, 4, IndexOptions.DOCS_AND_FREQS, false, DocValuesType.NONE, 0),
      info(Fields.BODY, 5, IndexOptions.DOCS_AND_FREQS, false, DocValuesType.NONE, 0),
      info(Fields.YEAR, 6, IndexOptions.NONE, false, DocValuesType.NUMERIC, Integer.BYTES),
      info(Fields.PUBLISHED, 7, IndexOptions.NONE, false, DocValuesType.NONE, 0),
      info(Fields.REGION_PREFIX, 8, IndexOptions.DOCS, true, DocValuesType.NONE, 0),
      info(Fields.REGION_NAME, 9, IndexOptions.DOCS, true, DocValuesType.NONE, 0)});

  private static FieldInfo info(String name, int number, IndexOptions options, boolean omitNorms, DocValuesType dv,
      int pointBytes) {
    int dims = pointBytes == 0 ? 0 : 1;
    return new FieldInfo(name, number, false, omitNorms, false, options, dv, -1, new HashMap<>(), dims, dims,
        pointBytes, 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
  }

  private final TokenCounts counter = new TokenCounts();
  final TermTable[] text = new TermTable[TEXT.size()];
  final Map<String, TermTable> exact = new HashMap<>(); // untokenised fields: id and the region filters
  long[][] norms = new long[TEXT.size()][64];
  int[] years = new int[64];
  final List<Stored> stored = new ArrayList<>();

  Inversion() {
    for (int f = 0; f < text.length; f++) text[f] = new TermTable(true);
    for (String f : List.of(Fields.ID, Fields.REGION_PREFIX, Fields.REGION_NAME)) exact.put(f, new TermTable(false));
  }

  /** Reports added so far: the next one's number. */
  int size() {
    return stored.size();
  }

  /** Inverts one more report, whose searchable text is {@code body}. */
  void add(ArchiveEntry e, String body) {
    ReportHead r = e.head();
    int doc = stored.size();
    if (doc == years.length) {
      years = Arrays.copyOf(years, doc * 2);
      for (int f = 0; f < norms.length; f++) norms[f] = Arrays.copyOf(norms[f], doc * 2);
    }
    String[] values = {r.organ().name(), r.region().text(), r.title(), body};
    for (int f = 0; f < values.length; f++) norms[f][doc] = invert(text[f], values[f], doc);
    exact.get(Fields.ID).other(e.dir(), doc, 1);
    List<String> path = r.region().path();
    for (int i = 1; i <= path.size(); i++) {
      exact.get(Fields.REGION_PREFIX).other(String.join("/", path.subList(0, i)), doc, 1);
      exact.get(Fields.REGION_NAME).other(path.get(i - 1), doc, 1);
    }
    years[doc] = r.year();
    stored.add(new Stored(e.dir(), e.dir() + "/", values[0], values[1], values[2], body, r.year(),
        r.published() == null ? null : r.published().toString()));
  }

  /** Adds a text's tokens to a field's table; returns the field's norm. */
  private long invert(TermTable table, String value, int doc) {
    int[] length = {0};
    counter.count(value, new TokenCounts.KeySink() {
      @Override
      public void han(long key, int count) {
        table.han(key, doc, count);
        length[0] += count;
      }

      @Override
      public void other(String token, int count) {
        table.other(token, doc, count);
        length[0] += count;
      }
    });
    // as Lucene's BM25 norm: the length as a byte (sign-extended, as Lucene keeps it), 0 if empty
    return length[0] == 0 ? 0 : SmallFloat.intToByte4(length[0]);
  }
}
