package org.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;

/** Prints a check's findings as lines for people or as one JSON document for tools. */
final class Findings {
  private final Lang lang;

  Findings(Lang lang) {
    this.lang = lang;
  }

  void text(CheckResult result, PrintWriter out) {
    text(result, out, true);
  }

  /**
   * As {@link #text(CheckResult, PrintWriter)}, the waived findings left out unless
   * {@code waived} (a rebuild under a watcher: they were shown by the first build, and the
   * summary still counts them).
   */
  void text(CheckResult result, PrintWriter out, boolean waived) {
    for (Diagnostic d : result.diagnostics()) if (waived || !d.waived()) out.println(d.format(lang));
    out.println(Message.of("check.summary", result.files(), result.errors(), result.warnings(), result.waived())
        .format(lang));
  }

  /** A JSON array of findings: file, line, column, code, severity, message, waived (and reason). */
  void json(CheckResult result, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode list = mapper.createArrayNode();
    for (Diagnostic d : result.diagnostics()) {
      ObjectNode o = list.addObject();
      o.put("file", d.pos().file());
      o.put("line", d.pos().line());
      o.put("column", d.pos().column());
      o.put("code", d.code());
      o.put("severity", d.severity().id());
      o.put("message", d.message().format(lang));
      o.put("waived", d.waived());
      if (d.waived()) o.put("reason", d.waivedBecause());
    }
    try {
      out.println(mapper.writeValueAsString(list));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
