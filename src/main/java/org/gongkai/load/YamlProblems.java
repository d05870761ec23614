package org.gongkai.load;

import org.gongkai.diag.Message;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's English syntax errors into advice for the mistakes people make when they
 * edit by hand in a Chinese environment: tabs, full-width colons, unquoted colons.
 */
final class YamlProblems {
  /** The advice and the 0-based line it is about. */
  record Explained(Message message, int line) {}

  private YamlProblems() {}

  static Explained explain(MarkedYAMLException e, String text) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = at == null ? 0 : at.getLine();
    if (problem.contains("TAB") || problem.contains("'\\t'")) return new Explained(Message.of("load.yaml.tab"), line);
    // A full-width colon turns "key： value" into plain text; the parser only trips later.
    int from = e.getContextMark() != null ? e.getContextMark().getLine() : Math.max(0, line - 1);
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(from, line); i <= line && i < lines.length; i++) {
      if (lines[i].matches("\\s*-?\\s*[\\w\\p{IsHan}]+\\s*：.*")) {
        return new Explained(Message.of("load.yaml.fullWidthColon", problem), i);
      }
    }
    if (problem.contains("mapping values are not allowed")) return new Explained(Message.of("load.yaml.colon", problem), line);
    if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
      return new Explained(Message.of("load.yaml.indent", problem), line);
    }
    return new Explained(Message.of("load.yaml.syntax", problem), line);
  }
}
