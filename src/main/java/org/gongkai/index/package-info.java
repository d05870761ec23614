/** Index: the archive → a Lucene index and the static search index derived from it, shipped in the site. */
package org.gongkai.index;
