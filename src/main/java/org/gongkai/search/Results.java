package org.gongkai.search;

import java.util.List;

/** The answer to a query: how many reports match in all, and the requested page of them. */
public record Results(Query query, long total, List<Hit> hits) {
  public Results {
    hits = List.copyOf(hits);
  }
}
