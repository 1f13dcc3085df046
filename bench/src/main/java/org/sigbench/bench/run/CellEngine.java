package org.sigbench.bench.run;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where cells are computed: {@link ThreadEngine} (threads of this JVM, the default) or an engine
 * found on the class path through {@link Provider} (the Spark engine of {@code bench/spark}). An
 * engine only computes: {@link Runner} decides what to compute, stores each result and shows
 * progress, so every engine writes the same cell files.
 */
public interface CellEngine extends AutoCloseable {
    /** What ran the cells, for the report's provenance (for example {@code threads x2}, {@code spark local[2]}). */
    String describe();

    /** Cells that can run at once (worker threads, or the cluster's task slots). */
    int slots();

    /**
     * Computes every cell of {@code cells}, in parallel as the engine can, each with
     * {@link Runner#compute(Cell, CellExecutor)} on an executor built from {@code job}, and hands each
     * result to {@code done} (on the calling JVM, from any thread, once per cell) as soon as it is
     * there. Returns when every cell is done.
     */
    void compute(List<Cell> cells, CellJob job, Consumer<CellResult> done);

    @Override
    void close();

    /** Opens an engine by name; registered in {@code META-INF/services/org.sigbench.bench.run.CellEngine$Provider}. */
    interface Provider {
        /** The {@code --engine} name. */
        String name();

        /**
         * @param master  where to run ({@code local[2]}, {@code spark://host:7077}); null for the default
         * @param threads threads per cell (the work inside one cell)
         */
        CellEngine open(String master, int threads);
    }
}
