package org.gongkai.load;

import org.gongkai.diag.Message;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns SnakeYAML's English syntax errors into advice for the mistakes people make when they
 * edit by hand in a Chinese environment: tabs, full-width colons, unquoted colons.
 */
final class YamlProblems {
  private YamlProblems() {}

  static Message explain(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String snippet = e.getProblemMark() == null ? "" : e.getProblemMark().get_snippet();
    if (problem.contains("'\\t'")) return Message.of("load.yaml.tab");
    if (snippet.contains("：")) return Message.of("load.yaml.fullWidthColon", problem);
    if (problem.contains("mapping values are not allowed")) return Message.of("load.yaml.colon", problem);
    if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
      return Message.of("load.yaml.indent", problem);
    }
    return Message.of("load.yaml.syntax", problem);
  }
}
