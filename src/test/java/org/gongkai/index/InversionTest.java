package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.archive.Archiver;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Report;
import org.gongkai.model.ReportHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index inverts reports itself ({@link Inversion}) and has Lucene's codec write the result.
 * That segment holds exactly what Lucene's own inversion of the same documents holds — every
 * term with its reports and counts, the norms BM25 scores with, the stored fields, the year —
 * here over generated reports and over texts with every kind of token: Latin words and digits,
 * supplementary and compatibility characters (㍻ is 平成 once normalised: one term, whichever
 * way it is spelt), a lone character, an empty text.
 */
class InversionTest {
  @TempDir Path tmp;

  @Test
  void holdsWhatLuceneItselfWouldIndex() throws IOException {
    CorpusGenerator.generate(new CorpusGenerator.Options(40, tmp.resolve("corpus"), 7, 0));
    Path root = tmp.resolve("corpus/content");
    Loader loader = Loader.create(ReportSchema.load());
    List<Archiver.Input> inputs = new ArrayList<>();
    Map<Path, Report> reports = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Report r = ((LoadResult.Loaded) loader.load(f, root)).report();
        reports.put(f, r);
        inputs.add(Archiver.Input.of(r, f, List.of()));
      }
    }
    List<ArchiveEntry> entries = Archiver.build(inputs).entries();
    String[] odd = {"", "县", "𠀀𠀁𠀂县城 ABC abc ＡＢＣ１２３ 2023", "㍻二年，平成二年，豈更車。" + "x".repeat(80), "，。！平成二"};
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      bodies.add(i < odd.length ? odd[i] : Indexer.body(reports.get(entries.get(i).source())));
    }

    Inversion inv = new Inversion();
    for (int i = 0; i < entries.size(); i++) inv.add(entries.get(i), bodies.get(i));
    try (Directory ours = Segments.open(Files.createDirectory(tmp.resolve("ours")));
        Directory lucene = Segments.open(Files.createDirectory(tmp.resolve("lucene")))) {
      try (IndexWriter w = new IndexWriter(ours, new IndexWriterConfig())) {
        w.addIndexes(new InvertedReader(inv));
      }
      try (IndexWriter w = new IndexWriter(lucene, new IndexWriterConfig(new CountingAnalyzer())
          .setSimilarity(Indexer.SIMILARITY))) {
        for (int i = 0; i < entries.size(); i++) w.addDocument(document(entries.get(i), bodies.get(i)));
      }
      try (DirectoryReader a = DirectoryReader.open(ours); DirectoryReader b = DirectoryReader.open(lucene)) {
        LeafReader x = a.leaves().get(0).reader();
        LeafReader y = b.leaves().get(0).reader();
        assertEquals(entries.size(), x.maxDoc());
        for (FieldInfo fi : y.getFieldInfos()) {
          FieldInfo mine = x.getFieldInfos().fieldInfo(fi.name);
          assertEquals(fi.number, mine.number, fi.name);
          assertEquals(fi.getIndexOptions(), mine.getIndexOptions(), fi.name);
          assertEquals(fi.hasNorms(), mine.hasNorms(), fi.name);
          assertEquals(postings(y, fi.name), postings(x, fi.name), fi.name);
          if (fi.hasNorms()) assertEquals(values(y.getNormValues(fi.name)), values(x.getNormValues(fi.name)), fi.name);
        }
        assertEquals(values(y.getNumericDocValues(Fields.YEAR)), values(x.getNumericDocValues(Fields.YEAR)));
        for (int d = 0; d < x.maxDoc(); d++) {
          assertEquals(y.storedFields().document(d).toString(), x.storedFields().document(d).toString());
          int year = entries.get(d).head().year();
          assertTrue(new IndexSearcher(a).count(IntPoint.newExactQuery(Fields.YEAR, year)) > 0);
          assertEquals(new IndexSearcher(b).count(IntPoint.newExactQuery(Fields.YEAR, year)),
              new IndexSearcher(a).count(IntPoint.newExactQuery(Fields.YEAR, year)));
        }
        assertTrue(postings(x, Fields.BODY).contains("𠀀𠀁"), "supplementary n-grams are terms");
        assertTrue(postings(x, Fields.BODY).contains("abc=[2:2"), "words are counted: ABC, abc and ＡＢＣ");
        assertTrue(postings(x, Fields.BODY).contains("\n平成二=[3:2 4:1"), "two spellings, one term");
      }
    }
  }

  /** A field's terms, in order, with their reports and counts. */
  private static String postings(LeafReader r, String field) throws IOException {
    StringBuilder out = new StringBuilder();
    Terms terms = r.terms(field);
    if (terms == null) return "";
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      out.append(t.utf8ToString()).append("=[");
      pe = te.postings(pe, PostingsEnum.FREQS);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        out.append(d).append(':').append(pe.freq()).append(' ');
      }
      out.setLength(out.length() - 1);
      out.append("]\n");
    }
    return out.toString();
  }

  /** Report number = value, for every report with a value. */
  private static List<String> values(NumericDocValues v) throws IOException {
    List<String> out = new ArrayList<>();
    for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) out.add(d + "=" + v.longValue());
    return out;
  }

  /** The document Lucene inverted itself before {@link Inversion}. */
  private static Document document(ArchiveEntry e, String body) {
    FieldType text = new FieldType();
    text.setTokenized(true);
    text.setStored(true);
    text.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    ReportHead r = e.head();
    Document d = new Document();
    d.add(new StringField(Fields.ID, e.dir(), Field.Store.YES));
    d.add(new StoredField(Fields.URL, e.dir() + "/"));
    d.add(new Field(Fields.ORGAN, r.organ().name(), text));
    d.add(new Field(Fields.REGION, r.region().text(), text));
    d.add(new Field(Fields.TITLE, r.title(), text));
    d.add(new Field(Fields.BODY, body, text));
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

  /** Gives Lucene each distinct token of a field once, with its count, as the indexer counts them. */
  private static final class CountingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      return new TokenStreamComponents(new Tokenizer() {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private List<String> tokens = List.of();
        private int next;

        @Override
        public void reset() throws IOException {
          super.reset();
          StringBuilder text = new StringBuilder();
          char[] buf = new char[4096];
          for (int n; (n = input.read(buf)) > 0; ) text.append(buf, 0, n);
          counts.clear();
          for (String t : Tokens.texts(text.toString())) counts.merge(t, 1, Integer::sum);
          tokens = new ArrayList<>(counts.keySet());
          next = 0;
        }

        @Override
        public boolean incrementToken() {
          if (next == tokens.size()) return false;
          clearAttributes();
          term.setEmpty().append(tokens.get(next));
          frequency.setTermFrequency(counts.get(tokens.get(next++)));
          return true;
        }
      });
    }
  }
}
