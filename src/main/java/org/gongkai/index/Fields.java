package org.gongkai.index;

import java.util.List;

/**
 * The fields of the search index and how much a match in each counts. A match in the organ's
 * name counts most, so searching 金斗营镇 ranks 金斗营镇人民政府's own reports above reports that
 * merely mention the town.
 */
public final class Fields {
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String ORGAN = "organ";
  public static final String REGION = "region";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String YEAR = "year";
  public static final String PUBLISHED = "published";
  /** One untokenised value per level of the region path ({@code 河南省}, {@code 河南省/安阳市}, …), for filters. */
  public static final String REGION_PREFIX = "region_prefix";
  /** Each name of the region path on its own, so a filter may name any level: {@code 滑县}. */
  public static final String REGION_NAME = "region_name";

  /** Searched fields with their boosts, in the order scores are summed (the browser sums alike). */
  public record Weighted(String field, float boost) {}

  public static final List<Weighted> SEARCHED = List.of(
      new Weighted(ORGAN, 8f), new Weighted(REGION, 3f), new Weighted(TITLE, 2f), new Weighted(BODY, 1f));

  private Fields() {}
}
