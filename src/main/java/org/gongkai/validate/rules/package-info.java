/** One class per rule of DOMAIN.md; {@link org.gongkai.validate.Rules} lists them. */
package org.gongkai.validate.rules;
