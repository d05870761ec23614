package org.gongkai;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Severity;

/** Every finding of a check, sorted by file and position, and how many files were read. */
public record CheckResult(int files, List<Diagnostic> diagnostics) {
  public CheckResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
  }

  /** Unwaived errors: any of them fails {@code check} and {@code build}. */
  public long errors() {
    return diagnostics.stream().filter(Diagnostic::blocking).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING && !d.waived()).count();
  }

  public long waived() {
    return diagnostics.stream().filter(Diagnostic::waived).count();
  }

  public boolean ok() {
    return errors() == 0;
  }
}
