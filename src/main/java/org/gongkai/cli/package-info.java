/** The command line: arguments, printing and exit codes over the {@link org.gongkai.Gongkai} API. */
package org.gongkai.cli;
