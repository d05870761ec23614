package org.gongkai.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /**
   * Written straight through Jackson's generator, with the indentation the mapper uses: building
   * a tree of nodes first was, at 10,000 reports, a sixth of the report pages' time.
   */
  static byte[] json(Report r) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(4 * 1024);
    try (JsonGenerator g = JSON.getFactory().createGenerator(b)) {
      g.useDefaultPrettyPrinter(); // what the mapper indents with
      g.writeStartObject();
      g.writeObjectFieldStart("organ");
      g.writeStringField("name", r.organ().name());
      g.writeStringField("kind", r.organ().kind().key());
      g.writeEndObject();
      g.writeObjectFieldStart("region");
      g.writeArrayFieldStart("path");
      for (String p : r.region().path()) g.writeString(p);
      g.writeEndArray();
      if (r.region().code() != null) g.writeStringField("code", r.region().code());
      g.writeEndObject();
      g.writeNumberField("year", r.year());
      g.writeStringField("title", r.title());
      g.writeStringField("published", r.published() == null ? null : r.published().toString());
      if (r.tableA() != null) {
        g.writeObjectFieldStart("table_a");
        for (ARow row : ARow.values()) {
          Row cells = r.tableA().rows().get(row);
          g.writeFieldName(row.key());
          if (cells != null && row.columns() == 1) number(g, cells.get(0));
          else cells(g, cells);
        }
        g.writeFieldName("fees");
        if (r.tableA().fees() == null) g.writeNull();
        else g.writeNumber(r.tableA().fees());
        g.writeEndObject();
      }
      if (r.tableB() != null) {
        g.writeObjectFieldStart("table_b");
        String group = null; // rows "denied/…" and the like are nested, and come together
        for (BRow row : BRow.values()) {
          int slash = row.key().indexOf('/');
          String in = slash < 0 ? null : row.key().substring(0, slash);
          if (group != null && !group.equals(in)) g.writeEndObject();
          if (in != null && !in.equals(group)) g.writeObjectFieldStart(in);
          group = in;
          g.writeFieldName(row.key().substring(slash + 1));
          cells(g, r.tableB().rows().get(row));
        }
        if (group != null) g.writeEndObject();
        g.writeEndObject();
      }
      if (r.tableC() != null) {
        g.writeObjectFieldStart("table_c");
        for (CRow row : CRow.values()) {
          g.writeFieldName(row.key());
          cells(g, r.tableC().rows().get(row));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    b.write('\n');
    return b.toByteArray();
  }

  /** A row's cells as a list, or null for a row the report leaves out. */
  private static void cells(JsonGenerator g, Row row) throws IOException {
    if (row == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (int i = 0; i < row.size(); i++) number(g, row.get(i));
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, Long v) throws IOException {
    if (v == null) g.writeNull();
    else g.writeNumber(v);
  }

  /** {@code 表,行,行名,列,数值} — an empty value is a number the original lacks. */
  static byte[] csv(Report r) {
    Utf8Writer b = new Utf8Writer(20 * 1024);
    b.raw(CSV_HEAD);
    if (r.tableA() != null) {
      cells(b, TABLE_A, r.tableA().rows());
      line(b, FEES, r.tableA().fees() == null ? "" : r.tableA().fees().toPlainString());
    }
    if (r.tableB() != null) cells(b, TABLE_B, r.tableB().rows());
    if (r.tableC() != null) cells(b, TABLE_C, r.tableC().rows());
    return b.take();
  }

  /**
   * One line of the CSV up to its value: the table, row and column fields, quoted and encoded
   * once, since every report repeats them (they are most of the file's bytes).
   */
  private record LineStart(Enum<?> row, int column, byte[] utf8) {}

  private static final byte[] CSV_HEAD = "表,行,行名,列,数值\r\n".getBytes(StandardCharsets.UTF_8);
  private static final List<LineStart> TABLE_A = starts("二", ARow.values(), ARow::key,
      row -> row.columns() == 3 ? ARow.DOCUMENT_COLUMNS : List.of(row));
  private static final byte[] FEES = start("二", "fees", ARow.FEES.zh(), "本年收费金额（万元）");
  private static final List<LineStart> TABLE_B = starts("三", BRow.values(), BRow::key, row -> List.of(BColumn.values()));
  private static final List<LineStart> TABLE_C = starts("四", CRow.values(), CRow::key, row -> List.of(CColumn.values()));

  private static <R extends Enum<R> & FormLabel> List<LineStart> starts(String table, R[] rows,
      Function<R, String> key, Function<R, List<? extends FormLabel>> columns) {
    List<LineStart> out = new ArrayList<>();
    for (R row : rows) {
      List<? extends FormLabel> cols = columns.apply(row);
      for (int i = 0; i < cols.size(); i++) out.add(new LineStart(row, i, start(table, key.apply(row), row.zh(), cols.get(i).zh())));
    }
    return List.copyOf(out);
  }

  private static byte[] start(String... fields) {
    StringBuilder b = new StringBuilder();
    for (String f : fields) b.append(quote(f)).append(',');
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void cells(Utf8Writer b, List<LineStart> lines, Map<?, Row> rows) {
    for (LineStart l : lines) {
      Row row = rows.get(l.row());
      Long v = row == null ? null : row.get(l.column());
      line(b, l.utf8(), v == null ? "" : v.toString());
    }
  }

  private static void line(Utf8Writer b, byte[] start, String value) {
    b.raw(start);
    b.write(quote(value));
    b.write("\r\n");
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
