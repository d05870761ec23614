package org.gongkai.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.Message;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;
import org.gongkai.model.Waiver;
import org.gongkai.region.Divisions;

/**
 * Runs the rules: {@link #check} on each report as it is loaded (from any thread), then
 * {@link #checkAcross} once over the summaries, which also reports waivers that waived nothing.
 *
 * <pre>{@code
 * Validator v = Validator.create(Divisions.load());
 * Validator.Checked c = v.check(report, positions);          // per file
 * List<Diagnostic> more = v.checkAcross(summaries, reported); // once, at the end
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Validator {
  private final List<Rule> rules;
  private final List<ArchiveRule> archiveRules;

  private Validator(List<Rule> rules, List<ArchiveRule> archiveRules) {
    this.rules = List.copyOf(rules);
    this.archiveRules = List.copyOf(archiveRules);
  }

  public static Validator create(Divisions divisions) {
    return new Validator(Rules.perReport(divisions), Rules.acrossReports());
  }

  /** Findings of one report with its waivers applied, and its summary for the rules across reports. */
  public record Checked(List<Diagnostic> diagnostics, ReportSummary summary) {
    public Checked {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public Checked check(Report report, SourceMap at) {
    DiagnosticSink sink = new DiagnosticSink();
    for (Rule rule : rules) rule.check(report, at, sink);
    Set<String> used = new HashSet<>();
    List<Diagnostic> out = waive(sink.diagnostics(), report.waivers(), used);
    return new Checked(out, ReportSummary.of(report, at, used));
  }

  /**
   * Rules across reports over {@code all} (the reports being checked plus context such as the
   * organ's other years); returns findings for the files in {@code reported} only, waivers
   * applied, plus a warning for each of their waivers that waived nothing.
   */
  public List<Diagnostic> checkAcross(List<ReportSummary> all, Set<String> reported) {
    DiagnosticSink sink = new DiagnosticSink();
    for (ArchiveRule rule : archiveRules) rule.check(all, sink);
    Map<String, ReportSummary> byFile = new HashMap<>();
    Map<String, Set<String>> used = new HashMap<>();
    for (ReportSummary s : all) {
      byFile.putIfAbsent(s.file(), s);
      used.computeIfAbsent(s.file(), f -> new HashSet<>()).addAll(s.waiversUsed());
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : sink.diagnostics()) {
      String file = d.pos().file();
      if (!reported.contains(file)) continue;
      out.addAll(waive(List.of(d), byFile.get(file).waivers(), used.get(file)));
    }
    for (String file : reported) {
      ReportSummary s = byFile.get(file);
      if (s == null) continue;
      for (int i = 0; i < s.waivers().size(); i++) {
        String rule = s.waivers().get(i).rule();
        if (!used.get(file).contains(rule)) {
          out.add(Diagnostic.warning("waiver-unused", s.positions().at("/waivers/" + i),
              Message.of("rule.waiver-unused", rule)));
        }
      }
    }
    return out;
  }

  private static List<Diagnostic> waive(List<Diagnostic> found, List<Waiver> waivers, Set<String> used) {
    if (waivers.isEmpty()) return found;
    List<Diagnostic> out = new ArrayList<>(found.size());
    for (Diagnostic d : found) {
      Waiver w = waivers.stream().filter(x -> x.rule().equals(d.code())).findFirst().orElse(null);
      if (w == null) {
        out.add(d);
      } else {
        used.add(w.rule());
        out.add(d.waive(w.reason()));
      }
    }
    return out;
  }
}
