/** Publish: site files → a staging folder, swapped into place only when the whole build succeeded. */
package org.gongkai.publish;
