package org.gongkai.serve;

import java.util.Locale;

/** Content types of the files a site holds. */
final class ContentTypes {
  private ContentTypes() {}

  static String of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html" -> "text/html; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "json" -> "application/json; charset=utf-8";
      case "xml" -> "application/xml; charset=utf-8";
      case "csv" -> "text/csv; charset=utf-8";
      case "yaml", "yml", "txt" -> "text/plain; charset=utf-8";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "ico" -> "image/x-icon";
      default -> "application/octet-stream";
    };
  }
}
