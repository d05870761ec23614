package org.gongkai.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about one place in the content: its rule code, severity, position and message,
 * and — when the report waives that rule — the maintainer's reason.
 */
public record Diagnostic(
    Severity severity, String code, SourcePos pos, Message message, String waivedBecause) {

  /**
   * Sort by position, then code: output must be stable so CI logs diff cleanly. Findings at the
   * same place keep the order their rule reported them in (the sort is stable).
   */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::pos).thenComparing(Diagnostic::code);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String code, SourcePos pos, Message message) {
    return new Diagnostic(Severity.ERROR, code, pos, message, null);
  }

  public static Diagnostic warning(String code, SourcePos pos, Message message) {
    return new Diagnostic(Severity.WARNING, code, pos, message, null);
  }

  public boolean waived() {
    return waivedBecause != null;
  }

  /** True for an error that no waiver covers: such a finding fails the build. */
  public boolean blocking() {
    return severity == Severity.ERROR && !waived();
  }

  public Diagnostic waive(String reason) {
    return new Diagnostic(severity, code, pos, message, Objects.requireNonNull(reason, "reason"));
  }

  /** {@code file:line:col: 错误[code] message}, with the waiver's reason appended. */
  public String format(Lang lang) {
    String line = pos + ": " + severity.label(lang) + "[" + code + "] " + message.format(lang);
    if (!waived()) return line;
    return line + (lang == Lang.ZH ? "（已豁免：" + waivedBecause + "）" : " (waived: " + waivedBecause + ")");
  }
}
