package org.gongkai;

/**
 * The outcome of a build: the check's findings and, when there were no errors, what was
 * published.
 *
 * @param site {@code null} when errors stopped the build before anything was written
 */
public record BuildResult(CheckResult check, Figures site) {
  /**
   * The build's figures, printed at its end.
   *
   * @param stages seconds per stage, in pipeline order
   * @param incremental whether the build updated the previous site (only what changed was
   *     written) rather than writing a new one
   * @param read how many content files were read and checked (the others were unchanged)
   */
  public record Figures(int reports, int pages, long files, long bytes, double seconds, Stages stages,
      boolean incremental, int read) {}

  /**
   * Wall seconds of each stage. Rendering and indexing run side by side, so their sum exceeds
   * the build's time; {@code index} is the Lucene index and the browser's index together.
   */
  public record Stages(double check, double render, double index, double publish) {}

  public boolean ok() {
    return check.ok() && site != null;
  }
}
