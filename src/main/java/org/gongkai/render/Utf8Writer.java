package org.gongkai.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as characters arrive, into a buffer it keeps between pages.
 * A page written into a {@link java.io.StringWriter} is copied twice more — to a string, then
 * to bytes (through a buffer three times its length) — and the string buffer grows anew for
 * every page; here each page is encoded once and copied out once.
 *
 * <p>Encodes as {@link String#getBytes(java.nio.charset.Charset)} does, byte for byte: a
 * surrogate without its pair becomes {@code ?}. Not thread-safe; one per thread.
 */
final class Utf8Writer extends Writer {
  private byte[] buf;
  private int len;
  /** A high surrogate whose pair may come with the next write; 0 if none. */
  private char high;

  Utf8Writer() {
    this(64 * 1024);
  }

  Utf8Writer(int capacity) {
    this.buf = new byte[capacity];
  }

  /** Bytes already in UTF-8, such as text every page repeats, encoded once. */
  void raw(byte[] utf8) {
    unpaired();
    reserve(utf8.length);
    System.arraycopy(utf8, 0, buf, len, utf8.length);
    len += utf8.length;
  }

  @Override
  public void write(int c) {
    reserve(4);
    put((char) c);
  }

  @Override
  public void write(char[] chars, int off, int n) {
    reserve(3 * n + 1);
    for (int i = off, end = off + n; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && high == 0) buf[len++] = (byte) c;
      else put(c);
    }
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int n) {
    reserve(3 * n + 1);
    for (int i = off, end = off + n; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && high == 0) buf[len++] = (byte) c;
      else put(c);
    }
  }

  /** Everything written since the last {@link #reset} or call, as bytes; the buffer is then empty. */
  byte[] take() {
    unpaired();
    byte[] out = Arrays.copyOf(buf, len);
    len = 0;
    return out;
  }

  /** Forgets what was written, as after a failed page. */
  void reset() {
    len = 0;
    high = 0;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** A high surrogate left waiting for its pair, which cannot come now, is written as '?'. */
  private void unpaired() {
    if (high == 0) return;
    reserve(1);
    buf[len++] = '?';
    high = 0;
  }

  private void put(char c) {
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        buf[len++] = (byte) (0xF0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      buf[len++] = '?';
    }
    if (c < 0x80) {
      buf[len++] = (byte) c;
    } else if (c < 0x800) {
      buf[len++] = (byte) (0xC0 | c >> 6);
      buf[len++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buf[len++] = '?';
    } else {
      buf[len++] = (byte) (0xE0 | c >> 12);
      buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
      buf[len++] = (byte) (0x80 | c & 0x3F);
    }
  }

  /** Room for {@code n} more bytes (three per character, and one for a '?' a pending surrogate may become). */
  private void reserve(int n) {
    if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(2 * buf.length, len + n));
  }
}
