/** Search: answers queries from the Lucene index a build ships in {@code site/search/}, for the CLI and the preview server. */
package org.gongkai.search;
