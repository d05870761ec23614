package org.gongkai.serve;

import java.nio.charset.StandardCharsets;

/**
 * The preview's live reload: a script the server adds to every HTML page it serves (never to
 * the built files), which listens for rebuilds and reloads the page. A file, not inline code,
 * so pages keep working under {@code default-src 'self'}.
 */
final class ReloadScript {
  static final byte[] BYTES = (
      "// Gongkai preview: reload this page after each rebuild.\n"
          + "(function () {\n"
          + "  if (!window.EventSource) return;\n"
          + "  var events = new EventSource('" + PreviewServer.EVENTS + "');\n"
          + "  events.addEventListener('reload', function () { window.location.reload(); });\n"
          + "})();\n").getBytes(StandardCharsets.UTF_8);

  private static final byte[] TAG =
      ("<script src=\"" + PreviewServer.RELOAD_SCRIPT + "\" defer></script>").getBytes(StandardCharsets.UTF_8);

  private ReloadScript() {}

  /** The page with the reload script before {@code </body>} (or at the end). */
  static byte[] inject(byte[] html) {
    String s = new String(html, StandardCharsets.UTF_8);
    int at = s.lastIndexOf("</body>");
    String tag = new String(TAG, StandardCharsets.UTF_8);
    String out = at < 0 ? s + tag : s.substring(0, at) + tag + s.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }
}
