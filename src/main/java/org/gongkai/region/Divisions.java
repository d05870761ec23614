package org.gongkai.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.diag.Suggest;

/**
 * The national division list (统计用区划代码), province down to township, loaded from the
 * classpath resource that {@code scripts/refresh-divisions.sh} generates.
 *
 * <p>Immutable and thread-safe once {@link #load() loaded}. Loading parses some 45,000 lines, so
 * callers load once and keep the instance rather than the class caching it in a static field.
 */
public final class Divisions {
  private static final String EDITION = "2023";
  private static final String RESOURCE = "divisions-" + EDITION + ".tsv";
  private static final String SOURCE_HEADER = "# source: ";
  private static final int MAX_SEGMENT_SUGGESTIONS = 3;
  private static final String NATION = "";

  private final String source;
  private final Map<String, Place> byCode;
  private final Map<String, List<Place>> byName;
  // parent code (NATION for provinces) → child name → child, in code order
  private final Map<String, Map<String, Place>> children;

  private Divisions(
      String source,
      Map<String, Place> byCode,
      Map<String, List<Place>> byName,
      Map<String, Map<String, Place>> children) {
    this.source = source;
    this.byCode = byCode;
    this.byName = byName;
    this.children = children;
  }

  /**
   * Parses the bundled division list.
   *
   * @throws IllegalStateException if the resource is missing or malformed, which means a broken
   *     build rather than bad user input
   */
  public static Divisions load() {
    byte[] bytes;
    try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return parse(new String(bytes, StandardCharsets.UTF_8));
  }

  private static Divisions parse(String text) {
    String source = null;
    Map<String, Place> byCode = new HashMap<>(80_000);
    Map<String, List<Place>> byName = new HashMap<>(80_000);
    Map<String, Map<String, Place>> children = new HashMap<>(8_000);
    int lineNo = 0;
    for (int start = 0, end; start < text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      lineNo++;
      if (end == start) continue;
      if (text.charAt(start) == '#') {
        if (source == null && text.startsWith(SOURCE_HEADER, start)) {
          source = text.substring(start + SOURCE_HEADER.length(), end).strip();
        }
        continue;
      }
      int tab1 = text.indexOf('\t', start);
      int tab2 = tab1 < 0 || tab1 > end ? -1 : text.indexOf('\t', tab1 + 1);
      if (tab2 < 0 || tab2 > end) throw malformed(lineNo, "expected code, name and parent code");
      String code = text.substring(start, tab1);
      String name = text.substring(tab1 + 1, tab2);
      String parentCode = text.substring(tab2 + 1, end);
      Level level;
      try {
        level = Level.ofCode(code);
      } catch (IllegalArgumentException e) {
        throw malformed(lineNo, e.getMessage());
      }
      // The file is sorted by code and a parent's code is a prefix of its children's, so the
      // parent has always been read already.
      List<String> path;
      if (parentCode.isEmpty()) {
        path = List.of(name);
      } else {
        Place parent = byCode.get(parentCode);
        if (parent == null) {
          throw malformed(lineNo, "parent " + parentCode + " not seen before " + code);
        }
        String[] names = parent.path().toArray(new String[parent.path().size() + 1]);
        names[names.length - 1] = name;
        path = List.of(names);
      }
      Place place = new Place(code, name, level, path);
      if (byCode.putIfAbsent(code, place) != null) {
        throw malformed(lineNo, "duplicate code " + code);
      }

      // Most names are unique, so a name starts with an immutable one-element list and only
      // the few shared ones (城关镇 and the like) get a growable list, frozen below.
      List<Place> same = byName.putIfAbsent(name, List.of(place));
      if (same != null) {
        if (same.size() == 1) {
          same = new ArrayList<>(same);
          byName.put(name, same);
        }
        same.add(place);
      }

      String key = parentCode.isEmpty() ? NATION : parentCode;
      Map<String, Place> siblings = children.get(key);
      if (siblings == null) {
        siblings = new LinkedHashMap<>();
        children.put(key, siblings);
      }
      // Names are unique among siblings in the 2023 data; should a later edition repeat one, the
      // lower code wins, and find() still lists both.
      siblings.putIfAbsent(name, place);
    }
    if (source == null) {
      throw new IllegalStateException(RESOURCE + ": no '" + SOURCE_HEADER + "' header");
    }
    for (Map.Entry<String, List<Place>> e : byName.entrySet()) {
      if (e.getValue() instanceof ArrayList) e.setValue(List.copyOf(e.getValue()));
    }
    for (Map.Entry<String, Map<String, Place>> e : children.entrySet()) {
      e.setValue(Collections.unmodifiableMap(e.getValue()));
    }
    return new Divisions(
        source,
        Collections.unmodifiableMap(byCode),
        Collections.unmodifiableMap(byName),
        Collections.unmodifiableMap(children));
  }

  private static IllegalStateException malformed(int lineNo, String why) {
    return new IllegalStateException(RESOURCE + ":" + lineNo + ": " + why);
  }

  /** The edition of 统计用区划代码 this list is, as a year: "2023". */
  public String edition() {
    return EDITION;
  }

  /** One line naming where the list comes from, as the resource's header states it. */
  public String source() {
    return source;
  }

  /** How many places the list holds, at all levels. */
  public int size() {
    return byCode.size();
  }

  /** How many places are at {@code level}; for tests that pin the data's shape. */
  long count(Level level) {
    return byCode.values().stream().filter(p -> p.level() == level).count();
  }

  /** Every place, in no particular order; for tests that check the whole list. */
  Collection<Place> places() {
    return byCode.values();
  }

  /** Every place named exactly {@code name}, in code order; empty if there is none. */
  public List<Place> find(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The place with this code, if any. */
  public Optional<Place> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Walks {@code path} from the province down, each name looked up among the children of the
   * previous one. An empty path resolves to no place at all, which is how national organs are
   * written.
   */
  public Resolution resolve(List<String> path) {
    List<Place> matched = new ArrayList<>(path.size());
    String parent = NATION;
    for (int i = 0; i < path.size(); i++) {
      Map<String, Place> siblings = children.getOrDefault(parent, Map.of());
      Place place = siblings.get(path.get(i));
      if (place == null) {
        return new Resolution(matched, i, didYouMean(path.get(i), siblings.keySet()));
      }
      matched.add(place);
      parent = place.code();
    }
    return new Resolution(matched, -1, List.of());
  }

  private static List<String> didYouMean(String name, Set<String> siblings) {
    // Siblings iterate in code order and the sort is stable, so ties keep the official order.
    return nearest(name, siblings, (a, b) -> 0).stream().limit(MAX_SEGMENT_SUGGESTIONS).toList();
  }

  /**
   * Places whose name is near {@code name}: the same name but for its suffix (八里营 → 八里营镇),
   * names starting with or containing it, then names within a small edit distance; nearest first,
   * at most {@code limit}. Meant for when {@link #find} comes back empty.
   */
  public List<Place> suggest(String name, int limit) {
    if (limit <= 0) return List.of();
    // byName iterates in hash order; breaking ties by code makes the result the same on every
    // run and keeps equally near places in the official order.
    Comparator<String> byFirstCode = Comparator.comparing(n -> byName.get(n).get(0).code());
    List<Place> out = new ArrayList<>();
    for (String near : nearest(name, byName.keySet(), byFirstCode)) {
      for (Place p : byName.get(near)) {
        if (out.size() == limit) return List.copyOf(out);
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The candidates near {@code query} at all, nearest first, ties broken by {@code ties}. */
  private static List<String> nearest(
      String query, Collection<String> candidates, Comparator<String> ties) {
    if (query.isBlank() || candidates.isEmpty()) return List.of();
    Set<String> withinBudget =
        new HashSet<>(Suggest.closest(query, candidates, Integer.MAX_VALUE));
    record Ranked(String name, Closeness closeness) {}
    List<Ranked> ranked = new ArrayList<>();
    for (String candidate : candidates) {
      Closeness.of(query, candidate, withinBudget.contains(candidate))
          .ifPresent(c -> ranked.add(new Ranked(candidate, c)));
    }
    ranked.sort(
        Comparator.comparing(Ranked::closeness).thenComparing(Ranked::name, ties));
    return ranked.stream().map(Ranked::name).toList();
  }
}
