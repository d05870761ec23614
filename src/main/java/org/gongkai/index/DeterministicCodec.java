package org.gongkai.index;

import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.SegmentInfoFormat;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.StringHelper;

/**
 * Makes the Lucene index byte-identical from build to build, as the rest of {@code site/} is.
 * Lucene stamps each segment with the time, OS and JVM ("diagnostics") and with random ids. This
 * codec writes the standard format under the standard name — any Lucene 9.12 reads it — but
 * keeps only the diagnostics that describe the data, and {@link #resetIds} restarts Lucene's id
 * sequence from a fixed value before each index is written.
 */
final class DeterministicCodec extends FilterCodec {
  private static final BigInteger FIXED_ID = new BigInteger("20240131", 10).shiftLeft(64);

  /**
   * Held while an id sequence is restarted and the ids that follow are taken: the sequence is
   * global, and parts are written on several threads.
   */
  static final Object ID_SEQUENCE = new Object();

  DeterministicCodec() {
    super(Codec.getDefault().getName(), Codec.getDefault());
  }

  @Override
  public SegmentInfoFormat segmentInfoFormat() {
    SegmentInfoFormat inner = delegate.segmentInfoFormat();
    return new SegmentInfoFormat() {
      @Override
      public SegmentInfo read(Directory dir, String name, byte[] id, IOContext ctx) throws IOException {
        return inner.read(dir, name, id, ctx);
      }

      @Override
      public void write(Directory dir, SegmentInfo info, IOContext ctx) throws IOException {
        // One entry only: Lucene copies these maps with Map.copyOf, whose iteration order (and
        // so the bytes written) changes from one JVM run to the next when there are several.
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("lucene.version", info.getDiagnostics().getOrDefault("lucene.version", ""));
        SegmentInfo copy = new SegmentInfo(info.dir, info.getVersion(), info.getMinVersion(), info.name, info.maxDoc(),
            info.getUseCompoundFile(), info.getHasBlocks(), info.getCodec(), kept, info.getId(),
            info.getAttributes(), info.getIndexSort());
        copy.setFiles(info.files());
        inner.write(dir, copy, ctx);
        // The format registers the .si file it wrote on the info it was given; tell the writer too.
        for (String f : copy.files()) if (!info.files().contains(f)) info.addFile(f);
      }
    };
  }

  /**
   * Restarts {@link StringHelper#randomId()} at a fixed value. Lucene 9.12 keeps the sequence in
   * a private static field; the determinism test fails loudly if a Lucene upgrade moves it.
   */
  static void resetIds() {
    resetIds(0);
  }

  /** Restarts Lucene's id sequence at the fixed value plus {@code offset}: the next id is that. */
  static void resetIds(long offset) {
    try {
      var field = StringHelper.class.getDeclaredField("nextId");
      field.setAccessible(true);
      var lock = StringHelper.class.getDeclaredField("idLock");
      lock.setAccessible(true);
      synchronized (ID_SEQUENCE) {
        synchronized (lock.get(null)) {
          field.set(null, FIXED_ID.add(BigInteger.valueOf(offset)));
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make Lucene's ids deterministic", e);
    }
  }

  /** A fixed 16-byte id: the fixed value plus {@code n}, as Lucene writes its ids. */
  static byte[] id(long n) {
    byte[] big = FIXED_ID.add(BigInteger.valueOf(n)).toByteArray();
    byte[] id = new byte[StringHelper.ID_LENGTH];
    int len = Math.min(big.length, id.length);
    System.arraycopy(big, big.length - len, id, id.length - len, len);
    return id;
  }
}
