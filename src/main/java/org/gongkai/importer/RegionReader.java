package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Label;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;
import org.gongkai.region.Divisions;
import org.gongkai.region.Place;
import org.gongkai.region.Resolution;

/**
 * Where the organ sits. The title names the organ's own place; the division list gives every
 * place of that name. The text's other place names (title, signature, contact address, the
 * website it cites…) pick one; when none does and the list has exactly one, that one is
 * inferred and the draft says so in region.note; several are listed for the maintainer.
 */
final class RegionReader {
  private static final int LISTED = 8;

  private final Divisions divisions;

  RegionReader(Divisions divisions) {
    this.divisions = divisions;
  }

  RegionRead read(OrganRead organ, List<String> option, String text, Notes notes) {
    if (option != null) return given(option, notes);
    PlaceName own = organ.own();
    if (own == null) {
      notes.unreadable(0, "/region", "import.region.none");
      return RegionRead.unknown();
    }
    List<Place> candidates = divisions.find(own.official());
    if (candidates.isEmpty()) {
      notes.unreadable(0, "/region", "import.region.unknown", own.official());
      return RegionRead.unknown();
    }
    List<Place> named = new ArrayList<>();
    for (Place c : candidates) {
      boolean all = true;
      for (PlaceName p : organ.places()) if (!p.equals(own) && !c.path().contains(p.official())) all = false;
      if (all) named.add(c);
    }
    if (named.size() == 1 && organ.places().size() > 1) {
      return found(named.get(0), organ, Label.of(names(organ, own), names(organ, own)), notes);
    }
    if (named.isEmpty()) named = candidates;
    String folded = Fold.tight(text);
    List<Place> mentioned = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (Place c : named) {
      for (String ancestor : c.path().subList(0, c.path().size() - 1)) {
        if (mentions(folded, ancestor)) {
          mentioned.add(c);
          why.add(ancestor);
          break;
        }
      }
    }
    if (mentioned.size() == 1) {
      return found(mentioned.get(0), organ, Label.of(why.get(0), why.get(0)), notes);
    }
    if (named.size() == 1) {
      Place p = named.get(0);
      String note = Message.of("import.region.note.inferred", own.written(), String.join("", p.path()), divisions.edition())
          .format(Lang.ZH);
      notes.guessed(0, "/region", "import.region.inferred", own.official(), p.pathText(), divisions.edition());
      return new RegionRead(p.path(), p.code(), withVariants(note, organ));
    }
    List<String> listed = named.stream().limit(LISTED).map(p -> p.pathText() + " " + p.code()).toList();
    notes.unreadable(0, "/region", "import.region.ambiguous", own.official(), named.size(),
        Label.of(String.join("；", listed), String.join("; ", listed)));
    return RegionRead.unknown();
  }

  private RegionRead found(Place p, OrganRead organ, Label because, Notes notes) {
    notes.read(0, "/region", "import.region.read", p.pathText(), because);
    for (PlaceName v : organ.places()) {
      if (v.variant()) notes.guessed(0, "/region", "import.region.variant", v.written(), v.official());
    }
    return new RegionRead(p.path(), p.code(), withVariants(null, organ));
  }

  /** A name written with a variant character is worth a region.note: the path spells it otherwise. */
  private static String withVariants(String note, OrganRead organ) {
    StringBuilder b = new StringBuilder(note == null ? "" : note);
    for (PlaceName p : organ.places()) {
      if (!p.variant()) continue;
      b.append(Message.of("import.region.note.variant", p.written(), p.official()).format(Lang.ZH));
    }
    return b.length() == 0 ? null : b.toString();
  }

  private RegionRead given(List<String> option, Notes notes) {
    Resolution r = divisions.resolve(option);
    String text = String.join(" ", option);
    if (r.resolved() && r.place().isPresent()) {
      notes.read(0, "/region", "import.region.option", text);
      return new RegionRead(option, r.place().get().code(), null);
    }
    notes.unreadable(0, "/region", "import.region.option.unknown", text,
        Label.of(String.join("、", r.suggestions()), String.join(", ", r.suggestions())));
    return new RegionRead(option, null, null);
  }

  /**
   * Whether the text names the place in full. Stems do not count ("和政" is also the end of
   * "政府和政务…"), nor do two-character names other than counties ("城区" is also a word).
   */
  private static boolean mentions(String folded, String name) {
    if (name.length() < 3 && !name.endsWith("县")) return false;
    return folded.contains(name);
  }

  private static String names(OrganRead organ, PlaceName own) {
    List<String> out = new ArrayList<>();
    for (PlaceName p : organ.places()) if (!p.equals(own)) out.add(p.written());
    return String.join("", out);
  }
}
