package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which encoding a source is in, and what becomes of bytes no encoding explains. */
class DecoderTest {
  private static final String TEXT = "金斗营镇人民政府 2023 年政府信息公开工作年度报告\n一、总体情况\n";

  @Test
  void readsUtf8WithAndWithoutAByteOrderMark() {
    assertEquals("UTF-8", Decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).encoding());
    byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    Decoder.Decoded d = Decoder.decode(bom);
    assertEquals("UTF-8 (BOM)", d.encoding());
    assertEquals(TEXT, d.text());
  }

  @Test
  void recognisesGbk() {
    Decoder.Decoded d = Decoder.decode(TEXT.getBytes(Charset.forName("GBK")));
    assertEquals("GBK", d.encoding());
    assertEquals(TEXT, d.text());
  }

  @Test
  void readsUtf16WithAByteOrderMark() {
    assertEquals(TEXT, Decoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)).text());
  }

  @Test
  void keepsUtf8WithAFewBadBytesAndCountsThem() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    bytes[5] = (byte) 0xFF;
    Decoder.Decoded d = Decoder.decode(bytes);
    assertEquals("UTF-8", d.encoding());
    assertTrue(d.replaced() > 0);
    assertTrue(d.text().contains("政府信息公开工作年度报告"));
  }
}
