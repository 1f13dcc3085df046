/** Figures (XChart): charts rendered to images; writing them to files is left to the caller. */
package org.sigbench.bench.figures;
