package org.sigbench.bench.run;

/** Computes one cell. Implementations must be thread-safe and deterministic given the cell. */
@FunctionalInterface
public interface CellExecutor {
    /**
     * Computes the cell into {@code out}.
     *
     * @throws Unavailable when an API or corpus the cell needs is missing (the cell is recorded as
     *                     {@link CellResult#UNAVAILABLE} and the run goes on)
     */
    void execute(Cell cell, CellResult.Builder out) throws Exception;

    /** A needed API, corpus or condition is missing; not a bug. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String reason) {
            super(reason);
        }
    }
}
