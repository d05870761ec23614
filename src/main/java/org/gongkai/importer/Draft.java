package org.gongkai.importer;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;
import org.gongkai.model.Contact;
import org.gongkai.model.Period;
import org.gongkai.model.Signature;

/**
 * Everything read from one source text, ready to be written as a report file. Unknown values
 * are null; a table is null when the original has none.
 *
 * @param source the source file's name, for source.file
 * @param encoding how the source was decoded
 * @param waivers waivers a maintainer may want to add, suggested in comments only
 */
record Draft(
    String source,
    String encoding,
    OrganRead organ,
    RegionRead region,
    Integer year,
    String title,
    LocalDate published,
    Period period,
    String intro,
    String overview,
    String problems,
    String otherMatters,
    TableRead<AItem> tableA,
    TableRead<BRow> tableB,
    TableRead<CRow> tableC,
    Signature signature,
    Contact contact,
    List<Hint> waivers,
    List<Note> notes) {

  /** A waiver the maintainer may decide to add: the rule and a reason drawn from the notes. */
  record Hint(String rule, String reason) {}

  Draft {
    waivers = List.copyOf(waivers);
    notes = List.copyOf(notes);
  }
}
