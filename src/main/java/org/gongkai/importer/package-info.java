/**
 * Import: the text of a published report (copied out of a PDF or Word file) → a draft report
 * file in the content format, with notes on what was read, guessed and not readable.
 */
package org.gongkai.importer;
