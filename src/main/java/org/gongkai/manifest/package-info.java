/**
 * The build manifest: what the last build read from each content file and derived from it,
 * kept in the site so the next build loads and renders only what changed.
 */
package org.gongkai.manifest;
