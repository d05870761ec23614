package org.gongkai.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.Output;

/**
 * Every report's key figures in one CSV and one JSON file, a row per report in folder order,
 * and beside them ({@value #ROWS}) each row's folder hash and lengths. At 100,000 reports the
 * two files are 125 MB: an incremental build copies the rows of unchanged reports from the
 * previous files as byte ranges and formats only the rows it selected. A row depends on the
 * report's head and folder only, so a spliced file equals the one a full build writes.
 */
final class OpenData {
  static final String CSV = "data/reports.csv";
  static final String JSON = "data/reports.json";
  static final String ROWS = ".gongkai/opendata.bin";
  private static final byte[] CSV_HEAD =
      "机关,机关类型,区划,年度,发布日期,本年新收申请,予以公开和部分公开,行政复议,行政诉讼,页面,数据\r\n"
          .getBytes(StandardCharsets.UTF_8);
  private static final int MAGIC = 0x474b4f44; // "GKOD"

  private OpenData() {}

  /** The two files written whole; rows formatted on every core. */
  static void write(Archive archive, Consumer<Output> out) {
    List<ArchiveEntry> entries = archive.entries();
    Row[] rows = new Row[entries.size()];
    IntStream.range(0, rows.length).parallel().forEach(i -> rows[i] = Row.of(entries.get(i)));
    long csvSize = CSV_HEAD.length;
    long jsonSize = 2L + Math.max(0, rows.length - 1);
    for (Row r : rows) {
      csvSize += r.csv.length;
      jsonSize += r.json.length;
    }
    if (csvSize > Integer.MAX_VALUE - 8 || jsonSize > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("open data over 2 GB");
    }
    byte[] csv = new byte[(int) csvSize];
    byte[] json = new byte[(int) jsonSize];
    System.arraycopy(CSV_HEAD, 0, csv, 0, CSV_HEAD.length);
    int c = CSV_HEAD.length;
    int j = 0;
    json[j++] = '[';
    for (int i = 0; i < rows.length; i++) {
      if (i > 0) json[j++] = ',';
      System.arraycopy(rows[i].csv, 0, csv, c, rows[i].csv.length);
      c += rows[i].csv.length;
      System.arraycopy(rows[i].json, 0, json, j, rows[i].json.length);
      j += rows[i].json.length;
    }
    json[j] = ']';
    out.accept(new Output.Bytes(CSV, csv));
    out.accept(new Output.Bytes(JSON, json));
    long[] hashes = new long[rows.length];
    int[] csvLengths = new int[rows.length];
    int[] jsonLengths = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      hashes[i] = hash(entries.get(i).dir());
      csvLengths[i] = rows[i].csv.length;
      jsonLengths[i] = rows[i].json.length;
    }
    out.accept(new Output.Bytes(ROWS, new Index(hashes, csvLengths, jsonLengths).encode()));
  }

  /**
   * The two files for an update of {@code site}: rows of reports {@code select} leaves alone are
   * copied from the site's files; the rest are formatted. Writes them whole when the site's
   * files are missing or do not match their row index, or rows were removed.
   */
  static void update(Archive archive, Selection select, Path site, Consumer<Output> out) {
    Path csvFile = site.resolve(CSV);
    Path jsonFile = site.resolve(JSON);
    Index before = Index.read(site.resolve(ROWS), csvFile, jsonFile);
    if (before == null) {
      write(archive, out);
      return;
    }
    List<ArchiveEntry> entries = archive.entries();
    int n = entries.size();
    long[] hashes = new long[n];
    int[] csvLengths = new int[n];
    int[] jsonLengths = new int[n];
    Splicer csv = new Splicer();
    Splicer json = new Splicer();
    csv.keep(0, CSV_HEAD.length);
    json.fresh(new byte[] {'['});
    long csvAt = CSV_HEAD.length; // where row k of the previous files starts
    long jsonAt = 1;
    int k = 0;
    for (int i = 0; i < n; i++) {
      ArchiveEntry e = entries.get(i);
      hashes[i] = hash(e.dir());
      boolean same = k < before.size() && before.hashes[k] == hashes[i];
      if (same && !select.report(e.dir())) {
        csvLengths[i] = before.csvLengths[k];
        jsonLengths[i] = before.jsonLengths[k];
        csv.keep(csvAt, csvLengths[i]);
        if (i > 0 && k > 0) {
          json.keep(jsonAt - 1, jsonLengths[i] + 1L); // with the comma before it
        } else {
          if (i > 0) json.fresh(new byte[] {','});
          json.keep(jsonAt, jsonLengths[i]);
        }
      } else {
        Row r = Row.of(e);
        csvLengths[i] = r.csv.length;
        jsonLengths[i] = r.json.length;
        csv.fresh(r.csv);
        if (i > 0) json.fresh(new byte[] {','});
        json.fresh(r.json);
      }
      if (same) {
        csvAt += before.csvLengths[k];
        jsonAt += before.jsonLengths[k] + 1L;
        k++;
      }
    }
    if (k != before.size()) {
      write(archive, out); // rows removed: not what an update does, but then nothing is spliced
      return;
    }
    json.fresh(new byte[] {']'});
    out.accept(new Output.Spliced(CSV, csvFile, csv.pieces()));
    out.accept(new Output.Spliced(JSON, jsonFile, json.pieces()));
    out.accept(new Output.Bytes(ROWS, new Index(hashes, csvLengths, jsonLengths).encode()));
  }

  /** Folders by a 64-bit FNV-1a hash of their characters: enough to line rows up with the previous ones. */
  static long hash(String dir) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < dir.length(); i++) {
      h ^= dir.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** One report's CSV line and JSON object. */
  private record Row(byte[] csv, byte[] json) {
    static Row of(ArchiveEntry e) {
      var r = e.head();
      var f = e.figures();
      String page = Urls.encode(e.dir()) + "/";
      String data = page + Urls.encode(Names.download(e)) + ".json";
      String published = r.published() == null ? null : r.published().toString();
      String csv = ReportData.quote(r.organ().name()) + ',' + r.organ().kind().key() + ','
          + ReportData.quote(r.region().text()) + ',' + r.year() + ',' + (published == null ? "" : published) + ','
          + n(f.received()) + ',' + n(f.disclosed()) + ',' + n(f.reviews()) + ',' + n(f.lawsuits()) + ',' + page
          + ',' + data + "\r\n";
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      try (var json = Json.MAPPER.getFactory().createGenerator(bytes)) {
        json.writeStartObject();
        json.writeStringField("organ", r.organ().name());
        json.writeStringField("kind", r.organ().kind().key());
        json.writeArrayFieldStart("region");
        for (String name : r.region().path()) json.writeString(name);
        json.writeEndArray();
        json.writeNumberField("year", r.year());
        json.writeStringField("published", published);
        number(json, "received", f.received());
        number(json, "disclosed", f.disclosed());
        number(json, "reviews", f.reviews());
        number(json, "lawsuits", f.lawsuits());
        json.writeStringField("page", page);
        json.writeStringField("data", data);
        json.writeEndObject();
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      return new Row(csv.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    private static void number(com.fasterxml.jackson.core.JsonGenerator json, String name, Long v) throws IOException {
      if (v == null) json.writeNullField(name);
      else json.writeNumberField(name, v);
    }

    private static String n(Long v) {
      return v == null ? "" : v.toString();
    }
  }

  /** Pieces of a spliced file; adjacent kept ranges and adjacent new bytes are joined. */
  private static final class Splicer {
    private final List<Output.Spliced.Piece> pieces = new ArrayList<>();
    private final ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    private long keptFrom = -1;
    private long keptLength;

    void keep(long offset, long length) {
      flushFresh();
      if (keptFrom >= 0 && keptFrom + keptLength == offset) {
        keptLength += length;
        return;
      }
      flushKept();
      keptFrom = offset;
      keptLength = length;
    }

    void fresh(byte[] bytes) {
      flushKept();
      fresh.writeBytes(bytes);
    }

    List<Output.Spliced.Piece> pieces() {
      flushKept();
      flushFresh();
      return pieces;
    }

    private void flushKept() {
      if (keptFrom >= 0) pieces.add(Output.Spliced.Piece.kept(keptFrom, keptLength));
      keptFrom = -1;
    }

    private void flushFresh() {
      if (fresh.size() > 0) pieces.add(Output.Spliced.Piece.fresh(fresh.toByteArray()));
      fresh.reset();
    }
  }

  /** Each row's folder hash and lengths in the CSV and JSON files, in row order. */
  private record Index(long[] hashes, int[] csvLengths, int[] jsonLengths) {
    int size() {
      return hashes.length;
    }

    byte[] encode() {
      ByteBuffer out = ByteBuffer.allocate(8 + hashes.length * 16);
      out.putInt(MAGIC).putInt(hashes.length);
      for (int i = 0; i < hashes.length; i++) out.putLong(hashes[i]).putInt(csvLengths[i]).putInt(jsonLengths[i]);
      return out.array();
    }

    /** The index of the files beside it, or null when any is missing or they do not add up. */
    static Index read(Path file, Path csv, Path json) {
      try {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.remaining() < 8 || in.getInt() != MAGIC) return null;
        int n = in.getInt();
        if (n < 0 || in.remaining() != 16L * n) return null;
        Index index = new Index(new long[n], new int[n], new int[n]);
        long csvSize = CSV_HEAD.length;
        long jsonSize = 2L + Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
          index.hashes[i] = in.getLong();
          csvSize += index.csvLengths[i] = in.getInt();
          jsonSize += index.jsonLengths[i] = in.getInt();
          if (index.csvLengths[i] < 0 || index.jsonLengths[i] < 0) return null;
        }
        return Files.size(csv) == csvSize && Files.size(json) == jsonSize ? index : null;
      } catch (IOException e) {
        return null; // the files are written whole
      }
    }
  }
}
