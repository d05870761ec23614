package org.gongkai.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects findings in the order they are reported; not thread-safe, one per report. */
public final class DiagnosticSink {
  private final List<Diagnostic> found = new ArrayList<>();

  public void error(String code, SourcePos pos, String key, Object... args) {
    found.add(Diagnostic.error(code, pos, Message.of(key, args)));
  }

  public void warning(String code, SourcePos pos, String key, Object... args) {
    found.add(Diagnostic.warning(code, pos, Message.of(key, args)));
  }

  public void add(Diagnostic d) {
    found.add(d);
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(found);
  }
}
