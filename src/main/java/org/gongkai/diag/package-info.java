/** Diagnostics: source positions, severities, findings and their Chinese/English messages. */
package org.gongkai.diag;
