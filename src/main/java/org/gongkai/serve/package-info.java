/** Serve: a local preview of the built site with the search API and rebuild-on-change. */
package org.gongkai.serve;
