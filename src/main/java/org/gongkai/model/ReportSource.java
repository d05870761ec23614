package org.gongkai.model;

/**
 * Gives the whole report behind an archive entry, for its page and the search index. A full
 * build keeps the reports it loaded; an incremental build loads only the ones it re-renders.
 */
@FunctionalInterface
public interface ReportSource {
  Report report(ArchiveEntry entry);
}
