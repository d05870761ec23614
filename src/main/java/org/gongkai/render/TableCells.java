package org.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The templates' {@code tableCells(row)} and {@code tableCells(row, 3)}: the {@code <td>}s of one
 * row of a form table, each from the theme's {@code partials/cell.peb}. A report page has some 250
 * cells and a Pebble macro call per cell was a quarter of its rendering; the numbers repeat
 * (mostly small ones), so each distinct (cell, colspan) is rendered once per build and reused.
 */
final class TableCells extends AbstractExtension implements Function {
  static final String TEMPLATE = "partials/cell.peb";
  /** Distinct cells kept; past that (a corpus of very varied numbers) cells are rendered each time. */
  private static final int MAX_CACHED = 20_000;

  private record Key(String text, boolean missing, int colspan) {}

  private final Supplier<PebbleEngine> engine;
  private final Map<Key, String> rendered = new ConcurrentHashMap<>();

  TableCells(Supplier<PebbleEngine> engine) {
    this.engine = engine;
  }

  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("tableCells", this);
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of("row", "colspan");
  }

  @Override
  public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
    if (!(args.get("row") instanceof List<?> row)) {
      throw new IllegalArgumentException(self.getName() + ":" + line + ": tableCells(row) needs a row of cells");
    }
    int colspan = args.get("colspan") instanceof Number n ? n.intValue() : 1;
    StringBuilder out = new StringBuilder(row.size() * 16);
    for (Object c : row) {
      Views.Cell cell = (Views.Cell) c;
      Key key = new Key(cell.text(), cell.missing(), colspan);
      String html = rendered.get(key);
      if (html == null) {
        html = render(cell, colspan);
        if (rendered.size() < MAX_CACHED) rendered.putIfAbsent(key, html);
      }
      out.append(html);
    }
    return new SafeString(out.toString());
  }

  private String render(Views.Cell cell, int colspan) {
    StringWriter w = new StringWriter(64);
    try {
      engine.get().getTemplate(TEMPLATE).evaluate(w, Map.of("cell", cell, "colspan", colspan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
