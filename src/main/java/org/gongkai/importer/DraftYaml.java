package org.gongkai.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;
import org.gongkai.model.Contact;

/**
 * A draft as a report file, laid out like the hand-written ones: the schema line first, keys in
 * the same order, prose as block scalars with the section as a comment, tables one row per
 * line. What is unknown is written {@code ~}, so {@code check} points at it.
 */
final class DraftYaml {
  private DraftYaml() {}

  /** @param schema the schema's path relative to the draft's folder */
  static String write(Draft d, String schema) {
    StringBuilder out = new StringBuilder();
    NoteComments notes = new NoteComments(d.notes(), slots(d));
    out.append("# yaml-language-server: $schema=").append(schema).append('\n');
    notes.write(out, "/organ", "");
    out.append("organ:\n");
    out.append("  name: ").append(d.organ().name() == null ? "~" : Scalars.text(d.organ().name())).append('\n');
    out.append("  kind: ").append(d.organ().kind() == null ? "~" : d.organ().kind().key()).append('\n');
    notes.write(out, "/region", "");
    out.append("region:\n");
    RegionRead r = d.region();
    out.append("  path: ").append(r.path() == null ? "~" : flowList(r.path())).append('\n');
    if (r.code() != null) out.append("  code: \"").append(r.code()).append("\"\n");
    if (r.note() != null) out.append("  note: ").append(Scalars.text(r.note())).append('\n');
    notes.write(out, "/year", "");
    out.append("year: ").append(d.year() == null ? "~" : d.year().toString()).append('\n');
    notes.write(out, "/title", "");
    out.append("title: ").append(d.title() == null ? "~" : Scalars.text(d.title())).append('\n');
    if (d.published() != null) {
      notes.write(out, "/published", "");
      out.append("published: ").append(d.published()).append('\n');
    }
    if (d.period() != null) {
      notes.write(out, "/period", "");
      out.append("period: {from: ").append(d.period().from()).append(", to: ").append(d.period().to()).append("}\n");
    }
    prose(out, "intro", null, d.intro(), notes);
    prose(out, "overview", Section.OVERVIEW, d.overview(), notes);
    out.append('\n');
    notes.write(out, "/table_a", "");
    if (d.tableA() != null) TableYaml.tableA(out, d.tableA(), notes);
    else out.append("# ").append(Section.TABLE_A.heading()).append("：原文缺失\n");
    out.append('\n');
    notes.write(out, "/table_b", "");
    if (d.tableB() != null) TableYaml.tableB(out, d.tableB(), notes);
    else out.append("# ").append(Section.TABLE_B.heading()).append("：原文缺失\n");
    out.append('\n');
    notes.write(out, "/table_c", "");
    if (d.tableC() != null) TableYaml.tableC(out, d.tableC(), notes);
    else out.append("# ").append(Section.TABLE_C.heading()).append("：原文缺失\n");
    prose(out, "problems", Section.PROBLEMS, d.problems(), notes);
    prose(out, "other_matters", Section.OTHER, d.otherMatters(), notes);
    closing(out, d, notes);
    out.append('\n');
    out.append("source:\n");
    out.append("  file: ").append(Scalars.text(d.source())).append('\n');
    out.append("  # ").append(Message.of("import.draft.by", d.encoding()).format(Lang.ZH)).append('\n');
    notes.write(out, "", "  ");
    waivers(out, d.waivers());
    return out.toString();
  }

  /** Where notes can stand: the keys and table rows this draft writes. */
  private static Set<String> slots(Draft d) {
    Set<String> s = new HashSet<>(List.of("/organ", "/region", "/year", "/title", "/table_a", "/table_b", "/table_c"));
    if (d.published() != null) s.add("/published");
    if (d.period() != null) s.add("/period");
    if (d.intro() != null) s.add("/intro");
    if (d.overview() != null) s.add("/overview");
    if (d.problems() != null) s.add("/problems");
    if (d.otherMatters() != null) s.add("/other_matters");
    if (d.signature() != null) s.add("/signature");
    if (d.contact() != null) s.add("/contact");
    if (d.tableA() != null) for (AItem a : d.tableA().rows().keySet()) s.add(a.pointer());
    if (d.tableB() != null) d.tableB().rows().keySet().forEach(b -> s.add(b.pointer()));
    if (d.tableC() != null) d.tableC().rows().keySet().forEach(c -> s.add(c.pointer()));
    return s;
  }

  private static void prose(StringBuilder out, String key, Section section, String text, NoteComments notes) {
    if (text == null) return;
    out.append('\n');
    notes.write(out, "/" + key, "");
    out.append(key).append(": |");
    if (section != null) out.append("   # ").append(section.heading());
    out.append('\n');
    // The Markdown has one blank line between paragraphs; inside the block those lines stay empty.
    for (String line : text.strip().split("\n", -1)) {
      if (line.isEmpty()) out.append('\n');
      else out.append("  ").append(line).append('\n');
    }
  }

  private static void closing(StringBuilder out, Draft d, NoteComments notes) {
    if (d.signature() == null && d.contact() == null) return;
    out.append('\n');
    if (d.signature() != null) {
      notes.write(out, "/signature", "");
      out.append("signature: {");
      if (d.signature().name() != null) out.append("name: ").append(Scalars.flow(d.signature().name()));
      if (d.signature().name() != null && d.signature().date() != null) out.append(", ");
      if (d.signature().date() != null) out.append("date: ").append(d.signature().date());
      out.append("}\n");
    }
    Contact c = d.contact();
    if (c == null) return;
    notes.write(out, "/contact", "");
    out.append("contact:\n");
    field(out, "office", c.office());
    field(out, "phone", c.phone());
    field(out, "fax", c.fax());
    field(out, "email", c.email());
    field(out, "address", c.address());
    if (c.postcode() != null) out.append("  postcode: \"").append(c.postcode().replace("\"", "")).append("\"\n");
  }

  private static void field(StringBuilder out, String key, String value) {
    if (value != null) out.append("  ").append(key).append(": ").append(Scalars.text(value)).append('\n');
  }

  private static void waivers(StringBuilder out, List<Draft.Hint> hints) {
    if (hints.isEmpty()) return;
    out.append('\n');
    out.append("# ").append(Message.of("import.waiver.hint").format(Lang.ZH)).append('\n');
    out.append("# waivers:\n");
    for (Draft.Hint h : hints) {
      out.append("#   - rule: ").append(h.rule()).append('\n');
      out.append("#     reason: ").append(h.reason()).append('\n');
    }
  }

  private static String flowList(List<String> items) {
    return "[" + String.join(", ", items.stream().map(Scalars::flow).toList()) + "]";
  }
}
