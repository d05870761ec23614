package org.gongkai.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The one tokenisation of Gongkai search, simple enough that the browser repeats it exactly
 * ({@code themes/default/static/search.js} implements the same steps; a test compares the two
 * over the whole corpus). Pagefind indexes with one segmenter and queries with another, so
 * words it indexed are sometimes not found; here both sides run the same rules:
 *
 * <ol>
 *   <li>each code point is normalised on its own: NFKC (full-width → half-width), then lower case;
 *   <li>a run of Han characters gives, at each character but its last, the 2-, 3- and 4-grams
 *       starting there (those that fit in the run) (a lone character: itself);
 *   <li>a run of letters and decimal digits gives one token (at most {@value #MAX_WORD} characters);
 *   <li>everything else separates tokens.
 * </ol>
 *
 * <p>Bigrams find every Chinese phrase a reader types, whatever a dictionary would make of it;
 * docs/search/analyzers.md has the measurements against SmartChineseAnalyzer.
 */
public final class Tokens {
  /** Longest letter/digit token kept; longer runs are cut (a URL or a hash is not a word). */
  public static final int MAX_WORD = 32;
  /** Longest Han n-gram indexed; a longer run is searched by the ones that cover it. */
  public static final int MAX_GRAM = 4;

  /** A token and where it stands in the original text (UTF-16 offsets). */
  public record Token(String text, int start, int end) {}

  private Tokens() {}

  public static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    String[] norm = normalized(text);
    int[] offsets = new int[norm.length + 1];
    for (int i = 0, off = 0; i < norm.length; i++) {
      offsets[i] = off;
      off += Character.charCount(text.codePointAt(off));
      offsets[i + 1] = off;
    }
    eachRun(norm, (han, i, j) -> {
      if (han) {
        if (j - i == 1) out.add(new Token(norm[i], offsets[i], offsets[i + 1]));
        for (int k = i; k + 1 < j; k++) {
          // the 2-, 3- and 4-grams starting here share one position (format 2: a query unit of
          // up to four characters is a single term)
          String gram = norm[k];
          for (int n = 2; n <= MAX_GRAM && k + n <= j; n++) {
            gram += norm[k + n - 1];
            out.add(new Token(gram, offsets[k], offsets[k + n]));
          }
        }
      } else {
        out.add(new Token(word(norm, i, j), offsets[i], offsets[j]));
      }
    });
    return out;
  }

  /** Receives one run of normalised characters {@code [from, to)}: Han, or letters and digits. */
  interface RunVisitor {
    void run(boolean han, int from, int to);
  }

  /** Each code point of the text, normalised on its own. */
  static String[] normalized(String text) {
    int n = text.codePointCount(0, text.length());
    String[] norm = new String[n];
    for (int i = 0, off = 0; i < n; i++) {
      int cp = text.codePointAt(off);
      norm[i] = normalize(cp);
      off += Character.charCount(cp);
    }
    return norm;
  }

  /** Splits normalised characters into runs of one kind; separators end a run and are dropped. */
  static void eachRun(String[] norm, RunVisitor visitor) {
    int i = 0;
    while (i < norm.length) {
      int kind = kind(norm[i]);
      if (kind == SEPARATOR) {
        i++;
        continue;
      }
      int j = i;
      while (j < norm.length && kind(norm[j]) == kind) j++;
      visitor.run(kind == HAN, i, j);
      i = j;
    }
  }

  /** A run of letters and digits as one token, cut at {@value #MAX_WORD} characters. */
  static String word(String[] norm, int from, int to) {
    StringBuilder w = new StringBuilder();
    for (int k = from; k < to && w.codePointCount(0, w.length()) < MAX_WORD; k++) w.append(norm[k]);
    String word = w.toString();
    return word.codePointCount(0, word.length()) > MAX_WORD ? word.substring(0, word.offsetByCodePoints(0, MAX_WORD)) : word;
  }

  /**
   * The terms a run of Han characters is searched by: up to {@value #MAX_GRAM} characters, the
   * run itself; longer, the {@value #MAX_GRAM}-grams starting at every second character and a
   * last one ending the run, distinct. Each overlaps the next by at least two characters, so a
   * report holding them all nearly always holds the run (the index has no positions to check).
   * {@code chars} are normalised characters.
   */
  public static List<String> unitTerms(List<String> chars) {
    int n = chars.size();
    if (n <= MAX_GRAM) return List.of(String.join("", chars));
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int p = 0; ; p += MAX_GRAM / 2) {
      int start = Math.min(p, n - MAX_GRAM);
      out.add(String.join("", chars.subList(start, start + MAX_GRAM)));
      if (start == n - MAX_GRAM) break;
    }
    return List.copyOf(out);
  }

  /**
   * The normalised characters of the text's runs: each Han run as its characters, each word as
   * one element (its token), in order; separators dropped.
   */
  public static List<Run> runs(String text) {
    List<Run> out = new ArrayList<>();
    String[] norm = normalized(text);
    eachRun(norm, (han, i, j) -> {
      if (han) {
        List<String> chars = new ArrayList<>();
        for (int k = i; k < j; k++) chars.add(norm[k]);
        out.add(new Run(true, chars));
      } else {
        out.add(new Run(false, List.of(word(norm, i, j))));
      }
    });
    return out;
  }

  /** A run of Han characters (one element per character) or a word (one element). */
  public record Run(boolean han, List<String> parts) {}

  /** The token texts only. */
  public static List<String> texts(String text) {
    return of(text).stream().map(Token::text).toList();
  }

  static final int SEPARATOR = 0;
  static final int HAN = 1;
  static final int WORD = 2;

  /**
   * NFKC then lower case, for one code point (so offsets map back to the original). Plain ASCII
   * and the unified CJK ideographs — nearly all of a report — are their own NFKC form, so they
   * skip the normaliser, and other BMP characters are normalised once and remembered; the
   * result is the same, several times faster.
   */
  static String normalize(int cp) {
    if (cp < 0x80) return ASCII[cp];
    if (cp > 0xFFFF) return normalizeNow(cp);
    String s = BMP[cp];
    if (s == null) BMP[cp] = s = normalizeNow(cp); // a benign race: equal strings
    return s;
  }

  private static String normalizeNow(int cp) {
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return String.valueOf((char) cp);
    return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static final String[] ASCII = new String[0x80];
  /** Each BMP character's normal form, made once (punctuation would otherwise run NFKC every time). */
  private static final String[] BMP = new String[0x10000];

  static {
    for (int c = 0; c < 0x80; c++) ASCII[c] = String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
  }

  /** The class of a normalised character; a character NFKC expands is classed by its first code point. */
  static int kind(String normalized) {
    if (normalized.isEmpty()) return SEPARATOR;
    int cp = normalized.codePointAt(0);
    if (isHan(cp)) return HAN;
    if (Character.isLetter(cp) || Character.isDigit(cp)) return WORD;
    return SEPARATOR;
  }

  /** CJK ideographs by explicit ranges, so Java and the browser agree whatever their Unicode tables. */
  static boolean isHan(int cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x3134F)
        || cp == 0x3007;
  }
}
