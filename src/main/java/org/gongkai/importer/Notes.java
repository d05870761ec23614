package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Message;

/** Collects the notes of one import in the order the readers make them; not thread-safe. */
final class Notes {
  private final List<Note> all = new ArrayList<>();

  void read(int line, String field, String key, Object... args) {
    add(Note.Kind.READ, line, field, key, args);
  }

  void guessed(int line, String field, String key, Object... args) {
    add(Note.Kind.GUESSED, line, field, key, args);
  }

  void unreadable(int line, String field, String key, Object... args) {
    add(Note.Kind.UNREADABLE, line, field, key, args);
  }

  void mismatch(int line, String field, String key, Object... args) {
    add(Note.Kind.MISMATCH, line, field, key, args);
  }

  private void add(Note.Kind kind, int line, String field, String key, Object[] args) {
    all.add(new Note(kind, Math.max(0, line), field, Message.of(key, args)));
  }

  List<Note> list() {
    return List.copyOf(all);
  }
}
