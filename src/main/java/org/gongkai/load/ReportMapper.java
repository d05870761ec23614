package org.gongkai.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.model.ARow;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;
import org.gongkai.model.Contact;
import org.gongkai.model.Organ;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Period;
import org.gongkai.model.Prose;
import org.gongkai.model.Region;
import org.gongkai.model.Report;
import org.gongkai.model.Row;
import org.gongkai.model.Signature;
import org.gongkai.model.Source;
import org.gongkai.model.TableA;
import org.gongkai.model.TableB;
import org.gongkai.model.TableC;
import org.gongkai.model.Waiver;

/** A schema-valid tree → {@link Report}. Only runs after {@link SchemaCheck} passed. */
final class ReportMapper {
  /** A date that matched the schema's pattern but is not in the calendar (2023-02-30). */
  static final class BadDate extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;

    BadDate(String pointer) {
      super(pointer, null, false, false);
      this.pointer = pointer;
    }
  }

  private ReportMapper() {}

  static Report map(JsonNode r, String file) {
    return new Report(
        file,
        new Organ(r.at("/organ/name").asText(), OrganKind.fromKey(r.at("/organ/kind").asText())),
        new Region(strings(r.at("/region/path")), text(r, "/region/code"), text(r, "/region/note")),
        r.get("year").asInt(),
        r.get("title").asText(),
        date(r, "/published"),
        r.has("period") ? new Period(date(r, "/period/from"), date(r, "/period/to")) : null,
        new Prose(text(r, "/intro"), text(r, "/overview"), text(r, "/problems"), text(r, "/other_matters")),
        r.has("table_a") ? tableA(r.get("table_a")) : null,
        r.has("table_b") ? new TableB(rows(r.get("table_b"), BRow.values(), BRow::key)) : null,
        r.has("table_c") ? new TableC(rows(r.get("table_c"), CRow.values(), CRow::key)) : null,
        r.has("signature") ? new Signature(text(r, "/signature/name"), date(r, "/signature/date")) : null,
        r.has("contact")
            ? new Contact(text(r, "/contact/office"), text(r, "/contact/phone"), text(r, "/contact/fax"),
                text(r, "/contact/email"), text(r, "/contact/address"), text(r, "/contact/postcode"))
            : null,
        r.has("source") ? new Source(text(r, "/source/url"), text(r, "/source/file"), text(r, "/source/note")) : null,
        strings(r.path("members")),
        waivers(r.path("waivers")));
  }

  private static TableA tableA(JsonNode t) {
    Map<ARow, Row> rows = new EnumMap<>(ARow.class);
    for (ARow a : ARow.values()) {
      JsonNode n = t.get(a.key());
      if (n == null) continue;
      rows.put(a, n.isArray() ? row(n) : Row.of(n.isNull() ? null : n.longValue()));
    }
    JsonNode fee = t.get("fees");
    BigDecimal fees = fee == null || fee.isNull() ? null : fee.decimalValue();
    return new TableA(rows, fees);
  }

  private static <R extends Enum<R>> Map<R, Row> rows(JsonNode table, R[] all, Function<R, String> key) {
    Map<R, Row> rows = new java.util.LinkedHashMap<>();
    for (R r : all) {
      JsonNode n = table.at("/" + key.apply(r));
      if (n.isArray()) rows.put(r, row(n));
    }
    return rows;
  }

  private static Row row(JsonNode arr) {
    List<Long> cells = new ArrayList<>(arr.size());
    arr.forEach(c -> cells.add(c.isNull() ? null : c.longValue()));
    return new Row(cells);
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Waiver> waivers(JsonNode arr) {
    List<Waiver> out = new ArrayList<>();
    arr.forEach(w -> out.add(new Waiver(w.get("rule").asText(), w.get("reason").asText())));
    return out;
  }

  private static String text(JsonNode r, String pointer) {
    JsonNode n = r.at(pointer);
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static LocalDate date(JsonNode r, String pointer) {
    String s = text(r, pointer);
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadDate(pointer);
    }
  }
}
