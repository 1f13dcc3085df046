package org.sigbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.TaskContext;
import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellJob;

/**
 * A job whose executor JVM dies (halts, as if killed) in the middle of one cell's first attempt,
 * after leaving a marker file; any later attempt computes the cell normally.
 *
 * @param inner  the real job
 * @param cellId the cell whose first attempt kills its executor
 * @param marker written just before the kill
 */
record DyingJob(CellJob inner, String cellId, String marker) implements CellJob {
    @Override
    public CellExecutor executor() {
        CellExecutor real = inner.executor();
        return (cell, out) -> {
            TaskContext t = TaskContext.get();
            if (cell.id().equals(cellId) && t != null && t.attemptNumber() == 0) {
                try {
                    Files.writeString(Path.of(marker), "killed attempt 0 of " + cellId + " in stage " + t.stageId());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Runtime.getRuntime().halt(137);
            }
            real.execute(cell, out);
        };
    }
}
