package org.gongkai.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.diag.Diagnostic;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.ReportHead;
import org.gongkai.validate.ReportSummary;

/**
 * What a build read from each content file and derived from it: the file's hash, its head and
 * key figures (for lists), its summary (for the rules across reports) and its findings. The
 * next build reuses an entry whose file still has that hash instead of loading and checking the
 * file again, and compares entries to find the pages a change touches.
 *
 * <p>Written into the site as {@value #PATH} (binary, see {@link ManifestCodec}); a manifest
 * from another version of Gongkai, another theme or other options is ignored.
 *
 * @param settings what else the site depends on (code, theme, options); a build with other
 *     settings is a full build
 * @param files one entry per report, sorted by path
 */
public record Manifest(String settings, List<Manifest.File> files) {
  public static final String PATH = ".gongkai/manifest.bin";

  public Manifest {
    Objects.requireNonNull(settings, "settings");
    files = List.copyOf(files);
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

  /** The entries by path. */
  public Map<String, File> byPath() {
    Map<String, File> out = new HashMap<>(files.size() * 2);
    for (File f : files) out.put(f.path(), f);
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

  /** Reads the manifest of a built site; empty when there is none or it cannot be read. */
  public static java.util.Optional<Manifest> read(Path site, String shownRoot) {
    Path file = site.resolve(PATH);
    if (!Files.isRegularFile(file)) return java.util.Optional.empty();
    try {
      return java.util.Optional.of(ManifestCodec.decode(Files.readAllBytes(file), shownRoot));
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign manifest only costs a full build.
      return java.util.Optional.empty();
    }
  }
}
