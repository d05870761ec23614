package org.gongkai.model;

/**
 * What the search page and the search index it reads must agree on before either is written:
 * the number of term-dictionary shards follows from the number of reports alone, so the page,
 * rendered beside indexing, can name it, and the browser fetches a query's shards while it
 * fetches the index's statistics instead of after.
 */
public final class SearchLayout {
  /** Reports per shard by default: about 4 KB of dictionary each at 100,000 reports. */
  public static final int REPORTS_PER_SHARD = 16;

  private SearchLayout() {}

  /** The shard count for {@code reports} reports: a power of two, at most 65,536. */
  public static int shards(int reports, int reportsPerShard) {
    int shards = 1;
    while (shards < 65536 && (long) shards * reportsPerShard < reports) shards <<= 1;
    return shards;
  }

  /** The default shard count for {@code reports} reports. */
  public static int shards(int reports) {
    return shards(reports, REPORTS_PER_SHARD);
  }
}
