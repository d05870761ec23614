/** Render: the archive → HTML pages and data files through a Pebble theme, one page at a time. */
package org.gongkai.render;
