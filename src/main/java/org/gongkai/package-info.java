/** Gongkai: the pipeline's entry point ({@link org.gongkai.Gongkai}) wiring load → validate → … */
package org.gongkai;
