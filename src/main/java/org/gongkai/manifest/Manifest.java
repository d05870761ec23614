package org.gongkai.manifest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.diag.Diagnostic;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Output;
import org.gongkai.model.ReportHead;
import org.gongkai.validate.ReportSummary;

/**
 * What a build read from each content file and derived from it: the file's hash, its head and
 * key figures (for lists), its summary (for the rules across reports) and its findings. The
 * next build reuses an entry whose file still has that hash instead of loading and checking the
 * file again, and compares entries to find the pages a change touches.
 *
 * <p>Written into the site as {@value #PATH} (binary, see {@link ManifestCodec}); a manifest
 * from another version of Gongkai, another theme or other options is ignored. A manifest read
 * from a site decodes each entry's details only when they are asked for, and writes unchanged
 * entries back as the bytes it read: a build that changed one file of 100,000 decodes and
 * encodes little more than that one.
 *
 * @param settings what else the site depends on (code, theme, options); a build with other
 *     settings is a full build
 * @param entries one per report, sorted by path
 */
public record Manifest(String settings, List<Manifest.Entry> entries) {
  public static final String PATH = ".gongkai/manifest.bin";

  public Manifest {
    Objects.requireNonNull(settings, "settings");
    entries = List.copyOf(entries);
  }

  /** A manifest of files just read. */
  public static Manifest of(String settings, List<File> files) {
    List<Entry> entries = new ArrayList<>(files.size());
    for (File f : files) entries.add(Entry.of(f));
    return new Manifest(settings, entries);
  }

  /**
   * One content file as the build saw it.
   *
   * @param path the file relative to the content root, '/'-separated
   * @param sha256 the hash of its bytes, hex
   * @param own findings of loading it and of the rules on it alone
   * @param findings all its findings, the rules across reports included, waivers applied
   * @param textSha256 the hash of the text the search index holds of it (its prose): with the
   *     head unchanged too, the index need not be written again
   */
  public record File(
      String path, String sha256, ReportHead head, KeyFigures figures, ReportSummary summary,
      List<Diagnostic> own, List<Diagnostic> findings, String textSha256) {
    public File {
      own = List.copyOf(own);
      findings = List.copyOf(findings);
    }
  }

  /**
   * One file's entry: its path, hashes, scope (see {@link ReportSummary#scope}) and number of
   * findings at hand, the rest decoded on first use. Thread-safe.
   */
  public static final class Entry {
    private final String path;
    /** Decoded when first asked for (an unchanged file's hashes are rarely needed). */
    private volatile String sha256;
    private volatile String textSha256;
    private final String scope;
    private final int findingCount;
    /** The bytes it was read from; null for an entry made from a {@link File}. */
    private final Stored stored;
    private volatile ManifestCodec.ArchivePart archive;
    private volatile ManifestCodec.CheckPart check;

    Entry(String path, String sha256, String textSha256, String scope, int findingCount, Stored stored) {
      this.path = path;
      this.sha256 = sha256;
      this.textSha256 = textSha256;
      this.scope = scope;
      this.findingCount = findingCount;
      this.stored = stored;
    }

    public static Entry of(File f) {
      Entry e = new Entry(f.path(), f.sha256(), f.textSha256(), f.summary().scope(), f.findings().size(), null);
      e.archive = new ManifestCodec.ArchivePart(f.head(), f.figures(), f.findings());
      e.check = new ManifestCodec.CheckPart(f.summary(), f.own());
      return e;
    }

    public String path() {
      return path;
    }

    public String sha256() {
      if (sha256 == null) hashes();
      return sha256;
    }

    public String textSha256() {
      if (sha256 == null) hashes();
      return textSha256;
    }

    private void hashes() {
      String[] both = ManifestCodec.hashes(stored);
      textSha256 = both[1];
      sha256 = both[0]; // last: a reader that sees it sees the other
    }

    /** The scope of the rules across reports the file is in. */
    public String scope() {
      return scope;
    }

    /** Whether the file had findings (without decoding them). */
    public boolean hasFindings() {
      return findingCount > 0;
    }

    public ReportHead head() {
      return archive().head();
    }

    public KeyFigures figures() {
      return archive().figures();
    }

    public List<Diagnostic> findings() {
      return archive().findings();
    }

    public ReportSummary summary() {
      return check().summary();
    }

    public List<Diagnostic> own() {
      return check().own();
    }

    /** Whether {@code findings} are the ones this entry holds, as the manifest keeps them. */
    public boolean holdsFindings(List<Diagnostic> findings) {
      if (findings.size() != findingCount) return false;
      List<Diagnostic> mine = findings();
      for (int i = 0; i < findingCount; i++) if (!ManifestCodec.same(mine.get(i), findings.get(i))) return false;
      return true;
    }

    /** Everything, decoded. */
    public File file() {
      return new File(path, sha256(), head(), figures(), summary(), own(), findings(), textSha256());
    }

    private ManifestCodec.ArchivePart archive() {
      ManifestCodec.ArchivePart a = archive;
      if (a == null) archive = a = ManifestCodec.archivePart(stored);
      return a;
    }

    private ManifestCodec.CheckPart check() {
      ManifestCodec.CheckPart c = check;
      if (c == null) check = c = ManifestCodec.checkPart(stored);
      return c;
    }

    /**
     * Takes what {@code same} (the same file's entry, as this process wrote it) has decoded
     * already: its record in the file is this one's bytes.
     */
    void adopt(Entry same) {
      if (archive == null) archive = same.archive;
      if (check == null) check = same.check;
      if (sha256 == null && same.sha256 != null) {
        textSha256 = same.textSha256;
        sha256 = same.sha256;
      }
    }

    /** Where the entry's record can be copied from when writing with {@code shownRoot}; else null. */
    Stored reusable(String shownRoot) {
      return stored != null && stored.shownRoot().equals(shownRoot) ? stored : null;
    }
  }

  /**
   * Where an entry's record lies in the bytes of a manifest read from a site ({@code from}: its
   * length before it; {@code hashes}: its two hashes), and the file they were read from.
   */
  record Stored(ByteBuffer bytes, int from, int hashes, int archiveStart, int archiveEnd, int end,
      String shownRoot, Path source) {}

  /** Every entry decoded (for tests and tools; a build asks entries for what it needs). */
  public List<File> files() {
    List<File> out = new ArrayList<>(entries.size());
    for (Entry e : entries) out.add(e.file());
    return out;
  }

  /**
   * This manifest, read from a site, with what {@code written} — the manifest this process wrote
   * into that file — has decoded already: a process that builds one site again and again (`serve`,
   * `build --watch`) decodes each of 100,000 unchanged entries once, not at every rebuild.
   * Entries are matched by place and path; returns this.
   */
  public Manifest reusing(Manifest written) {
    if (written.entries.size() != entries.size()) return this;
    for (int i = 0; i < entries.size(); i++) {
      Entry mine = entries.get(i);
      Entry theirs = written.entries.get(i);
      if (mine != theirs && mine.path.equals(theirs.path)) mine.adopt(theirs);
    }
    return this;
  }

  /** Each entry's index by its path. */
  public Map<String, Integer> indexByPath() {
    Map<String, Integer> out = new HashMap<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) out.put(entries.get(i).path(), i);
    return out;
  }

  /**
   * The manifest as the bytes written into the site.
   *
   * @param shownRoot how the paths of content files begin in findings ({@code content/}); they
   *     are stored without it, so the manifest is the same wherever the content lies
   */
  public byte[] encode(String shownRoot) {
    return ManifestCodec.encode(this, shownRoot);
  }

  /**
   * The manifest as a file of the site: records of unchanged files are copied from the manifest
   * they were read from (110 MB at 100,000 reports), the rest encoded.
   */
  public Output output(String shownRoot) {
    Path source = null;
    for (Entry e : entries) {
      Stored s = e.reusable(shownRoot);
      if (s != null) {
        source = s.source();
        break;
      }
    }
    return ManifestCodec.output(this, shownRoot, PATH, source);
  }

  /**
   * A manifest file's bytes, mapped: at 100,000 reports they are 110 MB that a build reads a
   * few records of, and on the heap they made the collector copy and compact more. Windows
   * cannot delete a mapped file, which an update does before it places the new manifest: read.
   */
  private static ByteBuffer bytes(Path file) throws IOException {
    if (!java.io.File.separator.equals("/")) return ByteBuffer.wrap(Files.readAllBytes(file));
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
      return c.map(FileChannel.MapMode.READ_ONLY, 0, c.size());
    }
  }

  /** Reads the manifest of a built site; empty when there is none or it cannot be read. */
  public static Optional<Manifest> read(Path site, String shownRoot) {
    Path file = site.resolve(PATH);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      ByteBuffer bytes = bytes(file);
      return Optional.of(ManifestCodec.decode(bytes, shownRoot, file.toAbsolutePath()));
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign manifest only costs a full build.
      return Optional.empty();
    }
  }
}
