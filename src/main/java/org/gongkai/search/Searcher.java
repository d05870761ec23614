package org.gongkai.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.index.Fields;
import org.gongkai.index.Indexer;

/**
 * Answers queries from a built site's Lucene index. A report matches when every unit of the
 * query (see {@link Query}) occurs in one of its searched fields; its score is Lucene's BM25,
 * summed over units and fields with the fields' boosts ({@link Fields#SEARCHED}) — the same sum
 * the browser computes.
 *
 * <pre>{@code
 * try (Searcher s = Searcher.open(Path.of("site"))) {
 *   Results r = s.search(Query.of("行政复议", null, 2023, 0, 10));
 * }
 * }</pre>
 *
 * <p>Thread-safe; close it to release the index.
 */
public final class Searcher implements AutoCloseable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private Searcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index of the site at {@code site}. */
  public static Searcher open(Path site) throws IOException {
    Path dir = site.resolve(Indexer.LUCENE_DIR);
    if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "no search index; run gongkai build first");
    return new Searcher(DirectoryReader.open(FSDirectory.open(dir)));
  }

  public Results search(Query q) throws IOException {
    if (q.units().isEmpty()) return new Results(q, 0, List.of());
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query.Unit unit : q.units()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Fields.Weighted f : Fields.SEARCHED) {
        any.add(new BoostQuery(unitQuery(f.field(), unit), f.boost()), BooleanClause.Occur.SHOULD);
      }
      all.add(any.build(), BooleanClause.Occur.MUST);
    }
    if (q.region() != null) {
      String r = q.region().replace(' ', '/');
      String field = r.contains("/") ? Fields.REGION_PREFIX : Fields.REGION_NAME;
      all.add(new TermQuery(new Term(field, r)), BooleanClause.Occur.FILTER);
    }
    if (q.year() != null) all.add(IntPoint.newExactQuery(Fields.YEAR, q.year()), BooleanClause.Occur.FILTER);

    TopDocs top = searcher.search(all.build(), q.offset() + q.limit());
    long total = searcher.count(all.build());
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    var stored = searcher.storedFields();
    for (int i = q.offset(); i < docs.length; i++) {
      Document d = stored.document(docs[i].doc);
      String region = d.get(Fields.REGION);
      hits.add(new Hit(d.get(Fields.ORGAN),
          region == null || region.isEmpty() ? List.of() : Arrays.asList(region.split(" ")),
          d.getField(Fields.YEAR).numericValue().intValue(), d.get(Fields.URL), docs[i].score,
          Snippets.html(d.get(Fields.BODY), q.tokens())));
    }
    return new Results(q, total, hits);
  }

  /** One term: a term query; several (the 4-grams covering a long run): all of them in the field. */
  private static org.apache.lucene.search.Query unitQuery(String field, Query.Unit unit) {
    if (unit.terms().size() == 1) return new TermQuery(new Term(field, unit.terms().get(0)));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String t : unit.terms()) all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
    return all.build();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
