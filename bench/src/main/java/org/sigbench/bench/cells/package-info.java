/**
 * The typed cells of the study ({@link org.sigbench.bench.cells.StudyCell}, one record per kind,
 * each owning its id and the parameters of its configuration hash) and their typed results
 * (records written and read with Jackson in the cell store).
 */
package org.sigbench.bench.cells;
