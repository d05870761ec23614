package org.gongkai.render;

import java.util.Set;

/**
 * Which pages a build renders: all of them, or — in an incremental build — those whose content
 * may have changed. Archive-wide files (home, feed, sitemap, open data) are always rendered.
 *
 * @param reports report folders whose page and downloads are rendered
 * @param organs organ folders whose page is rendered
 * @param regions region folders whose page is rendered
 * @param listings region folder + {@code "/"} + year: that region's lists of the year, every page
 */
public record Selection(boolean all, Set<String> reports, Set<String> organs, Set<String> regions, Set<String> listings) {
  public static final Selection ALL = new Selection(true, Set.of(), Set.of(), Set.of(), Set.of());

  public Selection {
    reports = Set.copyOf(reports);
    organs = Set.copyOf(organs);
    regions = Set.copyOf(regions);
    listings = Set.copyOf(listings);
  }

  boolean report(String dir) {
    return all || reports.contains(dir);
  }

  boolean organ(String dir) {
    return all || organs.contains(dir);
  }

  boolean region(String dir) {
    return all || regions.contains(dir);
  }

  boolean listing(String regionDir, int year) {
    return all || listings.contains(listingKey(regionDir, year));
  }

  public static String listingKey(String regionDir, int year) {
    return regionDir + "/" + year;
  }
}
