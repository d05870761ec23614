/** Archive: loaded reports → the site's structure (regions, organs, years), figures and URLs. */
package org.gongkai.archive;
