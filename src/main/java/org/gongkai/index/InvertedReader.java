package org.gongkai.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.TermVectorsReader;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.Version;

/**
 * An {@link Inversion} seen as a Lucene segment, for {@code IndexWriter.addIndexes} to write with
 * the codec as it writes any merge: postings, norms, stored fields, the year's doc values and
 * points. It serves that one sequential pass; it is not a reader to search with.
 */
final class InvertedReader extends CodecReader {
  private final Inversion inv;
  private final int maxDoc;
  private final Map<String, TermTable.Sorted> terms = new TreeMap<>(); // sorted: the codec writes fields in order

  InvertedReader(Inversion inv) {
    this.inv = inv;
    this.maxDoc = inv.size();
    for (int f = 0; f < inv.text.length; f++) terms.put(Inversion.TEXT.get(f), inv.text[f].sorted());
    inv.exact.forEach((field, table) -> terms.put(field, table.sorted()));
  }

  @Override
  public FieldInfos getFieldInfos() {
    return Inversion.FIELDS;
  }

  @Override
  public int numDocs() {
    return maxDoc;
  }

  @Override
  public int maxDoc() {
    return maxDoc;
  }

  @Override
  public Bits getLiveDocs() {
    return null;
  }

  @Override
  public LeafMetaData getMetaData() {
    return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
  }

  @Override
  public TermVectorsReader getTermVectorsReader() {
    return null;
  }

  @Override
  public KnnVectorsReader getVectorReader() {
    return null;
  }

  @Override
  protected void doClose() {}

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  @Override
  public FieldsProducer getPostingsReader() {
    return new FieldsProducer() {
      @Override
      public Iterator<String> iterator() {
        return terms.keySet().iterator();
      }

      @Override
      public Terms terms(String field) {
        TermTable.Sorted t = terms.get(field);
        return t == null ? null : new TableTerms(t);
      }

      @Override
      public int size() {
        return terms.size();
      }

      @Override
      public void checkIntegrity() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public NormsProducer getNormsReader() {
    return new NormsProducer() {
      @Override
      public NumericDocValues getNorms(FieldInfo field) {
        int f = Inversion.TEXT.indexOf(field.name);
        return f < 0 ? null : new Dense(inv.norms[f], maxDoc);
      }

      @Override
      public void checkIntegrity() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public DocValuesProducer getDocValuesReader() {
    return new DocValuesProducer() {
      @Override
      public NumericDocValues getNumeric(FieldInfo field) {
        long[] years = new long[maxDoc];
        for (int d = 0; d < maxDoc; d++) years[d] = inv.years[d];
        return field.name.equals(Fields.YEAR) ? new Dense(years, maxDoc) : null;
      }

      @Override
      public BinaryDocValues getBinary(FieldInfo field) {
        return null;
      }

      @Override
      public SortedDocValues getSorted(FieldInfo field) {
        return null;
      }

      @Override
      public SortedNumericDocValues getSortedNumeric(FieldInfo field) {
        return null;
      }

      @Override
      public SortedSetDocValues getSortedSet(FieldInfo field) {
        return null;
      }

      @Override
      public void checkIntegrity() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public PointsReader getPointsReader() {
    return new PointsReader() {
      @Override
      public PointValues getValues(String field) {
        return field.equals(Fields.YEAR) ? new YearPoints(inv.years, maxDoc) : null;
      }

      @Override
      public void checkIntegrity() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public StoredFieldsReader getFieldsReader() {
    return new StoredFieldsReader() {
      @Override
      public void document(int doc, StoredFieldVisitor visitor) throws IOException {
        Inversion.Stored s = inv.stored.get(doc);
        String[] names = {Fields.ID, Fields.URL, Fields.ORGAN, Fields.REGION, Fields.TITLE, Fields.BODY};
        String[] values = {s.id(), s.url(), s.organ(), s.region(), s.title(), s.body()};
        for (int i = 0; i < names.length; i++) {
          if (!visit(visitor, names[i], values[i])) return;
        }
        FieldInfo year = Inversion.FIELDS.fieldInfo(Fields.YEAR);
        switch (visitor.needsField(year)) {
          case YES -> visitor.intField(year, s.year());
          case STOP -> { return; }
          case NO -> { }
        }
        if (s.published() != null) visit(visitor, Fields.PUBLISHED, s.published());
      }

      private boolean visit(StoredFieldVisitor visitor, String name, String value) throws IOException {
        FieldInfo fi = Inversion.FIELDS.fieldInfo(name);
        switch (visitor.needsField(fi)) {
          case YES -> visitor.stringField(fi, value);
          case STOP -> { return false; }
          case NO -> { }
        }
        return true;
      }

      @Override
      public StoredFieldsReader clone() {
        return this; // stateless
      }

      @Override
      public void checkIntegrity() {}

      @Override
      public void close() {}
    };
  }

  /** A value for every report, from an array. */
  private static final class Dense extends NumericDocValues {
    private final long[] values;
    private final int maxDoc;
    private int doc = -1;

    Dense(long[] values, int maxDoc) {
      this.values = values;
      this.maxDoc = maxDoc;
    }

    @Override
    public long longValue() {
      return values[doc];
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return true;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      return doc = target >= maxDoc ? NO_MORE_DOCS : target;
    }

    @Override
    public long cost() {
      return maxDoc;
    }
  }

  /** One field's terms. */
  private static final class TableTerms extends Terms {
    private final TermTable.Sorted t;

    TableTerms(TermTable.Sorted t) {
      this.t = t;
    }

    @Override
    public TermsEnum iterator() {
      return new TableTermsEnum(t);
    }

    @Override
    public long size() {
      return t.size();
    }

    @Override
    public long getSumTotalTermFreq() {
      return t.sumTotalTermFreq();
    }

    @Override
    public long getSumDocFreq() {
      return t.sumDocFreq();
    }

    @Override
    public int getDocCount() {
      return t.docCount();
    }

    @Override
    public boolean hasFreqs() {
      return t.freqs();
    }

    @Override
    public boolean hasOffsets() {
      return false;
    }

    @Override
    public boolean hasPositions() {
      return false;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }
  }

  private static final class TableTermsEnum extends BaseTermsEnum {
    private final TermTable.Sorted t;
    private final BytesRef term = new BytesRef();
    private int i = -1;

    TableTermsEnum(TermTable.Sorted t) {
      this.t = t;
      term.bytes = t.bytes();
    }

    @Override
    public BytesRef next() {
      if (i + 1 >= t.size()) {
        i = t.size();
        return null;
      }
      position(i + 1);
      return term;
    }

    private void position(int at) {
      i = at;
      term.offset = t.offsets()[at];
      term.length = t.offsets()[at + 1] - term.offset;
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) {
      int lo = 0;
      int hi = t.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = Arrays.compareUnsigned(t.bytes(), t.offsets()[mid], t.offsets()[mid + 1], text.bytes, text.offset,
            text.offset + text.length);
        if (c < 0) lo = mid + 1;
        else if (c > 0) hi = mid - 1;
        else {
          position(mid);
          return SeekStatus.FOUND;
        }
      }
      if (lo >= t.size()) {
        i = t.size();
        return SeekStatus.END;
      }
      position(lo);
      return SeekStatus.NOT_FOUND;
    }

    @Override
    public void seekExact(long ord) {
      position((int) ord);
    }

    @Override
    public BytesRef term() {
      return term;
    }

    @Override
    public long ord() {
      return i;
    }

    @Override
    public int docFreq() {
      return t.to(i) - t.from(i);
    }

    @Override
    public long totalTermFreq() {
      if (!t.freqs()) return docFreq();
      long sum = 0;
      for (int k = t.from(i); k < t.to(i); k++) sum += t.counts()[k];
      return sum;
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) {
      return new TablePostings(t.docs(), t.counts(), t.from(i), t.to(i));
    }

    @Override
    public ImpactsEnum impacts(int flags) {
      throw new UnsupportedOperationException("the codec computes impacts when it writes");
    }
  }

  private static final class TablePostings extends PostingsEnum {
    private final int[] docs;
    private final int[] counts;
    private final int end;
    private int at;
    private int doc = -1;

    TablePostings(int[] docs, int[] counts, int from, int to) {
      this.docs = docs;
      this.counts = counts;
      this.end = to;
      this.at = from - 1;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return doc = ++at < end ? docs[at] : NO_MORE_DOCS;
    }

    @Override
    public int advance(int target) {
      int d;
      while ((d = nextDoc()) < target) {
        // linear: the writer reads every posting in order
      }
      return d;
    }

    @Override
    public int freq() {
      return counts == null ? 1 : counts[at];
    }

    @Override
    public int nextPosition() {
      return -1;
    }

    @Override
    public int startOffset() {
      return -1;
    }

    @Override
    public int endOffset() {
      return -1;
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }

    @Override
    public long cost() {
      return end - at;
    }
  }

  /** The year of every report as a one-dimensional point, in one leaf: the codec builds the tree. */
  private static final class YearPoints extends PointValues {
    private final int[] years;
    private final int maxDoc;
    private final byte[] min = new byte[Integer.BYTES];
    private final byte[] max = new byte[Integer.BYTES];

    YearPoints(int[] years, int maxDoc) {
      this.years = years;
      this.maxDoc = maxDoc;
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (int d = 0; d < maxDoc; d++) {
        lo = Math.min(lo, years[d]);
        hi = Math.max(hi, years[d]);
      }
      NumericUtils.intToSortableBytes(lo, min, 0);
      NumericUtils.intToSortableBytes(hi, max, 0);
    }

    @Override
    public PointTree getPointTree() {
      return new PointTree() {
        @Override
        public PointTree clone() {
          return this;
        }

        @Override
        public boolean moveToChild() {
          return false;
        }

        @Override
        public boolean moveToSibling() {
          return false;
        }

        @Override
        public boolean moveToParent() {
          return false;
        }

        @Override
        public byte[] getMinPackedValue() {
          return min;
        }

        @Override
        public byte[] getMaxPackedValue() {
          return max;
        }

        @Override
        public long size() {
          return maxDoc;
        }

        @Override
        public void visitDocIDs(IntersectVisitor visitor) throws IOException {
          for (int d = 0; d < maxDoc; d++) visitor.visit(d);
        }

        @Override
        public void visitDocValues(IntersectVisitor visitor) throws IOException {
          byte[] packed = new byte[Integer.BYTES];
          for (int d = 0; d < maxDoc; d++) {
            NumericUtils.intToSortableBytes(years[d], packed, 0);
            visitor.visit(d, packed);
          }
        }
      };
    }

    @Override
    public byte[] getMinPackedValue() {
      return min;
    }

    @Override
    public byte[] getMaxPackedValue() {
      return max;
    }

    @Override
    public int getNumDimensions() {
      return 1;
    }

    @Override
    public int getNumIndexDimensions() {
      return 1;
    }

    @Override
    public int getBytesPerDimension() {
      return Integer.BYTES;
    }

    @Override
    public long size() {
      return maxDoc;
    }

    @Override
    public int getDocCount() {
      return maxDoc;
    }
  }
}
