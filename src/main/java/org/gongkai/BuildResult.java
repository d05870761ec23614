package org.gongkai;

/**
 * The outcome of a build: the check's findings and, when there were no errors, what was
 * published.
 *
 * @param site {@code null} when errors stopped the build before anything was written
 */
public record BuildResult(CheckResult check, Figures site) {
  /** The build's figures, printed at its end. */
  public record Figures(int reports, int pages, long files, long bytes, double seconds) {}

  public boolean ok() {
    return check.ok() && site != null;
  }
}
