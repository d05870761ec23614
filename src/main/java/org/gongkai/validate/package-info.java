/** Validate: the national format's consistency rules, each a small class with a stable code. */
package org.gongkai.validate;
