package org.gongkai.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gongkai.model.ARow;
import org.gongkai.model.BColumn;
import org.gongkai.model.BRow;
import org.gongkai.model.CColumn;
import org.gongkai.model.CRow;
import org.gongkai.model.FormLabel;
import org.gongkai.model.Report;
import org.gongkai.model.Row;

/**
 * A report's numbers as open data: JSON shaped like the YAML file (same keys, {@code null}
 * for missing), and CSV in long form — one line per cell — which every spreadsheet opens.
 */
final class ReportData {
  private static final ObjectMapper JSON = Json.MAPPER;

  private ReportData() {}

  static String json(Report r) {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("organ").put("name", r.organ().name()).put("kind", r.organ().kind().key());
    ArrayNode path = o.putObject("region").putArray("path");
    r.region().path().forEach(path::add);
    if (r.region().code() != null) ((ObjectNode) o.get("region")).put("code", r.region().code());
    o.put("year", r.year());
    o.put("title", r.title());
    o.put("published", r.published() == null ? null : r.published().toString());
    if (r.tableA() != null) {
      ObjectNode a = o.putObject("table_a");
      for (ARow row : ARow.values()) {
        Row cells = r.tableA().rows().get(row);
        if (cells == null) a.putNull(row.key());
        else if (row.columns() == 1) a.put(row.key(), cells.get(0));
        else cells(a.putArray(row.key()), cells);
      }
      a.put("fees", r.tableA().fees());
    }
    if (r.tableB() != null) {
      ObjectNode b = o.putObject("table_b");
      for (BRow row : BRow.values()) {
        ObjectNode parent = b;
        String[] key = row.key().split("/");
        if (key.length == 2) parent = b.has(key[0]) ? (ObjectNode) b.get(key[0]) : b.putObject(key[0]);
        Row cells = r.tableB().rows().get(row);
        if (cells == null) parent.putNull(key[key.length - 1]);
        else cells(parent.putArray(key[key.length - 1]), cells);
      }
    }
    if (r.tableC() != null) {
      ObjectNode c = o.putObject("table_c");
      for (CRow row : CRow.values()) {
        Row cells = r.tableC().rows().get(row);
        if (cells == null) c.putNull(row.key());
        else cells(c.putArray(row.key()), cells);
      }
    }
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void cells(ArrayNode arr, Row row) {
    for (int i = 0; i < row.size(); i++) arr.add(row.get(i));
  }

  /** {@code 表,行,行名,列,数值} — an empty value is a number the original lacks. */
  static String csv(Report r) {
    StringBuilder b = new StringBuilder("表,行,行名,列,数值\r\n");
    if (r.tableA() != null) {
      for (ARow row : ARow.values()) {
        List<? extends FormLabel> cols = row.columns() == 3 ? ARow.DOCUMENT_COLUMNS : List.of(row);
        lines(b, "二", row.key(), row.zh(), cols, r.tableA().rows().get(row));
      }
      line(b, "二", "fees", ARow.FEES.zh(), "本年收费金额（万元）",
          r.tableA().fees() == null ? "" : r.tableA().fees().toPlainString());
    }
    if (r.tableB() != null) {
      for (BRow row : BRow.values()) {
        lines(b, "三", row.key(), row.zh(), List.of(BColumn.values()), r.tableB().rows().get(row));
      }
    }
    if (r.tableC() != null) {
      for (CRow row : CRow.values()) {
        lines(b, "四", row.key(), row.zh(), List.of(CColumn.values()), r.tableC().rows().get(row));
      }
    }
    return b.toString();
  }

  private static void lines(StringBuilder b, String table, String key, String label,
      List<? extends FormLabel> cols, Row row) {
    for (int i = 0; i < cols.size(); i++) {
      Long v = row == null ? null : row.get(i);
      line(b, table, key, label, cols.get(i).zh(), v == null ? "" : v.toString());
    }
  }

  private static void line(StringBuilder b, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) b.append(',');
      b.append(quote(fields[i]));
    }
    b.append("\r\n");
  }

  /** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
  static String quote(String s) {
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
