package org.gongkai.manifest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte buffer, unsynchronized (a manifest of 100,000 reports is millions of writes). */
final class ByteSink {
  byte[] buf; // ManifestCodec hands the filled part of it on without a copy
  private int size;

  ByteSink() {
    this(1 << 10);
  }

  ByteSink(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  /** A string without the table: its UTF-8 length as a varint, then the bytes. */
  void plain(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    varint(utf8.length);
    write(utf8);
  }

  /** As {@link #plain}, with 0 for null and the length + 1 otherwise. */
  void nullablePlain(String s) {
    if (s == null) {
      varint(0);
      return;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    varint(utf8.length + 1);
    write(utf8);
  }

  void varint(int v) {
    if (v < 0) throw new IllegalArgumentException("negative: " + v);
    while ((v & ~0x7f) != 0) {
      writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    writeByte(v);
  }

  void writeByte(int b) {
    if (size == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
    buf[size++] = (byte) b;
  }

  void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  void write(ByteBuffer bytes, int from, int length) {
    if (size + length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + length));
    bytes.get(from, buf, size, length);
    size += length;
  }

  void write(byte[] bytes, int from, int length) {
    if (size + length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + length));
    System.arraycopy(bytes, from, buf, size, length);
    size += length;
  }

  void writeBoolean(boolean b) {
    writeByte(b ? 1 : 0);
  }

  void writeInt(int v) {
    for (int shift = 24; shift >= 0; shift -= 8) writeByte(v >>> shift);
  }

  void writeLong(long v) {
    for (int shift = 56; shift >= 0; shift -= 8) writeByte((int) (v >>> shift));
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
