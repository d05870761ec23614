package org.gongkai.region;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of walking a region path down the division list.
 *
 * @param matched the places resolved from the start of the path, in path order
 * @param unknownIndex the index of the first name not found under its parent, or -1 if the whole
 *     path resolved
 * @param suggestions "did you mean" names for the unknown segment, best first, at most 3; empty
 *     when the path resolved or nothing is close
 */
public record Resolution(List<Place> matched, int unknownIndex, List<String> suggestions) {
  public Resolution {
    matched = List.copyOf(matched);
    suggestions = List.copyOf(suggestions);
  }

  /** Whether every name in the path was found; an empty path (national organs) resolves. */
  public boolean resolved() {
    return unknownIndex < 0;
  }

  /** The place the path names: the last matched place, if the path resolved and is not empty. */
  public Optional<Place> place() {
    return resolved() && !matched.isEmpty()
        ? Optional.of(matched.get(matched.size() - 1))
        : Optional.empty();
  }
}
