package org.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's templates, each compiled once and shared by every thread. Autoescaping is on and
 * undefined variables are errors, so a typo in a template fails the build instead of printing
 * nothing.
 */
final class Templates {
  private final PebbleEngine engine;
  private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();
  /** Each thread renders its pages one after another into its own writer (no template renders another). */
  private final ThreadLocal<Utf8Writer> writers = ThreadLocal.withInitial(Utf8Writer::new);

  Templates(Theme theme) {
    PebbleEngine[] built = new PebbleEngine[1]; // the function renders the theme's cell template
    this.engine = new PebbleEngine.Builder()
        .loader(theme.templateLoader())
        .extension(new TableCells(() -> built[0]))
        .autoEscaping(true)
        .strictVariables(true)
        .newLineTrimming(true)
        .defaultLocale(Locale.SIMPLIFIED_CHINESE)
        .build();
    built[0] = engine;
  }

  /** Renders {@code name} (e.g. {@code report.peb}) with the given variables, as UTF-8. */
  byte[] render(String name, Map<String, Object> vars) {
    PebbleTemplate t = compiled.computeIfAbsent(name, engine::getTemplate);
    Utf8Writer w = writers.get();
    w.reset(); // of what a page that failed left
    try {
      t.evaluate(w, vars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PebbleException e) {
      throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
    }
    return w.take();
  }
}
