package org.gongkai.manifest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Label;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;
import org.gongkai.diag.Severity;
import org.gongkai.diag.SourceMap;
import org.gongkai.diag.SourcePos;
import org.gongkai.model.BRow;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Organ;
import org.gongkai.model.Output;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Region;
import org.gongkai.model.ReportHead;
import org.gongkai.model.Row;
import org.gongkai.model.TableB;
import org.gongkai.model.Waiver;
import org.gongkai.validate.ReportSummary;

/**
 * The manifest as bytes: a magic number and format version, the settings, then one record per
 * file, and a CRC-32C of everything before it. A record starts with what every build looks up
 * (path, hashes, scope, number of findings) and then holds two parts, each decoded only when
 * asked for: what the archive shows (head, figures, findings) and what the checks need
 * (summary, the file's own findings). Records are self-contained — strings are written once
 * per part and then referred to by number, with the strings every report shares (JSON
 * pointers, enum names) numbered in advance — so an incremental build copies the records of
 * unchanged files as they are and encodes only the changed ones. Only the types listed here
 * can be read back (no Java serialization): a manifest is data, never code.
 */
final class ManifestCodec {
  private static final int MAGIC = 0x474b4d46; // "GKMF"
  private static final int VERSION = 4;

  /** Strings known to both sides: numbered before any part's own strings. */
  static final List<String> SHARED = shared();
  static final Map<String, Integer> SHARED_INDEX = index(SHARED);

  private ManifestCodec() {}

  private static List<String> shared() {
    List<String> out = new ArrayList<>(ReportSummary.POINTERS);
    for (Severity s : Severity.values()) out.add(s.name());
    for (OrganKind k : OrganKind.values()) out.add(k.name());
    return List.copyOf(new LinkedHashSet<>(out));
  }

  private static Map<String, Integer> index(List<String> strings) {
    Map<String, Integer> out = new HashMap<>();
    for (String s : strings) out.put(s, out.size());
    return Map.copyOf(out);
  }

  /**
   * @param shownRoot how file paths in findings begin ({@code content/}): stored without it, so
   *     the manifest does not depend on where the content lies or the build was started
   */
  static byte[] encode(Manifest m, String shownRoot) {
    List<Part> parts = parts(m, shownRoot);
    long size = 4;
    for (Part p : parts) size += p.length();
    if (size > Integer.MAX_VALUE - 8) throw new IllegalStateException("manifest over 2 GB");
    ByteSink data = new ByteSink((int) size);
    for (Part p : parts) {
      if (p.kept()) data.write(p.read(), p.from(), p.length());
      else data.write(p.fresh(), p.from(), p.length());
    }
    data.writeInt(checksum(parts));
    return data.toByteArray();
  }

  /**
   * The manifest as written into a site: spliced from the file it was read from, {@code source},
   * when it reuses records of it (the unchanged records are copied file to file), else whole.
   */
  static Output output(Manifest m, String shownRoot, String path, Path source) {
    List<Part> parts = parts(m, shownRoot);
    ByteBuffer read = null;
    for (Part p : parts) {
      if (!p.kept()) continue;
      if (read != null && read != p.read()) return new Output.Bytes(path, encode(m, shownRoot));
      read = p.read();
    }
    if (read == null || source == null) return new Output.Bytes(path, encode(m, shownRoot));
    List<Output.Spliced.Piece> pieces = new ArrayList<>();
    for (Part p : parts) {
      pieces.add(p.kept() ? Output.Spliced.Piece.kept(p.from(), p.length())
          : Output.Spliced.Piece.fresh(Arrays.copyOfRange(p.fresh(), p.from(), p.from() + p.length())));
    }
    ByteSink crc = new ByteSink(4);
    crc.writeInt(checksum(parts));
    pieces.add(Output.Spliced.Piece.fresh(crc.toByteArray()));
    return new Output.Spliced(path, source, pieces);
  }

  /** A run of the manifest's bytes: new ({@code fresh}), or records of the bytes it was {@code read} from. */
  private record Part(byte[] fresh, ByteBuffer read, int from, int length) {
    boolean kept() {
      return read != null;
    }
  }

  /** Everything but the checksum, in order; records of unchanged files as the bytes they were read from. */
  private static List<Part> parts(Manifest m, String shownRoot) {
    List<Part> parts = new ArrayList<>();
    ByteSink fresh = new ByteSink();
    fresh.writeInt(MAGIC);
    fresh.writeInt(VERSION);
    fresh.plain(m.settings());
    fresh.varint(m.entries().size());
    Part kept = null;
    for (Manifest.Entry e : m.entries()) {
      Manifest.Stored old = e.reusable(shownRoot);
      if (old == null) {
        if (kept != null) parts.add(kept);
        kept = null;
        byte[] record = record(e.file(), shownRoot);
        fresh.varint(record.length);
        fresh.write(record, 0, record.length);
        continue;
      }
      if (fresh.size() > 0) parts.add(new Part(fresh.buf, null, 0, fresh.size()));
      if (fresh.size() > 0) fresh = new ByteSink();
      int length = old.end() - old.from();
      if (kept != null && kept.read() == old.bytes() && kept.from() + kept.length() == old.from()) {
        kept = new Part(null, old.bytes(), kept.from(), kept.length() + length);
      } else {
        if (kept != null) parts.add(kept);
        kept = new Part(null, old.bytes(), old.from(), length);
      }
    }
    if (kept != null) parts.add(kept);
    if (fresh.size() > 0) parts.add(new Part(fresh.buf, null, 0, fresh.size()));
    return parts;
  }

  private static int checksum(List<Part> parts) {
    CRC32C crc = new CRC32C();
    for (Part p : parts) {
      if (p.kept()) crc.update(p.read().slice(p.from(), p.length()));
      else crc.update(p.fresh(), p.from(), p.length());
    }
    return (int) crc.getValue();
  }

  /** @param source the file the bytes were read from, or null */
  static Manifest decode(ByteBuffer bytes, String shownRoot, Path source) throws IOException {
    int size = bytes.limit();
    if (size < 12) throw new IOException("not a manifest");
    CRC32C crc = new CRC32C();
    crc.update(bytes.slice(0, size - 4));
    ByteSource in = new ByteSource(bytes, 0, size - 4);
    int stored = new ByteSource(bytes, size - 4, size).readInt();
    if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException("not a manifest of this version");
    if (stored != (int) crc.getValue()) throw new IOException("damaged manifest");
    String settings = in.plain();
    int n = in.count();
    // Records are found one after another by their lengths, then read on every core.
    int[] from = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = in.pos;
      int length = in.count();
      if (length > in.available()) throw new IOException("bad record length");
      in.pos += length;
    }
    if (in.available() != 0) throw new IOException("trailing bytes");
    Manifest.Entry[] entries = new Manifest.Entry[n];
    try {
      IntStream.range(0, n).parallel().forEach(i -> entries[i] = entry(bytes, from[i], shownRoot, source));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Manifest(settings, Arrays.asList(entries));
  }

  /** The record whose length is at {@code from}: what every build looks up, and where the rest lies. */
  private static Manifest.Entry entry(ByteBuffer bytes, int from, String shownRoot, Path source) {
    try {
      ByteSource r = new ByteSource(bytes, from, bytes.limit() - 4);
      int length = r.count();
      int start = r.pos;
      r = new ByteSource(bytes, start, start + length);
      String path = r.plain();
      int hashes = r.pos;
      int sha = r.count(); // the hashes: decoded when asked for
      r.pos += sha;
      int text = r.count();
      r.pos += Math.max(0, text - 1);
      String scope = r.plain();
      int findings = r.count();
      int archiveLength = r.count();
      if (r.available() < 0 || archiveLength > r.available()) throw new IOException("bad part length");
      return new Manifest.Entry(path, null, null, scope, findings, new Manifest.Stored(bytes, from, hashes,
          r.pos, r.pos + archiveLength, start + length, shownRoot, source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An entry's hashes of its file and of its searched text (null if none), as {@link #record} wrote them. */
  static String[] hashes(Manifest.Stored s) {
    try {
      ByteSource r = new ByteSource(s.bytes(), s.hashes(), s.archiveStart());
      return new String[] {r.plain(), r.nullablePlain()};
    } catch (IOException e) {
      throw new IllegalStateException("unreadable manifest record", e);
    }
  }

  /** One file's record, as {@link #decode} splits it. */
  static byte[] record(Manifest.File f, String shownRoot) {
    ByteSink r = new ByteSink();
    r.plain(f.path());
    r.plain(f.sha256());
    r.nullablePlain(f.textSha256());
    r.plain(f.summary().scope());
    r.varint(f.findings().size());
    byte[] archive = archivePart(f, shownRoot);
    r.varint(archive.length);
    r.write(archive);
    r.write(checkPart(f, shownRoot));
    return r.toByteArray();
  }

  private static byte[] archivePart(Manifest.File f, String shownRoot) {
    try {
      PartWriter out = new PartWriter(new ByteSink(), shownRoot);
      ReportHead h = f.head();
      out.str(h.title());
      out.str(h.organ().name());
      out.str(h.organ().kind().name());
      out.strings(h.region().path());
      out.str(h.region().code());
      out.str(h.region().note());
      out.varint(h.year());
      out.date(h.published());
      KeyFigures k = f.figures();
      for (Long v : new Long[] {k.received(), k.disclosed(), k.reviews(), k.lawsuits()}) out.number(v);
      diagnostics(out, f.findings());
      return out.data.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] checkPart(Manifest.File f, String shownRoot) {
    try {
      PartWriter out = new PartWriter(new ByteSink(), shownRoot);
      summary(out, f.summary());
      diagnostics(out, f.own());
      return out.data.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the archive shows of a file: its head, figures and findings. */
  record ArchivePart(ReportHead head, KeyFigures figures, List<Diagnostic> findings) {}

  /** What the checks need of a file: its summary and its own findings. */
  record CheckPart(ReportSummary summary, List<Diagnostic> own) {}

  static ArchivePart archivePart(Manifest.Stored s) {
    try {
      PartReader in = new PartReader(new ByteSource(s.bytes(), s.archiveStart(), s.archiveEnd()), s.shownRoot());
      String title = in.str();
      Organ organ = new Organ(in.str(), OrganKind.valueOf(in.str()));
      Region region = new Region(in.strings(), in.str(), in.str());
      ReportHead head = new ReportHead(title, organ, region, in.count(), in.date());
      KeyFigures figures = new KeyFigures(in.number(), in.number(), in.number(), in.number());
      List<Diagnostic> findings = diagnostics(in);
      if (in.data.available() != 0) throw new IOException("trailing bytes");
      return new ArchivePart(head, figures, findings);
    } catch (IOException | RuntimeException e) {
      // the whole file's checksum matched: only a bug gets here
      throw new IllegalStateException("unreadable manifest record", e);
    }
  }

  static CheckPart checkPart(Manifest.Stored s) {
    try {
      PartReader in = new PartReader(new ByteSource(s.bytes(), s.archiveEnd(), s.end()), s.shownRoot());
      ReportSummary summary = summary(in);
      List<Diagnostic> own = diagnostics(in);
      if (in.data.available() != 0) throw new IOException("trailing bytes");
      return new CheckPart(summary, own);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("unreadable manifest record", e);
    }
  }

  private static void summary(PartWriter out, ReportSummary s) throws IOException {
    out.file(s.file());
    out.str(s.contentPath());
    out.str(s.organKey());
    out.strings(s.regionPath());
    out.str(s.organName());
    out.str(s.kind().name());
    out.varint(s.year());
    out.data.writeBoolean(s.tableB() != null);
    if (s.tableB() != null) {
      out.varint(s.tableB().rows().size());
      for (Map.Entry<BRow, Row> e : s.tableB().rows().entrySet()) {
        out.varint(e.getKey().ordinal());
        out.varint(e.getValue().size());
        for (Long v : e.getValue().cells()) out.number(v);
      }
    }
    out.strings(s.members());
    out.str(s.fingerprint());
    out.file(s.positions().file());
    Map<String, SourcePos> positions = s.positions().positions();
    String[] pointers = positions.keySet().toArray(new String[0]);
    Arrays.sort(pointers);
    out.varint(pointers.length);
    for (String pointer : pointers) {
      out.str(pointer);
      out.pos(positions.get(pointer));
    }
    out.varint(s.waivers().size());
    for (Waiver w : s.waivers()) {
      out.str(w.rule());
      out.str(w.reason());
    }
    out.strings(new ArrayList<>(new java.util.TreeSet<>(s.waiversUsed())));
  }

  private static ReportSummary summary(PartReader in) throws IOException {
    String file = in.file();
    String contentPath = in.str();
    String organKey = in.str();
    List<String> regionPath = in.strings();
    String organName = in.str();
    OrganKind kind = OrganKind.valueOf(in.str());
    int year = in.count();
    TableB tableB = null;
    if (in.data.readBoolean()) {
      Map<BRow, Row> rows = new EnumMap<>(BRow.class);
      int n = in.count();
      for (int i = 0; i < n; i++) {
        BRow row = BRow.values()[in.count()];
        int cells = in.count();
        List<Long> values = new ArrayList<>(cells);
        for (int c = 0; c < cells; c++) values.add(in.number());
        rows.put(row, new Row(values));
      }
      tableB = new TableB(rows);
    }
    List<String> members = in.strings();
    String fingerprint = in.str();
    String mapFile = in.file();
    int n = in.count();
    Map<String, SourcePos> positions = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) positions.put(in.str(), in.pos());
    int w = in.count();
    List<Waiver> waivers = new ArrayList<>(w);
    for (int i = 0; i < w; i++) waivers.add(new Waiver(in.str(), in.str()));
    Set<String> used = new LinkedHashSet<>(in.strings());
    return new ReportSummary(file, contentPath, organKey, regionPath, organName, kind, year, tableB, members,
        fingerprint, SourceMap.compact(mapFile, positions), waivers, used);
  }

  /** Whether two findings are kept as the same bytes: labels count by their two wordings. */
  static boolean same(Diagnostic a, Diagnostic b) {
    if (a.severity() != b.severity() || !a.code().equals(b.code()) || !a.pos().equals(b.pos())
        || !Objects.equals(a.waivedBecause(), b.waivedBecause()) || !a.message().key().equals(b.message().key())) {
      return false;
    }
    List<Object> x = a.message().args();
    List<Object> y = b.message().args();
    if (x.size() != y.size()) return false;
    for (int i = 0; i < x.size(); i++) {
      if (x.get(i) instanceof Label l && y.get(i) instanceof Label m) {
        if (!l.in(Lang.ZH).equals(m.in(Lang.ZH)) || !l.in(Lang.EN).equals(m.in(Lang.EN))) return false;
      } else if (!x.get(i).equals(y.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static void diagnostics(PartWriter out, List<Diagnostic> list) throws IOException {
    out.varint(list.size());
    for (Diagnostic d : list) {
      out.str(d.severity().name());
      out.str(d.code());
      out.pos(d.pos());
      message(out, d.message());
      out.str(d.waivedBecause());
    }
  }

  private static List<Diagnostic> diagnostics(PartReader in) throws IOException {
    int n = in.count();
    List<Diagnostic> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Diagnostic(Severity.valueOf(in.str()), in.str(), in.pos(), message(in), in.str()));
    }
    return out;
  }

  // Argument kinds: the types messages are formatted from.
  private static final int STRING = 0;
  private static final int INT = 1;
  private static final int LONG = 2;
  private static final int DECIMAL = 3;
  private static final int LABEL = 4;

  private static void message(PartWriter out, Message m) throws IOException {
    out.str(m.key());
    out.varint(m.args().size());
    for (Object a : m.args()) {
      if (a instanceof String s) {
        out.varint(STRING);
        out.str(s);
      } else if (a instanceof Integer i) {
        out.varint(INT);
        out.data.writeInt(i);
      } else if (a instanceof Long l) {
        out.varint(LONG);
        out.data.writeLong(l);
      } else if (a instanceof BigDecimal d) {
        out.varint(DECIMAL);
        out.str(d.toString());
      } else if (a instanceof Label l) {
        // A label is kept as its two wordings: all a message needs of it.
        out.varint(LABEL);
        out.str(l.in(Lang.ZH));
        out.str(l.in(Lang.EN));
      } else {
        throw new IllegalArgumentException("message argument of type " + a.getClass().getName() + " cannot be kept");
      }
    }
  }

  private static Message message(PartReader in) throws IOException {
    String key = in.str();
    int n = in.count();
    List<Object> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int kind = in.count();
      args.add(switch (kind) {
        case STRING -> in.str();
        case INT -> in.data.readInt();
        case LONG -> in.data.readLong();
        case DECIMAL -> new BigDecimal(in.str());
        case LABEL -> Label.of(in.str(), in.str());
        default -> throw new IOException("unknown argument kind " + kind);
      });
    }
    return new Message(key, args);
  }
}
