package org.gongkai.importer;

import java.util.List;
import java.util.Objects;

/**
 * What importing one source file produced: the draft's text, where it belongs below the content
 * root, and the notes (also written into the draft as comments).
 *
 * @param source the source file's name as given
 * @param encoding how the bytes were decoded: "UTF-8", "UTF-8 (BOM)", "GBK", "UTF-16LE"…
 * @param path the draft's path below the content root, '/'-separated; under {@link #UNPLACED}
 *     when organ, region or year could not be established
 * @param yaml the draft report file
 */
public record ImportResult(String source, String encoding, String path, String yaml, List<Note> notes) {
  /** The folder for drafts whose organ, region or year is not known yet. */
  public static final String UNPLACED = "_待定";

  public ImportResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(yaml, "yaml");
    notes = List.copyOf(notes);
  }

  /** Whether the draft's place in the content tree follows from what was read. */
  public boolean placed() {
    return !path.startsWith(UNPLACED + "/");
  }

  public List<Note> notes(Note.Kind kind) {
    return notes.stream().filter(n -> n.kind() == kind).toList();
  }
}
