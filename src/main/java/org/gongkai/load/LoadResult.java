package org.gongkai.load;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;

/** What loading one file gave: a report (perhaps with warnings), or the reasons it could not be read. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {
  /** The file's path as shown to the user. */
  String file();

  List<Diagnostic> diagnostics();

  /**
   * A report and where each of its values stands in the file.
   *
   * @param sha256 the hash of the file's bytes (hex): a later build that finds the same hash
   *     can reuse what this load gave
   */
  record Loaded(Report report, SourceMap positions, List<Diagnostic> diagnostics, String sha256) implements LoadResult {
    public Loaded {
      diagnostics = List.copyOf(diagnostics);
    }

    @Override
    public String file() {
      return positions.file();
    }
  }

  /** A file that is not a readable report; {@code why} holds at least one error. */
  record Rejected(String file, List<Diagnostic> diagnostics) implements LoadResult {
    public Rejected {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
