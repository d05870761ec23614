package org.gongkai.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures how well each candidate analysis finds reports for the query set
 * (docs/search/queries.tsv): Gongkai's n-grams (searched as {@link Searcher} searches),
 * Lucene's CJK bigrams, SmartChineseAnalyzer (dictionary words), and smartcn combined with
 * Gongkai's (a report matches if either finds it). Ground truth: the report's text contains
 * every word of the query, ignoring width, case and spaces. Each query's words must all occur;
 * for the Lucene analyzers each word is searched as a phrase of its tokens.
 *
 * <pre>
 * java -cp … org.gongkai.search.AnalyzerEvaluation SITE_DIR [OUT.md]
 * </pre>
 * where SITE_DIR is a built site (its Lucene index supplies the reports' text).
 */
public final class AnalyzerEvaluation {
  record Doc(String text) {}

  record Scores(int relevant, int found, int correct) {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    List<Doc> docs = new ArrayList<>();
    Map<String, Integer> byUrl = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(site.resolve("search/lucene")))) {
      for (int d = 0; d < r.maxDoc(); d++) {
        Document doc = r.storedFields().document(d);
        docs.add(new Doc(String.join("\n", doc.get("organ"), doc.get("region"), doc.get("title"), doc.get("body"))));
        byUrl.put(doc.get("url"), d);
      }
    }
    List<String> queries = QuerySet.queries();
    // Gongkai is measured as it searches (the site's own index through Searcher); the others are
    // indexed here and each word searched as a phrase of their tokens.
    List<String> names = List.of("gongkai-ngram", "lucene-cjk-bigram", "smartcn", "smartcn+bigram");
    List<Analyzer> analyzers = List.of(new CJKAnalyzer(), new SmartChineseAnalyzer());
    List<IndexSearcher> searchers = new ArrayList<>();
    for (Analyzer a : analyzers) searchers.add(index(a, docs));

    PrintStream out = args.length > 1 ? new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)
        : new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("| query | relevant | " + String.join(" | ", names.stream().map(n -> n + " P / R").toList()) + " |");
    out.println("|---|---|" + "---|".repeat(names.size()));
    double[][] sums = new double[names.size()][2];
    int[] perfect = new int[names.size()];
    for (String q : queries) {
      Set<Integer> truth = new HashSet<>();
      for (int d = 0; d < docs.size(); d++) {
        String text = fold(docs.get(d).text());
        boolean all = true;
        for (String w : q.split(" ")) all &= text.contains(fold(w));
        if (all) truth.add(d);
      }
      List<Set<Integer>> found = new ArrayList<>();
      found.add(gongkai(site, byUrl, q));
      for (int i = 0; i < analyzers.size(); i++) found.add(search(searchers.get(i), analyzers.get(i), q));
      Set<Integer> combined = new HashSet<>(found.get(2));
      combined.addAll(found.get(0));
      found.add(combined);
      StringBuilder row = new StringBuilder("| " + q + " | " + truth.size() + " |");
      for (int i = 0; i < names.size(); i++) {
        Set<Integer> f = found.get(i);
        long correct = f.stream().filter(truth::contains).count();
        double p = f.isEmpty() ? (truth.isEmpty() ? 1 : 0) : correct / (double) f.size();
        double rcl = truth.isEmpty() ? 1 : correct / (double) truth.size();
        sums[i][0] += p;
        sums[i][1] += rcl;
        if (p == 1 && rcl == 1) perfect[i]++;
        row.append(String.format(Locale.ROOT, " %.2f / %.2f |", p, rcl));
      }
      out.println(row);
    }
    StringBuilder mean = new StringBuilder("| **mean** | |");
    StringBuilder exact = new StringBuilder("| **queries answered exactly** | |");
    for (int i = 0; i < names.size(); i++) {
      mean.append(String.format(Locale.ROOT, " **%.3f / %.3f** |", sums[i][0] / queries.size(), sums[i][1] / queries.size()));
      exact.append(" ").append(perfect[i]).append(" of ").append(queries.size()).append(" |");
    }
    out.println(mean);
    out.println(exact);
    out.println();
    out.println("Corpus: " + docs.size() + " reports from " + site + ".");
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  private static IndexSearcher index(Analyzer a, List<Doc> docs) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a))) {
      for (Doc d : docs) {
        Document doc = new Document();
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return new IndexSearcher(DirectoryReader.open(dir));
  }

  /** The reports Gongkai's own search finds, all of them. */
  private static Set<Integer> gongkai(Path site, Map<String, Integer> byUrl, String q) throws IOException {
    Set<Integer> out = new HashSet<>();
    try (Searcher s = Searcher.open(site)) {
      for (int offset = 0; ; offset += 1000) {
        Results r = s.search(Query.of(q, null, null, offset, 1000));
        r.hits().forEach(h -> out.add(byUrl.get(h.url())));
        if (r.hits().size() < 1000) return out;
      }
    }
  }

  /** Every word of the query as a phrase of the analyzer's tokens; all words must match. */
  private static Set<Integer> search(IndexSearcher s, Analyzer a, String q) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    for (String word : q.split(" ")) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      int n = 0;
      int pos = -1;
      try (TokenStream ts = a.tokenStream("text", word)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          pos += inc.getPositionIncrement();
          phrase.add(new Term("text", term.toString()), pos);
          n++;
        }
        ts.end();
      }
      if (n == 0) continue;
      any = true;
      all.add(n == 1 ? new TermQuery(phrase.build().getTerms()[0]) : phrase.build(), BooleanClause.Occur.MUST);
    }
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc d : s.search(any ? all.build() : new MatchNoDocsQuery(), Integer.MAX_VALUE / 2).scoreDocs) out.add(d.doc);
    return out;
  }
}
