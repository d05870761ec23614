package org.gongkai.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Lucene's view of {@link Tokens}: the analyzer of every text field of the index. It gives each
 * distinct token of a field once, with its count as the term frequency ({@link TokenCounts}):
 * the index keeps frequencies, not positions, so Lucene need not invert every occurrence of the
 * 2-, 3- and 4-grams one by one. A field's length (its BM25 norm) is then the number of its
 * tokens, n-grams included; {@link Indexer} indexes with overlaps counted to match.
 */
public final class GramAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String field) {
    return new TokenStreamComponents(new CountingTokenizer());
  }

  /** Reads the whole field (report sections are small), counts its tokens and replays the counts. */
  private static final class CountingTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    private final TokenCounts counter = new TokenCounts();
    private final StringBuilder text = new StringBuilder();
    private char[] terms = new char[1024]; // the distinct tokens, end to end
    private int[] ends = new int[128];
    private int[] counts = new int[128];
    private int size;
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      readAll(input);
      size = 0;
      next = 0;
      counter.count(text.toString(), this::keep);
    }

    private void keep(char[] chars, int length, int count) {
      int start = size == 0 ? 0 : ends[size - 1];
      if (start + length > terms.length) terms = java.util.Arrays.copyOf(terms, Math.max(terms.length * 2, start + length));
      if (size == ends.length) {
        ends = java.util.Arrays.copyOf(ends, size * 2);
        counts = java.util.Arrays.copyOf(counts, size * 2);
      }
      System.arraycopy(chars, 0, terms, start, length);
      ends[size] = start + length;
      counts[size++] = count;
    }

    @Override
    public boolean incrementToken() {
      if (next == size) return false;
      clearAttributes();
      int start = next == 0 ? 0 : ends[next - 1];
      term.copyBuffer(terms, start, ends[next] - start);
      frequency.setTermFrequency(counts[next]);
      next++;
      return true;
    }

    private void readAll(Reader r) throws IOException {
      text.setLength(0);
      char[] buf = new char[4096];
      for (int n; (n = r.read(buf)) > 0; ) text.append(buf, 0, n);
    }
  }
}
