package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The counted tokens the index stores are exactly the tokens {@link Tokens#of} defines. */
class TokenCountsTest {
  private final TokenCounts counter = new TokenCounts();

  private Map<String, Integer> counted(String text) {
    Map<String, Integer> out = new TreeMap<>();
    counter.count(text, (chars, length, count) -> out.merge(new String(chars, 0, length), count, Integer::sum));
    return out;
  }

  private static Map<String, Integer> expected(String text) {
    Map<String, Integer> out = new TreeMap<>();
    for (String t : Tokens.texts(text)) out.merge(t, 1, Integer::sum);
    return out;
  }

  @Test
  void countsEveryNgramAndWordOnce() {
    Map<String, Integer> c = counted("依申请公开，依申请。ABC abc 2023");
    assertEquals(2, c.get("依申请"));
    assertEquals(1, c.get("依申请公"));
    assertEquals(2, c.get("abc"));
    assertEquals(1, c.get("2023"));
    assertEquals(expected("依申请公开，依申请。ABC abc 2023"), c);
  }

  @Test
  void oddCharactersAgreeWithTokens() {
    // a lone character, supplementary ideographs, compatibility forms NFKC expands, full width,
    // a word longer than the cut, and nothing at all
    for (String text : new String[] {"县", "𠀀𠀁𠀂县城", "㍻二年", "ＡＢＣ１２３", "豈更車", "x".repeat(80) + "中文", "", "，。！"}) {
      assertEquals(expected(text), counted(text), text);
    }
  }

  @Test
  void sameCountsAsTokensOverTheSeedsAndTheSampleContent() throws Exception {
    int files = 0;
    try (Stream<Path> s = Files.walk(Path.of("content"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String text = Files.readString(p);
        assertEquals(expected(text), counted(text), p.toString());
        files++;
      }
    }
    assertEquals(true, files >= 5, "the sample content has the five seeds");
  }

  @Test
  void reusedFromTextToText() {
    Map<String, Integer> first = new LinkedHashMap<>(counted("政务公开政务公开"));
    counted("完全不同的文字" + "很长".repeat(5000));
    assertEquals(first, counted("政务公开政务公开"));
  }
}
