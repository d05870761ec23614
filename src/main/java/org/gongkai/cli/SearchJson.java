package org.gongkai.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongkai.search.Hit;
import org.gongkai.search.Results;

/**
 * The JSON document of a search, shared by {@code gongkai search --json} and the preview
 * server's {@code /api/search}: {@code {"query", "total", "hits": [{"organ", "region", "year",
 * "url", "score", "snippet"}]}}.
 */
final class SearchJson {
  private SearchJson() {}

  static ObjectNode of(Results r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("query", r.query().text());
    o.put("total", r.total());
    var hits = o.putArray("hits");
    for (Hit h : r.hits()) {
      ObjectNode x = hits.addObject();
      x.put("organ", h.organ());
      var region = x.putArray("region");
      h.region().forEach(region::add);
      x.put("year", h.year());
      x.put("url", h.url());
      x.put("score", h.score());
      x.put("snippet", h.snippet());
    }
    return o;
  }
}
