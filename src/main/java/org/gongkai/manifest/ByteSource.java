package org.gongkai.manifest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link ByteSink} wrote; running out of bytes is a damaged manifest. Reads the buffer
 * at absolute positions only, so many threads can read one buffer.
 */
final class ByteSource {
  /** A string's bytes on their way out of the buffer: millions of them a build, one array a thread. */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[256]);

  private final ByteBuffer buf;
  private final int end;
  int pos; // ManifestCodec skips over parts it decodes later

  /** The bytes from {@code start} to {@code end}. */
  ByteSource(ByteBuffer buf, int start, int end) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
  }

  int readUnsignedByte() throws EOFException {
    if (pos >= end) throw new EOFException("manifest ends early");
    return buf.get(pos++) & 0xff;
  }

  int count() throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        if (v < 0) throw new IOException("bad number");
        return v;
      }
    }
    throw new IOException("bad number");
  }

  String plain() throws IOException {
    return text(count());
  }

  String nullablePlain() throws IOException {
    int n = count();
    return n == 0 ? null : text(n - 1);
  }

  String text(int length) throws IOException {
    if (length > available()) throw new IOException("bad string length");
    byte[] utf8 = SCRATCH.get();
    if (utf8.length < length) SCRATCH.set(utf8 = new byte[Math.max(length, utf8.length * 2)]);
    buf.get(pos, utf8, 0, length);
    pos += length;
    return new String(utf8, 0, length, StandardCharsets.UTF_8);
  }

  boolean readBoolean() throws EOFException {
    return readUnsignedByte() != 0;
  }

  int readInt() throws EOFException {
    int v = 0;
    for (int i = 0; i < 4; i++) v = (v << 8) | readUnsignedByte();
    return v;
  }

  long readLong() throws EOFException {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | readUnsignedByte();
    return v;
  }

  int available() {
    return end - pos;
  }

  byte[] readNBytes(int n) throws EOFException {
    if (n > available()) throw new EOFException("manifest ends early");
    byte[] out = new byte[n];
    buf.get(pos, out);
    pos += n;
    return out;
  }
}
