package org.gongkai.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON writer of the site's data files. It escapes {@code <}, {@code >} and {@code &}, so a
 * name from content can never close a {@code <script>} should a publisher inline a file.
 */
final class Json {
  static final ObjectMapper MAPPER = mapper();
  /** Without indentation: for the archive-wide files, tens of megabytes at 100,000 reports. */
  static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
      MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    m.getFactory().setCharacterEscapes(new HtmlSafe());
    return m;
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    HtmlSafe() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
