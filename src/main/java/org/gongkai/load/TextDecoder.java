package org.gongkai.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourcePos;

/**
 * Decodes a file strictly as UTF-8, accepting a byte-order mark. Files saved in GBK (the
 * default of many Chinese Windows editors) are recognised and reported with how to convert
 * them, rather than read as mojibake.
 */
final class TextDecoder {
  private static final Charset GBK = Charset.forName("GBK");

  /** Either the text or the reason it cannot be read. */
  record Decoded(String text, Diagnostic problem) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, String file) {
    int start = hasBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return new Decoded(strict(StandardCharsets.UTF_8).decode(in).toString(), null);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      SourcePos pos = positionOf(bytes, start, bad, file);
      boolean gbk = decodes(bytes, start, GBK);
      Message m =
          gbk
              ? Message.of("load.encoding.gbk", file)
              : Message.of("load.encoding.unknown", String.format("0x%02X", bytes[bad] & 0xff));
      return new Decoded(null, Diagnostic.error("encoding", pos, m));
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean decodes(byte[] bytes, int start, Charset cs) {
    try {
      strict(cs).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] bytes, int start) {
    CharsetDecoder d = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    d.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** Line and column (in characters of the valid prefix) of a byte offset. */
  private static SourcePos positionOf(byte[] bytes, int start, int offset, String file) {
    String prefix = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, prefix.codePointCount(lineStart, prefix.length()) + 1);
  }
}
