package org.gongkai.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.BRow;
import org.gongkai.model.CRow;
import org.gongkai.model.OrganPaths;
import org.gongkai.model.Region;
import org.gongkai.region.Divisions;

/**
 * Reads the text of a published report — copied out of a PDF or Word file, in UTF-8 or GBK —
 * into a draft report file: organ, region, year, title, the six sections with their
 * sub-headings, tables A, B and C, the signature and the contact block. Numbers are never
 * invented and the original's arithmetic is never corrected; what cannot be read is left
 * missing and noted with its line.
 *
 * <pre>{@code
 * Importer importer = Importer.builder().divisions(Divisions.load()).build();
 * ImportResult r = importer.read(Files.readAllBytes(file), file.getFileName().toString());
 * DraftFile.write(Path.of("content"), r, false);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance can read many files at once.
 */
public final class Importer {
  private static final String SCHEMA = "schema/report.schema.json";

  private final List<String> region;
  private final Integer year;
  private final OrganReader organs;
  private final RegionReader regions;

  private Importer(Builder b) {
    this.region = b.region;
    this.year = b.year;
    PlaceNames places = new PlaceNames(b.divisions);
    this.organs = new OrganReader(places);
    this.regions = new RegionReader(b.divisions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads one source file; {@code name} is its file name, recorded as source.file. */
  public ImportResult read(byte[] bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Notes notes = new Notes();
    Decoder.Decoded decoded = Decoder.decode(bytes);
    notes.read(0, "", "import.encoding", decoded.encoding());
    if (decoded.replaced() > 0) notes.unreadable(0, "", "import.encoding.replaced", decoded.replaced());
    List<Line> lines = Unflattener.apply(SourceLines.split(decoded.text(), notes), notes);
    if (lines.stream().allMatch(Line::blank)) notes.unreadable(0, "", "import.empty");

    Sections.Split split = Sections.split(lines, notes);
    FrontMatter.Front front = FrontMatter.read(split.front(), notes);
    Map<Section, List<Line>> bodies = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      if (split.part(s) != null) bodies.put(s, PageFurniture.strip(split.part(s).body(), front.title(), notes));
    }
    Section last = bodies.containsKey(Section.OTHER) ? Section.OTHER
        : bodies.containsKey(Section.PROBLEMS) ? Section.PROBLEMS : null;
    Closing.Read closing = Closing.read(last == null ? List.of() : bodies.get(last), notes);
    if (last != null) bodies.put(last, closing.rest());
    List<Line> intro = PageFurniture.strip(front.intro(), front.title(), notes);
    List<Line> prose = new ArrayList<>(intro);
    for (Section s : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER)) prose.addAll(bodies.getOrDefault(s, List.of()));
    Map<String, String> contact = new LinkedHashMap<>(closing.contact());
    Contacts.inline(prose, contact, notes);

    OrganRead organ = organs.read(front.title(), front.titleLine(), closing.signature(), closing.signatureLine(), notes);
    YearReader.Read years = YearReader.read(front.title(), front.titleLine(), year,
        bodies.getOrDefault(Section.OVERVIEW, List.of()), prose, notes);
    RegionRead where = regions.read(organ, region, text(lines), notes);

    TableRead<AItem> a = TableSummary.read(split, Section.TABLE_A, bodies.get(Section.TABLE_A), TableAReader::read,
        List.of(AItem.values()).subList(0, AItem.FEES.ordinal() + 1), Target::label, notes);
    TableRead<BRow> b = TableSummary.read(split, Section.TABLE_B, bodies.get(Section.TABLE_B), TableBReader::read,
        List.of(BRow.values()), Target::label, notes);
    TableRead<CRow> c = TableSummary.read(split, Section.TABLE_C, bodies.get(Section.TABLE_C), TableCReader::read,
        List.of(CRow.values()), Target::label, notes);
    CrossCheck.run(prose, a, b, notes);

    String introText = ProseText.of(intro, "/intro", notes);
    String overview = ProseText.of(bodies.getOrDefault(Section.OVERVIEW, List.of()), "/overview", notes);
    String problems = ProseText.of(bodies.getOrDefault(Section.PROBLEMS, List.of()), "/problems", notes);
    String other = ProseText.of(bodies.getOrDefault(Section.OTHER, List.of()), "/other_matters", notes);
    String path = path(organ, where, years.year(), name);
    if (path.startsWith(ImportResult.UNPLACED + "/")) notes.unreadable(0, "", "import.unplaced", path);
    Draft draft = new Draft(fileName(name), decoded.encoding(), organ, where, years.year(), front.title(),
        front.published(), years.period(), introText, overview, problems, other, a, b, c,
        closing.signature(), Contacts.of(contact),
        WaiverHints.of(a, b, c, years.year(), bodyYear(bodies.get(Section.OVERVIEW))), notes.list());
    return new ImportResult(fileName(name), decoded.encoding(), path, DraftYaml.write(draft, schema(path)), notes.list());
  }

  /** {@code <region path>/<organ>/<year>.yaml}, or a file under {@link ImportResult#UNPLACED}. */
  private static String path(OrganRead organ, RegionRead where, Integer year, String name) {
    if (organ.name() == null || where.path() == null || year == null) {
      return ImportResult.UNPLACED + "/" + OrganPaths.safeSegment(stem(name)) + ".yaml";
    }
    return OrganPaths.file(new Region(where.path(), where.code(), where.note()), organ.name(), year);
  }

  /** The schema's path from the draft's folder, as the loader expects it (content root's sibling). */
  private static String schema(String path) {
    int depth = path.split("/").length; // folders below the root, plus the root itself
    return "../".repeat(depth) + SCHEMA;
  }

  private static Integer bodyYear(List<Line> overview) {
    if (overview == null) return null;
    for (Line l : overview) {
      if (l.blank()) continue;
      String f = Fold.wide(l.text());
      int end = f.indexOf('。');
      Dates.Year y = Dates.year(end < 0 ? f : f.substring(0, end));
      return y == null ? null : y.year();
    }
    return null;
  }

  private static String text(List<Line> lines) {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) b.append(l.text()).append('\n');
    return b.toString();
  }

  private static String fileName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  private static String stem(String name) {
    String f = fileName(name);
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  /** Configures an {@link Importer}. */
  public static final class Builder {
    private Divisions divisions;
    private List<String> region;
    private Integer year;

    /** The division list, to place organs (required). */
    public Builder divisions(Divisions divisions) {
      this.divisions = Objects.requireNonNull(divisions, "divisions");
      return this;
    }

    /** The region path to use instead of finding one ({@code --region 省/市/县/…}). */
    public Builder region(List<String> region) {
      this.region = region == null ? null : List.copyOf(region);
      return this;
    }

    /** The year to use instead of the title's ({@code --year}). */
    public Builder year(Integer year) {
      this.year = year;
      return this;
    }

    public Importer build() {
      Objects.requireNonNull(divisions, "divisions");
      return new Importer(this);
    }
  }
}
