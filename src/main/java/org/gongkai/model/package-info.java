/** The report as data: immutable records and the fixed rows and columns of the national form. */
package org.gongkai.model;
