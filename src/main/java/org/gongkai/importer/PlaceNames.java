package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.region.Divisions;
import org.gongkai.region.Place;

/**
 * Splits a name such as "郟县安良镇人民政府" into the places at its start (郟县, 安良镇) and the
 * rest (人民政府), using the division list. A place spelt with one variant character (the
 * traditional 郟 for 郏) is recognised when that character lies next to the official one in
 * Unicode, as variant forms of a CJK character usually do.
 */
final class PlaceNames {
  private static final String SUFFIXES = "省市县区旗盟州镇乡道木";
  private static final int LONGEST = 12;
  private static final int LONGEST_VARIANT = 6;
  private static final int VARIANT_GAP = 32;

  /** The places found at the start of a name and what follows them. */
  record Split(List<PlaceName> places, String rest) {
    Split {
      places = List.copyOf(places);
    }
  }

  private final Divisions divisions;

  PlaceNames(Divisions divisions) {
    this.divisions = divisions;
  }

  Split split(String name) {
    List<PlaceName> places = new ArrayList<>();
    int at = 0;
    while (at < name.length()) {
      PlaceName found = longest(name, at);
      // Variants cost a search of the whole list, so only where no exact name starts here.
      if (found == null) found = shortestVariant(name, at);
      if (found == null) break;
      places.add(found);
      at += found.written().length();
    }
    return new Split(places, name.substring(at));
  }

  /** The longest exact place name starting at {@code at}. */
  private PlaceName longest(String name, int at) {
    for (int e = Math.min(name.length(), at + LONGEST); e >= at + 2; e--) {
      String candidate = name.substring(at, e);
      if (!divisions.find(candidate).isEmpty()) return new PlaceName(candidate, candidate);
    }
    return null;
  }

  /** The shortest variant place name starting at {@code at}: each try searches the whole list. */
  private PlaceName shortestVariant(String name, int at) {
    for (int e = at + 2; e <= Math.min(name.length(), at + LONGEST_VARIANT); e++) {
      PlaceName p = variant(name.substring(at, e));
      if (p != null) return p;
    }
    return null;
  }

  /** The name as a one-character variant of a place in the division list, or null. */
  private PlaceName variant(String candidate) {
    if (SUFFIXES.indexOf(candidate.charAt(candidate.length() - 1)) < 0) return null;
    for (Place p : divisions.suggest(candidate, 3)) {
      if (oneVariant(candidate, p.name())) return new PlaceName(candidate, p.name());
    }
    return null;
  }

  private static boolean oneVariant(String a, String b) {
    if (a.length() != b.length()) return false;
    int differ = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) == b.charAt(i)) continue;
      if (++differ > 1 || Math.abs(a.charAt(i) - b.charAt(i)) > VARIANT_GAP) return false;
    }
    return differ == 1;
  }
}
