package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.diag.Lang;

/**
 * Places the notes a maintainer must act on — guesses, unreadable parts, disagreements — as
 * comments in the draft, above the key or table row they concern; a note about something the
 * draft does not hold goes to the nearest enclosing key, and notes about the whole text to the
 * source block. Plain "read" notes are printed by the command only, to keep the draft readable.
 */
final class NoteComments {
  private final Map<String, List<String>> bySlot = new LinkedHashMap<>();

  NoteComments(List<Note> notes, Set<String> slots) {
    for (Note n : notes) {
      if (n.kind() == Note.Kind.READ) continue;
      String slot = n.field();
      while (!slot.isEmpty() && !slots.contains(slot)) slot = slot.substring(0, Math.max(0, slot.lastIndexOf('/')));
      bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(n.kind().label(Lang.ZH) + "：" + n.format(Lang.ZH));
    }
  }

  /** Writes the comments for {@code slot}, each on its own line at {@code indent}. */
  void write(StringBuilder out, String slot, String indent) {
    for (String c : bySlot.getOrDefault(slot, List.of())) out.append(indent).append("# ").append(c).append('\n');
  }

  boolean has(String slot) {
    return bySlot.containsKey(slot);
  }
}
