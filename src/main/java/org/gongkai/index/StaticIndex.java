package org.gongkai.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.gongkai.model.Output;

/**
 * The browser's copy of the Lucene index, derived from it after it is written: the same terms,
 * frequencies, norms and field statistics, so the page's script scores exactly as Lucene's
 * BM25 does (same float arithmetic) and finds exactly what {@code gongkai search} finds.
 *
 * <p>Layout under {@code search/}: {@code meta.json} (statistics, the BM25 constants, the
 * length table, filters); {@code terms/<shard>.json}, each term's postings — per field: its
 * document frequency, then for each document its id, frequency, norm and positions (phrases
 * need them) — in the shard its FNV-1a hash picks, so a query fetches one small file per token; {@code docs/<chunk>.json},
 * what a result shows (page, organ, region, year, text for the snippet), a few reports a file.
 * Filters are terms too ({@code y:2023}, {@code r:滑县}, {@code p:河南省/安阳市}).
 */
public final class StaticIndex {
  static final int FORMAT = 1;
  /** Aim for shards of about this many bytes. */
  static final int SHARD_BYTES = 16 * 1024;
  // Two reports a file: a page of ten results fetches at most ten small files, and the site
  // still has fewer files than reports.
  static final int DOCS_PER_CHUNK = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  private StaticIndex() {}

  static void write(DirectoryReader reader, Consumer<Output> out) throws IOException {
    if (reader.leaves().size() > 1) throw new IllegalStateException("index must be merged to one segment");
    ObjectNode meta = JsonNodeFactory.instance.objectNode();
    meta.put("format", FORMAT);
    meta.put("k1", 1.2f);
    meta.put("b", 0.75f);
    ArrayNode lengths = meta.putArray("lengthTable");
    for (int i = 0; i < 256; i++) lengths.add(SmallFloat.byte4ToInt((byte) i));
    meta.put("docsPerChunk", DOCS_PER_CHUNK);

    if (reader.leaves().isEmpty()) {
      meta.put("docs", 0);
      meta.putArray("fields");
      meta.put("shards", 1);
      meta.putArray("years");
      meta.putArray("regions");
      out.accept(bytes("search/meta.json", meta));
      out.accept(bytes("search/terms/0.json", JsonNodeFactory.instance.objectNode()));
      return;
    }
    LeafReader leaf = reader.leaves().get(0).reader();
    int n = leaf.maxDoc();
    meta.put("docs", n);

    // term → postings per searched field, kept sorted so output is stable
    Map<String, ObjectNode> entries = new TreeMap<>();
    ArrayNode fields = meta.putArray("fields");
    for (int f = 0; f < Fields.SEARCHED.size(); f++) {
      Fields.Weighted w = Fields.SEARCHED.get(f);
      Terms terms = leaf.terms(w.field());
      ObjectNode fm = fields.addObject();
      fm.put("name", w.field());
      fm.put("boost", w.boost());
      fm.put("docCount", terms == null ? 0 : terms.getDocCount());
      fm.put("sumTotalTermFreq", terms == null ? 0 : terms.getSumTotalTermFreq());
      if (terms == null) continue;
      byte[] norms = norms(leaf, w.field(), n);
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        ArrayNode postings = JsonNodeFactory.instance.arrayNode();
        pe = te.postings(pe, PostingsEnum.POSITIONS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          int freq = pe.freq();
          postings.add(d).add(freq).add(norms[d] & 0xff);
          for (int i = 0; i < freq; i++) postings.add(pe.nextPosition());
        }
        ObjectNode e = entries.computeIfAbsent(t.utf8ToString(), k -> JsonNodeFactory.instance.objectNode());
        e.putArray(String.valueOf(f)).add(te.docFreq()).add(postings);
      }
    }
    filters(leaf, n, entries, meta);

    int shards = shardCount(entries);
    meta.put("shards", shards);
    List<ObjectNode> files = new ArrayList<>();
    for (int i = 0; i < shards; i++) files.add(JsonNodeFactory.instance.objectNode());
    entries.forEach((term, e) -> files.get(shard(term, shards)).set(term, e));
    for (int i = 0; i < shards; i++) out.accept(bytes("search/terms/" + Integer.toHexString(i) + ".json", files.get(i)));

    docs(leaf, n, out);
    out.accept(bytes("search/meta.json", meta));
  }

  /** Years and region names become filter terms holding just their documents. */
  private static void filters(LeafReader leaf, int n, Map<String, ObjectNode> entries, ObjectNode meta) throws IOException {
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, List<Integer>> filter = new TreeMap<>();
    NumericDocValues y = leaf.getNumericDocValues(Fields.YEAR);
    for (int d = 0; d < n; d++) {
      if (y != null && y.advanceExact(d)) {
        int year = (int) y.longValue();
        years.add(year);
        filter.computeIfAbsent("y:" + year, k -> new ArrayList<>()).add(d);
      }
    }
    TreeSet<String> provinces = new TreeSet<>();
    for (String field : new String[] {Fields.REGION_NAME, Fields.REGION_PREFIX}) {
      Terms terms = leaf.terms(field);
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
    filter.forEach((k, docs) -> {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      docs.forEach(a::add);
      entries.computeIfAbsent(k, x -> JsonNodeFactory.instance.objectNode()).set("docs", a);
    });
    ArrayNode ya = meta.putArray("years");
    years.descendingSet().forEach(ya::add);
    ArrayNode pa = meta.putArray("regions");
    provinces.forEach(pa::add);
  }

  private static void docs(LeafReader leaf, int n, Consumer<Output> out) throws IOException {
    StoredFields stored = leaf.storedFields();
    for (int start = 0; start < n; start += DOCS_PER_CHUNK) {
      ArrayNode chunk = JsonNodeFactory.instance.arrayNode();
      for (int d = start; d < Math.min(n, start + DOCS_PER_CHUNK); d++) {
        var doc = stored.document(d);
        ObjectNode o = chunk.addObject();
        o.put("url", doc.get(Fields.URL));
        o.put("organ", doc.get(Fields.ORGAN));
        ArrayNode region = o.putArray("region");
        String r = doc.get(Fields.REGION);
        if (r != null && !r.isEmpty()) for (String s : r.split(" ")) region.add(s);
        o.put("year", doc.getField(Fields.YEAR).numericValue().intValue());
        o.put("body", doc.get(Fields.BODY));
      }
      out.accept(bytes("search/docs/" + Integer.toHexString(start / DOCS_PER_CHUNK) + ".json", chunk));
    }
  }

  private static byte[] norms(LeafReader leaf, String field, int n) throws IOException {
    byte[] out = new byte[n];
    NumericDocValues norms = leaf.getNormValues(field);
    if (norms == null) return out;
    for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) out[d] = (byte) norms.longValue();
    return out;
  }

  /** A power of two giving shards of about {@link #SHARD_BYTES}. */
  private static int shardCount(Map<String, ObjectNode> entries) throws JsonProcessingException {
    long total = 0;
    for (var e : entries.entrySet()) total += e.getKey().length() * 3L + JSON.writeValueAsString(e.getValue()).length();
    int shards = 1;
    while (shards < 65536 && total / shards > SHARD_BYTES) shards <<= 1;
    return shards;
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

  private static Output bytes(String path, Object json) {
    try {
      return new Output.Bytes(path, JSON.writeValueAsBytes(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
