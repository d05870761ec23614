/** Load: a content file's bytes → a {@link org.gongkai.model.Report} with every value's position, or findings. */
package org.gongkai.load;
