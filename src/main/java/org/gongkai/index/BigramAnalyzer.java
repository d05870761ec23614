package org.gongkai.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Lucene's view of {@link Tokens}: the analyzer of every text field of the index (2–4-grams of Han runs sharing positions, words). */
public final class BigramAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String field) {
    return new TokenStreamComponents(new BigramTokenizer());
  }

  /** Reads the whole field (report sections are small) and replays {@link Tokens#of}. */
  private static final class BigramTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int lastStart = -1;
    private Iterator<Tokens.Token> tokens = List.<Tokens.Token>of().iterator();
    private int length;

    @Override
    public void reset() throws IOException {
      super.reset();
      String text = readAll(input);
      length = text.length();
      tokens = Tokens.of(text).iterator();
      lastStart = -1;
    }

    @Override
    public boolean incrementToken() {
      if (!tokens.hasNext()) return false;
      clearAttributes();
      Tokens.Token t = tokens.next();
      term.setEmpty().append(t.text());
      offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
      // n-grams starting at one character share its position
      increment.setPositionIncrement(t.start() == lastStart ? 0 : 1);
      lastStart = t.start();
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(length), correctOffset(length));
    }

    private static String readAll(Reader r) throws IOException {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[4096];
      for (int n; (n = r.read(buf)) > 0; ) b.append(buf, 0, n);
      return b.toString();
    }
  }
}
