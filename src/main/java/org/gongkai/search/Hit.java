package org.gongkai.search;

import java.util.List;

/**
 * One search result.
 *
 * @param url the report page's folder below the site root, ending in '/'
 * @param snippet the best-matching passage as HTML: text escaped, matches in {@code <mark>}
 */
public record Hit(String organ, List<String> region, int year, String url, float score, String snippet) {
  public Hit {
    region = List.copyOf(region);
  }
}
