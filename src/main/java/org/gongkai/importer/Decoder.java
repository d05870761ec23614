package org.gongkai.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a source file's bytes into text. Reports arrive as UTF-8 or, from Chinese Windows
 * tools, as GBK; a byte-order mark settles it, otherwise the encoding under which the text reads
 * as a report (more of the words every report uses) wins. Bytes that fit neither become U+FFFD,
 * counted, so damaged files still import.
 */
final class Decoder {
  // GB18030 decodes every GBK file and more; reports name the family people know.
  private static final Charset GBK = Charset.forName("GB18030");
  private static final String[] COMMON = {"政府", "信息", "公开", "年度", "报告", "情况", "申请"};

  /** The text and how it was decoded; {@code replaced} counts undecodable byte sequences. */
  record Decoded(String text, String encoding, int replaced) {}

  private Decoder() {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return lenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) return new Decoded(utf8, "UTF-8", 0);
    Decoded asUtf8 = lenient(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    Decoded asGbk = lenient(bytes, 0, GBK, "GBK");
    int byUtf8 = common(asUtf8.text());
    int byGbk = common(asGbk.text());
    if (byUtf8 != byGbk) return byUtf8 > byGbk ? asUtf8 : asGbk;
    return asGbk.replaced() < asUtf8.replaced() ? asGbk : asUtf8;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  private static String strict(byte[] bytes, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(byte[] bytes, int skip, Charset cs, String name) {
    // new String(…) replaces what does not decode with U+FFFD, which is what a damaged file needs.
    String text = new String(bytes, skip, bytes.length - skip, cs);
    return new Decoded(text, name, count(text, '\uFFFD'));
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  private static int common(String text) {
    int n = 0;
    for (String w : COMMON) for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) n++;
    return n;
  }
}
