package org.gongkai.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * A parser that refuses YAML aliases ({@code *name}). Reports have no use for them, and an
 * alias expanding into aliases is how a 1 KB "billion laughs" file eats gigabytes; refusing
 * them at the first one also gives the maintainer its exact position.
 */
final class NoAliasParser implements Parser {
  /** Thrown at the first alias, carrying its position. */
  static final class AliasFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Mark mark;

    AliasFound(Mark mark) {
      super("alias", null, false, false);
      this.mark = mark;
    }
  }

  private final Parser delegate;

  NoAliasParser(Parser delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    refuseAlias(delegate.peekEvent());
    return delegate.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return refuseAlias(delegate.peekEvent());
  }

  @Override
  public Event getEvent() {
    return refuseAlias(delegate.getEvent());
  }

  private static Event refuseAlias(Event e) {
    if (e instanceof AliasEvent) throw new AliasFound(e.getStartMark());
    return e;
  }
}
