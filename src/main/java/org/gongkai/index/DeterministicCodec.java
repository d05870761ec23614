package org.gongkai.index;

import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FieldInfosFormat;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.index.FieldInfos;
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

  private final Turns turns;
  private final int turn;

  DeterministicCodec() {
    this(null, 0);
  }

  /**
   * For one of several writers running side by side: before each segment it flushes takes its
   * ids, it waits for {@code turns} to reach {@code turn} (see {@link Turns}).
   */
  DeterministicCodec(Turns turns, int turn) {
    super(Codec.getDefault().getName(), Codec.getDefault());
    this.turns = turns;
    this.turn = turn;
  }

  @Override
  public FieldInfosFormat fieldInfosFormat() {
    FieldInfosFormat inner = delegate.fieldInfosFormat();
    if (turns == null) return inner;
    return new FieldInfosFormat() {
      @Override
      public FieldInfos read(Directory dir, SegmentInfo info, String suffix, IOContext ctx) throws IOException {
        return inner.read(dir, info, suffix, ctx);
      }

      @Override
      public void write(Directory dir, SegmentInfo info, String suffix, FieldInfos infos, IOContext ctx)
          throws IOException {
        inner.write(dir, info, suffix, infos, ctx);
        // A flush writes the field infos last, then takes the segment's commit id: wait here.
        turns.await(turn);
      }
    };
  }

  /**
   * Writers indexing side by side take Lucene's ids in a fixed order. Each writer gets its
   * first id (its segment's) when its first document is added, in writer order, before any
   * runs; every later id (the segment's commit id, the commit) comes after a flush has written
   * its field infos, where the writer waits until every earlier writer has closed. So the ids —
   * and the bytes — are the same however the threads run.
   */
  static final class Turns {
    private int next;

    synchronized void await(int turn) throws IOException {
      try {
        while (next < turn) wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("indexing interrupted");
      }
    }

    /** Writer {@code turn} has closed (or failed): the next may take its ids. */
    synchronized void pass(int turn) {
      next = Math.max(next, turn + 1);
      notifyAll();
    }
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
  static synchronized void resetIds() {
    try {
      var field = StringHelper.class.getDeclaredField("nextId");
      field.setAccessible(true);
      var lock = StringHelper.class.getDeclaredField("idLock");
      lock.setAccessible(true);
      synchronized (lock.get(null)) {
        field.set(null, FIXED_ID);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make Lucene's ids deterministic", e);
    }
  }
}
