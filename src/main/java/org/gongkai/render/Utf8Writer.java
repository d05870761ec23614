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
  private char[] chars = new char[1024];
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
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int n) {
    // Copied out first (an intrinsic), so one loop encodes both strings and arrays.
    if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
    s.getChars(off, off + n, chars, 0);
    write(chars, 0, n);
  }

  @Override
  public void write(char[] in, int off, int n) {
    reserve(3 * n + 1);
    byte[] b = buf;
    int l = len;
    for (int i = off, end = off + n; i < end; i++) {
      char c = in[i];
      if (high != 0 || Character.isSurrogate(c)) {
        len = l;
        boolean written = surrogate(c);
        l = len;
        if (written) continue;
      }
      if (c < 0x80) {
        b[l++] = (byte) c;
      } else if (c < 0x800) {
        b[l++] = (byte) (0xC0 | c >> 6);
        b[l++] = (byte) (0x80 | c & 0x3F);
      } else {
        b[l++] = (byte) (0xE0 | c >> 12);
        b[l++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[l++] = (byte) (0x80 | c & 0x3F);
      }
    }
    len = l;
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

  /**
   * A surrogate, or any character after a high surrogate: a pair is one code point in four
   * bytes, a surrogate without its pair is '?' (as String.getBytes writes it). Returns false
   * if {@code c} itself is an ordinary character, still to be written.
   */
  private boolean surrogate(char c) {
    char h = high;
    high = 0;
    if (h != 0 && Character.isLowSurrogate(c)) {
      int cp = Character.toCodePoint(h, c);
      buf[len++] = (byte) (0xF0 | cp >> 18);
      buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
      buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[len++] = (byte) (0x80 | cp & 0x3F);
      return true;
    }
    if (h != 0) buf[len++] = '?';
    if (Character.isHighSurrogate(c)) {
      high = c;
      return true;
    }
    if (Character.isLowSurrogate(c)) {
      buf[len++] = '?';
      return true;
    }
    return false;
  }

  /** Room for {@code n} more bytes (three per character, and one for a '?' a pending surrogate may become). */
  private void reserve(int n) {
    if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(2 * buf.length, len + n));
  }
}
