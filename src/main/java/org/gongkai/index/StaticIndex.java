package org.gongkai.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.zip.Deflater;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.gongkai.model.Output;

/**
 * The browser's copy of the Lucene index (format 7), derived from it after it is written: the
 * same terms, frequencies, norms and field statistics, so the page's script scores exactly as
 * Lucene's BM25 does and finds what {@code gongkai search} finds — while fetching only a small
 * part of it per query, even at 100,000 reports. Layout under {@code search/} (docs/search.md
 * has the byte layout):
 *
 * <ul>
 *   <li>{@code meta.json}: statistics, the BM25 constants, the length table, filters, layout;
 *   <li>{@code terms/<shard>.bin}: the term dictionary, sharded by FNV-1a of the term into
 *       shards of about {@code Layout.shardBytes} (the search page names their number, so the
 *       browser fetches them beside {@code meta.json}). Each term has its
 *       per-field document frequencies, its <em>first tier</em> (the documents where it scores
 *       best) with the record locations of the best of them, the bound of everything else and
 *       the block table of the rest of its postings (document order, blocks with per-block
 *       bounds), so a query of several words can ask for the blocks it needs at once; the
 *       blocks, after a <em>second tier</em> (a copy of the next best documents' postings, with
 *       the bound of what is in neither tier), are inline when small, else in a
 *       {@code tiers/<n>.bin} pack read with HTTP range requests (or whole, if a server ignores
 *       ranges);
 *   <li>{@code docs/<n>.bin}: what a result shows (page, organ, region, year, text for the
 *       snippet) for {@code Layout.docsPerPack} reports per pack (65,536: two packs at 100,000
 *       reports), each record compressed on its own behind an offset table: the records of a
 *       page of results are one request per pack (several ranges), after one more for the
 *       offsets of those no term entry located.
 * </ul>
 *
 * Postings are varints with delta-coded document ids, frequencies and norms; the index keeps no
 * positions. Filters are terms too ({@code y:2023}, {@code r:滑县},
 * {@code p:河南省/安阳市}) holding just their documents.
 */
public final class StaticIndex {
  static final int FORMAT = 7;

  /**
   * A term has a second tier only when what follows its first tier holds at least this many
   * times the second tier's reports. With fewer, its blocks cost a query little more than the
   * copy would (search.js reads second tiers only when the blocks it wants cost four times as
   * much): at 10,000 reports, where no query of bench/search-multiword.txt read one, second
   * tiers for every term past its first tier made the static index a third larger (65.9 → 85.7 MB).
   */
  static final int SECOND_SHARE = 4;

  /**
   * How the index is cut: documents in a term's first tier (its best; always in the
   * dictionary), in its second (the next best, in document order: a copy of some of the blocks'
   * postings, read by queries of several common words), documents per block of the rest
   * (document order), the second tier and the blocks in the dictionary too when at most this many
   * bytes, the most bytes a shard holds on average, tier pack size, reports per document pack.
   */
  public record Layout(int firstTier, int secondTier, int block, int inlineBytes, int shardBytes, int packBytes,
      int docsPerPack) {
    public static final Layout DEFAULT = new Layout(256, 1792, 128, 64, 4 * 1024, 1 << 20, 65536);
  }

  /**
   * A term's best documents whose records the dictionary locates (pack offset and length), so
   * the first page of a one-word query needs one request per result instead of two.
   */
  static final int LOCATED = 16;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  private StaticIndex() {}

  /**
   * The document records of a site's static index that an incremental build may take as they
   * are: the record of a report {@code unchanged} says is the same report as then, at the same
   * place, with the same head and text (a record does not depend on the rest of the archive),
   * when the site's packs hold as many reports each.
   */
  record Reusable(Path site, IntPredicate unchanged) {}

  /**
   * Writes the static index, taking from {@code reusable} (or null) the document packs it
   * allows; returns the number of term shards.
   */
  static int write(DirectoryReader reader, Consumer<Output> out, Layout layout, Reusable reusable) throws IOException {
    return writeIndex(reader, out, layout, reusable);
  }

  /** The number of shards of the static index in a built site ({@code search/meta.json}). */
  public static int shards(Path site) throws IOException {
    return JSON.readTree(site.resolve("search/meta.json").toFile()).path("shards").asInt(1);
  }

  /**
   * Rewrites a built site's static index from its Lucene index with another layout (tests use
   * tiny tiers to exercise the browser's tiered search on a small archive).
   */
  public static void rewrite(Path site, Layout layout) throws IOException {
    Path search = site.resolve("search");
    for (String dir : new String[] {"terms", "tiers", "docs"}) {
      Path d = search.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (var files = Files.list(d)) {
        for (Path f : files.toList()) Files.delete(f);
      }
    }
    try (FSDirectory dir = FSDirectory.open(site.resolve(Indexer.LUCENE_DIR));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      List<IOException> failed = new ArrayList<>();
      writeIndex(reader, o -> {
        try {
          Path target = site.resolve(o.path());
          Files.createDirectories(target.getParent());
          Files.write(target, ((Output.Bytes) o).bytes());
        } catch (IOException e) {
          failed.add(e);
        }
      }, layout, null);
      if (!failed.isEmpty()) throw failed.get(0);
    }
  }

  private static int writeIndex(DirectoryReader reader, Consumer<Output> out, Layout layout, Reusable reusable)
      throws IOException {
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    meta.put("format", FORMAT);
    meta.put("k1", K1);
    meta.put("b", B);
    ArrayNode lengths = meta.putArray("lengthTable");
    for (int i = 0; i < 256; i++) lengths.add(SmallFloat.byte4ToInt((byte) i));
    meta.put("docsPerPack", layout.docsPerPack());

    if (reader.leaves().isEmpty()) {
      meta.put("docs", 0);
      meta.putArray("fields");
      meta.put("shards", 1);
      meta.putArray("years");
      meta.putArray("regions");
      out.accept(json("search/meta.json", meta));
      out.accept(new Output.Bytes("search/terms/0.bin", new byte[0]));
      return 1;
    }
    // the index's segments seen as one (a single segment's own terms when there is one)
    IndexReader index = reader;
    int n = index.maxDoc();
    meta.put("docs", n);

    int nf = Fields.SEARCHED.size(); // at most 4: a posting names its field in two bits
    if (nf > 4) throw new IllegalStateException("postings name a field in two bits");
    Terms[] terms = new Terms[nf];
    byte[][] norms = new byte[nf][];
    float[][] normInverse = new float[nf][];
    int[] docCounts = new int[nf];
    ArrayNode fields = meta.putArray("fields");
    for (int f = 0; f < nf; f++) {
      Fields.Weighted w = Fields.SEARCHED.get(f);
      terms[f] = MultiTerms.getTerms(index, w.field());
      ObjectNode fm = fields.addObject();
      fm.put("name", w.field());
      fm.put("boost", w.boost());
      int docCount = terms[f] == null ? 0 : terms[f].getDocCount();
      long sum = terms[f] == null ? 0 : terms[f].getSumTotalTermFreq();
      fm.put("docCount", docCount);
      docCounts[f] = docCount;
      fm.put("sumTotalTermFreq", sum);
      norms[f] = norms(index, w.field(), n);
      normInverse[f] = new float[256];
      float avgdl = docCount == 0 ? 1f : (float) (sum / (double) docCount);
      for (int i = 0; i < 256; i++) {
        normInverse[f][i] = 1f / (K1 * ((1 - B) + B * SmallFloat.byte4ToInt((byte) i) / avgdl));
      }
    }

    Packs tiers = new Packs("search/tiers/", layout.packBytes(), out);
    List<Entry> entries = new ArrayList<>();
    // Term entries are made on every core, range of terms by range; their postings go into the
    // packs in term order, so the bytes are the same whatever the number of cores.
    List<BytesRef> cuts = cuts();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), cuts.size() + 1));
    ExecutorService pool = Workers.pool("gongkai-static-index", threads);
    try {
      // the records first: term entries say where their best documents' records are
      Records records = docs(index, n, out, pool, layout.docsPerPack(), reusable);
      Scoring scoring = new Scoring(norms, normInverse, docCounts, layout, records);
      List<Future<List<Pending>>> ranges = new ArrayList<>();
      int window = 4 * threads; // ranges in flight: bounds the memory held by unplaced entries
      for (int i = 0; i <= cuts.size(); i++) {
        while (ranges.size() <= i + window && ranges.size() <= cuts.size()) {
          int r = ranges.size();
          BytesRef lo = r == 0 ? null : cuts.get(r - 1);
          BytesRef hi = r == cuts.size() ? null : cuts.get(r);
          ranges.add(pool.submit(() -> pending(terms, lo, hi, scoring)));
        }
        for (Pending pe : Workers.get(ranges.get(i))) entries.add(new Entry(pe.term, pe.place(tiers)));
        ranges.set(i, null);
      }
    } finally {
      pool.shutdownNow();
    }
    filters(index, n, entries, meta, layout, tiers);
    tiers.flush();
    meta.put("tierPacks", tiers.count);

    entries.sort((a, b) -> a.term.compareTo(b.term));
    long total = 0;
    for (Entry e : entries) total += e.bytes.length;
    int shards = 1;
    while (shards < 65536 && total / shards > layout.shardBytes()) shards <<= 1;
    meta.put("shards", shards);
    ByteArrayOutputStream[] files = new ByteArrayOutputStream[shards];
    for (Entry e : entries) {
      int s = shard(e.term, shards);
      if (files[s] == null) files[s] = new ByteArrayOutputStream();
      files[s].writeBytes(e.bytes);
    }
    entries.clear();
    for (int i = 0; i < shards; i++) {
      out.accept(new Output.Bytes("search/terms/" + Integer.toHexString(i) + ".bin",
          files[i] == null ? new byte[0] : files[i].toByteArray()));
      files[i] = null;
    }
    out.accept(json("search/meta.json", meta));
    return shards;
  }

  private record Entry(String term, byte[] bytes) {}

  /** What scoring a term's postings needs: per field its norms, inverse lengths and document count. */
  private record Scoring(byte[][] norms, float[][] normInverse, int[] docCounts, Layout layout, Records records) {}

  /** Where each report's record is in its document pack: byte offset and length. */
  private record Records(int[] offset, int[] length) {}

  /**
   * Where the term ranges processed side by side begin: every two-byte UTF-8 prefix of the
   * common Han block (U+4E00–U+9FFF), so the ranges are small and many; before and after them,
   * everything else. Only the work is split by these; the output does not depend on them.
   */
  private static List<BytesRef> cuts() {
    List<BytesRef> cuts = new ArrayList<>();
    for (int b1 = 0xE4; b1 <= 0xE9; b1++) {
      for (int b2 = 0x80; b2 <= 0xBF; b2++) cuts.add(new BytesRef(new byte[] {(byte) b1, (byte) b2}));
    }
    cuts.add(new BytesRef(new byte[] {(byte) 0xEA}));
    return cuts;
  }

  /**
   * The entries of the terms in [lo, hi) (null: unbounded) over every searched field, in term
   * order, their postings not yet placed in a pack.
   */
  private static List<Pending> pending(Terms[] terms, BytesRef lo, BytesRef hi, Scoring scoring) throws IOException {
    int nf = terms.length;
    TermsEnum[] te = new TermsEnum[nf];
    BytesRef[] cur = new BytesRef[nf];
    for (int f = 0; f < nf; f++) {
      if (terms[f] == null) continue;
      te[f] = terms[f].iterator();
      if (lo == null) cur[f] = te[f].next();
      else cur[f] = te[f].seekCeil(lo) == TermsEnum.SeekStatus.END ? null : te[f].term();
    }
    List<Pending> out = new ArrayList<>();
    PostingsEnum pe = null;
    while (true) {
      BytesRef min = null;
      for (int f = 0; f < nf; f++) if (cur[f] != null && (min == null || cur[f].compareTo(min) < 0)) min = cur[f];
      if (min == null || (hi != null && min.compareTo(hi) >= 0)) break;
      BytesRef term = BytesRef.deepCopyOf(min);
      String text = term.utf8ToString();
      FieldPostings[] fp = new FieldPostings[nf];
      for (int f = 0; f < nf; f++) {
        if (cur[f] == null || !cur[f].bytesEquals(term)) continue;
        pe = te[f].postings(pe, PostingsEnum.FREQS);
        fp[f] = FieldPostings.read(pe, te[f].docFreq());
        cur[f] = te[f].next();
      }
      out.add(termEntry(text, fp, scoring));
    }
    return out;
  }

  /**
   * A term's entry before its blocks have a place: the entry's bytes up to that place, what is
   * always in the dictionary (the first tier, its records' locations, the block table), and the
   * blocks (inline when small, else for a tier pack).
   */
  private record Pending(String term, byte[] head, byte[] first, byte[] rest, boolean inline) {
    byte[] place(Packs packs) {
      Bytes e = new Bytes();
      e.writeBytes(head);
      if (inline) {
        e.varint(0);
      } else {
        long[] where = packs.add(rest);
        e.varint((int) where[0] + 1);
        e.varint((int) where[1]);
      }
      e.writeBytes(first);
      if (inline) e.writeBytes(rest);
      return e.toByteArray();
    }
  }

  /** One field's postings of one term. */
  private record FieldPostings(int df, int[] docs, int[] freqs) {
    static FieldPostings read(PostingsEnum pe, int df) throws IOException {
      int[] docs = new int[df];
      int[] freqs = new int[df];
      int i = 0;
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        docs[i] = d;
        freqs[i++] = pe.freq();
      }
      return new FieldPostings(df, docs, freqs);
    }
  }

  /**
   * A term's dictionary entry: its text, flags, per-field df, document count, then its tiers —
   * per tier: documents, the most a document of this tier or a later one can score per field
   * (as g = x / (1 + x), x = freq × the norm's inverse length), and the postings inline or
   * where they are in a tier pack.
   */
  private static Pending termEntry(String text, FieldPostings[] fp, Scoring scoring) {
    byte[][] norms = scoring.norms();
    float[][] normInverse = scoring.normInverse();
    int[] docCounts = scoring.docCounts();
    Layout layout = scoring.layout();
    int nf = fp.length;
    // the union of documents over fields, each with its impact for this term alone
    int[] docIds = union(fp);
    int docs = docIds.length;
    // per field holding the term (else null): for each union doc, its index in the field's
    // postings or -1, and its g
    int[][] at = new int[nf][];
    double[][] g = new double[nf][];
    double[] impact = new double[docs];
    for (int f = 0; f < nf; f++) {
      if (fp[f] == null) continue;
      at[f] = new int[docs];
      Arrays.fill(at[f], -1);
      g[f] = new double[docs];
      double idf = Math.log(1 + (docCounts[f] - fp[f].df + 0.5) / (fp[f].df + 0.5));
      double w = Fields.SEARCHED.get(f).boost() * idf;
      for (int i = 0, u = 0; i < fp[f].docs.length; i++) {
        while (docIds[u] != fp[f].docs[i]) u++; // both in document order
        at[f][u] = i;
        double x = fp[f].freqs[i] * (double) normInverse[f][norms[f][fp[f].docs[i]] & 0xff];
        g[f][u] = x / (1 + x);
        impact[u] += w * g[f][u];
      }
    }
    // The first tier (the term's best documents, in the dictionary), then every other document in
    // blocks; the second tier (the next best) is a copy of some of the blocks' postings, read
    // only by queries the first tier and a round of blocks do not settle, after which a document
    // it lacks scores at most the (lower) bound of what is in neither tier.
    int first = Math.min(docs, layout.firstTier());
    int second = docs - first >= SECOND_SHARE * layout.secondTier() ? layout.secondTier() : 0;
    int[] top;
    int[] next = new int[0];
    int[] rest = new int[0];
    boolean[] inNext = new boolean[docs];
    if (first == docs) {
      // every document is in the first tier (most terms): no ranking needed, union order is document order
      top = new int[docs];
      for (int i = 0; i < docs; i++) top[i] = i;
    } else {
      // the ranking is total (impact, then document): the best `first` are the best of the best
      // `first + second`, so the term's documents are ranked once
      int[] tiers = best(impact, first + second);
      double[] tierImpact = new double[tiers.length];
      for (int i = 0; i < tiers.length; i++) tierImpact[i] = impact[tiers[i]];
      top = best(tierImpact, first);
      boolean[] chosen = new boolean[docs];
      for (int i = 0; i < top.length; i++) chosen[top[i] = tiers[top[i]]] = true;
      rest = new int[docs - first];
      for (int i = 0, r = 0; i < docs; i++) if (!chosen[i]) rest[r++] = i;
      if (second > 0) {
        for (int u : tiers) if (!chosen[u]) inNext[u] = true;
        next = new int[second];
        for (int i = 0, m = 0; i < docs; i++) if (inNext[i]) next[m++] = i;
      }
    }
    int fieldMask = 0;
    for (int f = 0; f < nf; f++) if (fp[f] != null) fieldMask |= 1 << f;
    byte[] tier = postings(top, 0, top.length, docIds, at, fp, norms, nf, null);
    byte[] tier2 = postings(next, 0, next.length, docIds, at, fp, norms, nf, null);
    // the rest in document order, in blocks, each with the most its documents score per field
    Bytes table = new Bytes();
    Bytes blocks = new Bytes();
    int blockCount = (rest.length + layout.block() - 1) / layout.block();
    table.varint(blockCount);
    int prevFirst = 0;
    float[] restMax = new float[nf];
    // per field the most a posting in neither tier scores (as g)
    double[] neither = new double[nf];
    Arrays.fill(neither, -1);
    for (int i = 0; i < blockCount; i++) {
      int from = i * layout.block();
      int to = Math.min(rest.length, from + layout.block());
      float[] gmax = new float[nf];
      for (int f = 0; f < nf; f++) {
        double most = -1;
        if (at[f] == null) continue;
        for (int j = from; j < to; j++) {
          int u = rest[j];
          if (at[f][u] < 0) continue;
          if (g[f][u] > most) most = g[f][u];
          if (!inNext[u] && g[f][u] > neither[f]) neither[f] = g[f][u];
        }
        if (most >= 0) gmax[f] = Math.nextUp((float) most); // never below any (rounding is monotone)
      }
      byte[] data = postings(rest, from, to, docIds, at, fp, norms, nf, docIds[rest[from]]);
      table.varint(docIds[rest[from]] - prevFirst);
      prevFirst = docIds[rest[from]];
      table.varint(data.length);
      // per field a byte q with g ≤ q / 255: a bound, four times smaller than a float
      for (int f = 0; f < nf; f++) if ((fieldMask & (1 << f)) != 0) table.write((int) Math.min(255, Math.ceil(gmax[f] * 255.0)));
      for (int f = 0; f < nf; f++) restMax[f] = Math.max(restMax[f], gmax[f]);
      blocks.writeBytes(data);
    }
    float[] afterSecond = new float[nf];
    for (int f = 0; f < nf; f++) if (neither[f] >= 0) afterSecond[f] = Math.nextUp((float) neither[f]);
    byte[] located = locations(top, docIds, impact, scoring.records());
    byte[] tableBytes = rest.length == 0 ? new byte[0] : table.toByteArray();
    byte[] blockBytes = blocks.toByteArray();
    byte[] after = concat(tier2, blockBytes);
    Bytes e = new Bytes();
    e.string(text);
    e.write(0);
    for (int f = 0; f < nf; f++) e.varint(fp[f] == null ? 0 : fp[f].df);
    e.varint(docs);
    e.varint(first);
    e.varint(second);
    // the most any posting after the first tier, then in neither tier, scores per field: a
    // one-term query often stops after the first, a query of several common words after the second
    if (first < docs) for (int f = 0; f < nf; f++) if ((fieldMask & (1 << f)) != 0) e.float32(restMax[f]);
    if (second > 0) for (int f = 0; f < nf; f++) if ((fieldMask & (1 << f)) != 0) e.float32(afterSecond[f]);
    e.varint(tier.length);
    e.varint(located.length);
    e.varint(tableBytes.length);
    e.varint(tier2.length);
    e.varint(blockBytes.length);
    // the first tier and the block table always in the entry (a query of several words needs
    // the table at once), the second tier and then the blocks inline when small, else in a tier pack
    return new Pending(text, e.toByteArray(), concat(concat(tier, located), tableBytes), after,
        after.length <= layout.inlineBytes());
  }

  /**
   * Where the records of the first tier's {@value #LOCATED} best documents are: when the tier
   * holds more, a bitmap over its postings (document order) marking them; then per marked
   * posting (every one, without a bitmap) the record's offset and length in its pack.
   */
  private static byte[] locations(int[] top, int[] docIds, double[] impact, Records records) {
    Bytes b = new Bytes();
    boolean[] mark = new boolean[top.length];
    if (top.length <= LOCATED) {
      Arrays.fill(mark, true);
    } else {
      double[] tierImpact = new double[top.length];
      for (int i = 0; i < top.length; i++) tierImpact[i] = impact[top[i]];
      for (int i : best(tierImpact, LOCATED)) mark[i] = true;
      for (int i = 0; i < top.length; i += 8) {
        int bits = 0;
        for (int j = 0; j < 8 && i + j < top.length; j++) if (mark[i + j]) bits |= 1 << j;
        b.write(bits);
      }
    }
    for (int i = 0; i < top.length; i++) {
      if (!mark[i]) continue;
      int d = docIds[top[i]];
      b.varint(records.offset()[d]);
      b.varint(records.length()[d]);
    }
    return b.toByteArray();
  }

  /**
   * The {@code k} best of {@code impact}'s indexes — highest impact, then lowest index — in index
   * order: the k-th highest impact found by selection (linear on average, where a heap of 2,048
   * over a common term's 100,000 documents cost a fifth of writing the index), then everything
   * above it and the first of those equal to it.
   */
  static int[] best(double[] impact, int k) {
    int n = impact.length;
    if (k >= n) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) all[i] = i;
      return all;
    }
    double[] highest = impact.clone();
    double threshold = kthHighest(highest, k);
    // the k highest are now first (in some order): how many of those ties to take
    int ties = 0;
    for (int i = 0; i < k; i++) if (highest[i] == threshold) ties++;
    int[] out = new int[k];
    for (int i = 0, m = 0; m < k; i++) {
      if (impact[i] > threshold || (impact[i] == threshold && ties-- > 0)) out[m++] = i;
    }
    return out;
  }

  /**
   * The k-th highest value of {@code a} (1-based), by Hoare's selection, which leaves the k
   * highest in {@code a}'s first k places.
   */
  private static double kthHighest(double[] a, int k) {
    int lo = 0, hi = a.length - 1, want = k - 1; // position of the answer in descending order
    while (lo < hi) {
      // the median of three as the pivot: postings come in document order, which may be sorted by impact
      int mid = (lo + hi) >>> 1;
      double p = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
      int i = lo, j = hi;
      while (i <= j) {
        while (a[i] > p) i++;
        while (a[j] < p) j--;
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (want <= j) hi = j;
      else if (want >= i) lo = i;
      else return a[want];
    }
    return a[want];
  }

  /** The documents of any field's postings, in order. */
  private static int[] union(FieldPostings[] fp) {
    int[] out = new int[0];
    for (FieldPostings p : fp) {
      if (p == null) continue;
      int[] merged = new int[out.length + p.docs.length];
      int i = 0, j = 0, n = 0;
      while (i < out.length || j < p.docs.length) {
        if (j == p.docs.length || (i < out.length && out[i] < p.docs[j])) merged[n++] = out[i++];
        else if (i == out.length || p.docs[j] < out[i]) merged[n++] = p.docs[j++];
        else {
          merged[n++] = out[i++];
          j++;
        }
      }
      out = Arrays.copyOf(merged, n);
    }
    return out;
  }

  /**
   * Postings of the union documents {@code members[from, to)} (document order). Per document a
   * varint {@code delta << 4 | field << 2 | freq}, the id's delta (from {@code base}, then from
   * the previous one) with, when the term is in one field only and at most three times there,
   * that field and frequency, followed by the norm byte; otherwise {@code freq} is 0 and a field
   * mask follows, then per field its frequency and norm. Two bytes for most postings.
   */
  private static byte[] postings(int[] members, int from, int to, int[] docIds, int[][] at, FieldPostings[] fp,
      byte[][] norms, int nf, Integer base) {
    Bytes b = new Bytes();
    int prev = base == null ? 0 : base;
    for (int j = from; j < to; j++) {
      int u = members[j];
      int delta = docIds[u] - prev;
      prev = docIds[u];
      int mask = 0;
      for (int f = 0; f < nf; f++) if (at[f] != null && at[f][u] >= 0) mask |= 1 << f;
      int only = Integer.numberOfTrailingZeros(mask);
      int freq = Integer.bitCount(mask) == 1 ? fp[only].freqs[at[only][u]] : 0;
      if (freq >= 1 && freq <= 3) {
        // most postings: one field, a small frequency — one varint, then the norm
        b.varint((delta << 4) | (only << 2) | freq);
        b.write(norms[only][docIds[u]] & 0xff);
        continue;
      }
      b.varint(delta << 4);
      b.write(mask);
      for (int f = 0; f < nf; f++) {
        if ((mask & (1 << f)) == 0) continue;
        int i = at[f][u];
        b.varint(fp[f].freqs[i]);
        b.write(norms[f][docIds[u]] & 0xff);
      }
    }
    return b.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void location(Bytes e, byte[] data, boolean inline, Packs packs) {
    e.varint(data.length);
    if (inline) {
      e.varint(0);
      e.writeBytes(data);
    } else {
      long[] at = packs.add(data);
      e.varint((int) at[0] + 1);
      e.varint((int) at[1]);
    }
  }

  /** Years and region names become filter terms holding just their documents (flag 2). */
  private static void filters(IndexReader index, int n, List<Entry> entries, ObjectNode meta, Layout layout, Packs packs)
      throws IOException {
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, List<Integer>> filter = new TreeMap<>();
    NumericDocValues y = MultiDocValues.getNumericValues(index, Fields.YEAR);
    for (int d = 0; d < n; d++) {
      if (y != null && y.advanceExact(d)) {
        int year = (int) y.longValue();
        years.add(year);
        filter.computeIfAbsent("y:" + year, k -> new ArrayList<>()).add(d);
      }
    }
    TreeSet<String> provinces = new TreeSet<>();
    for (String field : new String[] {Fields.REGION_NAME, Fields.REGION_PREFIX}) {
      Terms terms = MultiTerms.getTerms(index, field);
      if (terms == null) continue;
      String prefix = field.equals(Fields.REGION_NAME) ? "r:" : "p:";
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String value = t.utf8ToString();
        if (field.equals(Fields.REGION_PREFIX) && !value.contains("/")) provinces.add(value);
        List<Integer> docs = new ArrayList<>();
        pe = te.postings(pe, PostingsEnum.NONE);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) docs.add(d);
        filter.put(prefix + value, docs);
      }
    }
    for (var f : filter.entrySet()) {
      Bytes list = new Bytes();
      int prev = 0;
      for (int d : f.getValue()) {
        list.varint(d - prev);
        prev = d;
      }
      byte[] data = list.toByteArray();
      Bytes e = new Bytes();
      e.string(f.getKey());
      e.write(2);
      e.varint(f.getValue().size());
      location(e, data, data.length <= layout.inlineBytes(), packs);
      entries.add(new Entry(f.getKey(), e.toByteArray()));
    }
    ArrayNode ya = meta.putArray("years");
    years.descendingSet().forEach(ya::add);
    ArrayNode pa = meta.putArray("regions");
    provinces.forEach(pa::add);
  }

  /**
   * Document packs of {@code per} reports each: a table of (count + 1) little-endian 32-bit
   * offsets, then each report's record — zlib-compressed UTF-8 JSON. Records are made on every
   * core, 256 at a time, each compressed again or, when {@code reusable} allows, taken from the
   * previous site's pack; packs are written in order. Returns where each record is.
   */
  private static Records docs(IndexReader index, int n, Consumer<Output> out, ExecutorService pool, int per,
      Reusable reusable) throws IOException {
    int[] offsets = new int[n];
    int[] lengths = new int[n];
    boolean reuse = reusable != null && previousDocsPerPack(reusable.site()) == per;
    int chunk = Math.min(per, 256);
    for (int start = 0, p = 0; start < n; start += per, p++) {
      int count = Math.min(n, start + per) - start;
      String path = "search/docs/" + Integer.toHexString(p) + ".bin";
      byte[][] before = reuse ? previousRecords(reusable, path, per) : null;
      List<Future<List<byte[]>>> parts = new ArrayList<>();
      for (int from = start; from < start + count; from += chunk) {
        int a = from, b = Math.min(start + count, from + chunk), base = start;
        parts.add(pool.submit(() -> records(index, a, b, d -> before != null && d - base < before.length
            && reusable.unchanged().test(d) ? before[d - base] : null)));
      }
      List<byte[]> records = new ArrayList<>(count);
      for (Future<List<byte[]>> f : parts) records.addAll(Workers.get(f));
      long size = 4L * (count + 1);
      for (byte[] r : records) size += r.length;
      if (size > Integer.MAX_VALUE - 16) throw new IllegalStateException(path + " would pass 2 GB: fewer reports per pack");
      Bytes pack = new Bytes();
      int offset = 4 * (count + 1);
      for (int i = 0; i < count; i++) {
        pack.int32(offset);
        offsets[start + i] = offset;
        lengths[start + i] = records.get(i).length;
        offset += records.get(i).length;
      }
      pack.int32(offset);
      for (byte[] rec : records) pack.writeBytes(rec);
      records = null;
      out.accept(new Output.Bytes(path, pack.toByteArray()));
    }
    return new Records(offsets, lengths);
  }

  /** The previous site's reports per document pack, or 0 when it has no readable meta.json. */
  private static int previousDocsPerPack(Path site) {
    try {
      return JSON.readTree(site.resolve("search/meta.json").toFile()).path("docsPerPack").asInt(0);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The previous site's records of the pack at {@code path} (index i: the record of the pack's
   * report i), or null when there is no such pack or its offset table does not hold.
   */
  private static byte[][] previousRecords(Reusable reusable, String path, int per) {
    byte[] b;
    try {
      b = Files.readAllBytes(reusable.site().resolve(path));
    } catch (IOException e) {
      return null; // no such pack
    }
    if (b.length < 8) return null;
    java.nio.ByteBuffer table = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int head = table.getInt(0);
    if (head % 4 != 0 || head < 8 || head > b.length || head / 4 - 1 > per) return null;
    int count = head / 4 - 1;
    if (table.getInt(4 * count) != b.length) return null;
    byte[][] records = new byte[count][];
    for (int i = 0; i < count; i++) {
      int from = table.getInt(4 * i), to = table.getInt(4 * i + 4);
      if (from < head || to < from || to > b.length) return null;
      records[i] = Arrays.copyOfRange(b, from, to);
    }
    return records;
  }

  /**
   * The records of reports [from, to): each taken from {@code before} (the previous site's
   * record, or null) or made again — zlib-compressed UTF-8 JSON of page URL, organ, region, year
   * and text.
   */
  private static List<byte[]> records(IndexReader index, int from, int to, java.util.function.IntFunction<byte[]> before)
      throws IOException {
    StoredFields stored = index.storedFields(); // one per thread
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream json = new ByteArrayOutputStream(16 * 1024);
    try {
      List<byte[]> records = new ArrayList<>(to - from);
      for (int d = from; d < to; d++) {
        byte[] kept = before.apply(d);
        if (kept != null) {
          records.add(kept);
          continue;
        }
        var doc = stored.document(d);
        json.reset();
        // straight through the generator: a tree of nodes first cost a fifth of the records' time
        try (JsonGenerator g = JSON.getFactory().createGenerator(json)) {
          g.writeStartObject();
          g.writeStringField("url", doc.get(Fields.URL));
          g.writeStringField("organ", doc.get(Fields.ORGAN));
          g.writeArrayFieldStart("region");
          String r = doc.get(Fields.REGION);
          if (r != null && !r.isEmpty()) for (String part : r.split(" ")) g.writeString(part);
          g.writeEndArray();
          g.writeNumberField("year", doc.getField(Fields.YEAR).numericValue().intValue());
          g.writeStringField("body", doc.get(Fields.BODY));
          g.writeEndObject();
        }
        records.add(deflate(deflater, json.toByteArray()));
      }
      return records;
    } finally {
      deflater.end();
    }
  }

  /**
   * zlib's output for a fixed text, hashed. Records are compressed by the JDK's Deflater, which
   * on most Linux builds is the system's zlib, and an update of it may change their bytes; an
   * incremental build reuses records as the last build compressed them, so a build's settings
   * include this, and after such an update the next build is a full one.
   */
  public static String compressor() {
    StringBuilder sample = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sample.append("{\"url\":\"/").append(i % 17).append("/\",\"body\":\"本机关依申请公开政府信息")
          .append(i * 7919 % 1000).append("件，行政复议").append(i % 3).append("件。\"}");
    }
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(deflate(d, sample.toString().getBytes(StandardCharsets.UTF_8)));
      return Long.toHexString(crc.getValue());
    } finally {
      d.end();
    }
  }

  private static byte[] deflate(Deflater d, byte[] data) {
    d.reset();
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream b = new ByteArrayOutputStream(data.length / 2 + 64);
    byte[] buf = new byte[8192];
    while (!d.finished()) b.write(buf, 0, d.deflate(buf));
    return b.toByteArray();
  }

  private static byte[] norms(IndexReader index, String field, int n) throws IOException {
    byte[] out = new byte[n];
    NumericDocValues norms = MultiDocValues.getNormValues(index, field);
    if (norms == null) return out;
    for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) out[d] = (byte) norms.longValue();
    return out;
  }

  /** FNV-1a over the term's UTF-8 bytes; the browser computes the same. */
  static int shard(String term, int shards) {
    int h = 0x811c9dc5;
    for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x01000193;
    }
    return (h & 0x7fffffff) % shards;
  }

  private static Output json(String path, Object json) {
    try {
      return new Output.Bytes(path, JSON.writeValueAsBytes(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tier packs, written out as they fill. */
  private static final class Packs {
    final String dir;
    final int limit;
    final Consumer<Output> out;
    Bytes current = new Bytes();
    int count;

    Packs(String dir, int limit, Consumer<Output> out) {
      this.dir = dir;
      this.limit = limit;
      this.out = out;
    }

    /** Appends data; returns {pack, offset}. */
    long[] add(byte[] data) {
      if (current.size() > 0 && current.size() + data.length > limit) flush();
      long[] at = {count, current.size()};
      current.writeBytes(data);
      return at;
    }

    void flush() {
      if (current.size() == 0) return;
      out.accept(new Output.Bytes(dir + Integer.toHexString(count) + ".bin", current.toByteArray()));
      current = new Bytes();
      count++;
    }
  }

  /**
   * A byte buffer with the encodings the browser reads (not a ByteArrayOutputStream, whose
   * every write takes a lock).
   */
  private static final class Bytes {
    private byte[] buf = new byte[64];
    private int count;

    void write(int b) {
      if (count == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
      buf[count++] = (byte) b;
    }

    void writeBytes(byte[] b) {
      if (count + b.length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + b.length));
      System.arraycopy(b, 0, buf, count, b.length);
      count += b.length;
    }

    int size() {
      return count;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, count);
    }

    void varint(int v) {
      if (v < 0) throw new IllegalArgumentException("negative varint " + v);
      if (count + 5 > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + 5));
      while ((v & ~0x7f) != 0) {
        buf[count++] = (byte) ((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      buf[count++] = (byte) v;
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      writeBytes(b);
    }

    void float32(float f) {
      int32(Float.floatToIntBits(f));
    }

    void int32(int v) {
      write(v);
      write(v >>> 8);
      write(v >>> 16);
      write(v >>> 24);
    }
  }
}
