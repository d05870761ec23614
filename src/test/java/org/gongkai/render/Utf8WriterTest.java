package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  private static void assertEncodesAsString(String text) {
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    Utf8Writer w = new Utf8Writer();
    w.write(text, 0, text.length());
    assertArrayEquals(expected, w.take(), text);
    // The same text a character at a time, and in two pieces split at every point.
    for (int i = 0; i < text.length(); i++) w.write(text.charAt(i));
    assertArrayEquals(expected, w.take(), text);
    for (int cut = 0; cut <= text.length(); cut++) {
      w.write(text.substring(0, cut).toCharArray(), 0, cut);
      w.write(text, cut, text.length() - cut);
      assertArrayEquals(expected, w.take(), text + " cut at " + cut);
    }
  }

  @Test
  void encodesAsStringGetBytesDoes() {
    assertEncodesAsString("");
    assertEncodesAsString("<td>12</td>");
    assertEncodesAsString("政府信息公开 ©ü—“三安全一稳定”");
    assertEncodesAsString("𠀀 and 😀 are two chars each");
  }

  @Test
  void turnsSurrogatesWithoutTheirPairIntoQuestionMarks() {
    assertEncodesAsString("a\uD83Db");
    assertEncodesAsString("a\uDE00b");
    assertEncodesAsString("\uD83D\uD83D\uDE00");
    assertEncodesAsString("ends high \uD83D");
  }

  @Test
  void growsPastItsBufferAndStartsEmptyAfterTake() {
    Random random = new Random(7);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200_000; i++) b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4E00 + random.nextInt(0x5000)));
    String text = b.toString();
    Utf8Writer w = new Utf8Writer();
    w.write(text, 0, text.length());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), w.take());
    w.write("x");
    assertEquals("x", new String(w.take(), StandardCharsets.UTF_8));
  }
}
