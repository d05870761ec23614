package org.gongkai.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A finding's text as a key into {@code messages_*.properties} plus its arguments, so the same
 * finding prints in Chinese or English. Arguments that are {@link Label}s are worded in the
 * message's language.
 */
public record Message(String key, List<Object> args) {
  public Message {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  /** The message in the given language; a missing key is a bug and fails loudly. */
  public String format(Lang lang) {
    ResourceBundle bundle = Bundles.of(lang);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' for " + lang, e);
    }
    Object[] resolved = args.stream().map(a -> a instanceof Label l ? l.in(lang) : a).toArray();
    return String.format(Locale.ROOT, pattern, resolved);
  }

  /** The two bundles, loaded once: ResourceBundle caches them itself. */
  private static final class Bundles {
    static ResourceBundle of(Lang lang) {
      // No fallback to the JVM's default locale: --lang alone decides the language.
      return ResourceBundle.getBundle(
          "org.gongkai.diag.messages",
          lang == Lang.ZH ? Locale.CHINESE : Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
  }
}
