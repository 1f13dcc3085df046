package org.sigbench.spark;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellJob;
import org.sigbench.bench.run.CellResult;
import org.sigbench.bench.run.Runner;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The Spark task of one cell (a partition holds one cell): computes it with the job's executor of
 * this JVM, exactly as the thread engine does ({@link Runner#compute}), and returns the result to
 * the driver. A task that Spark runs again (its executor died) computes the same bytes.
 */
final class CellTask extends AbstractFunction2<TaskContext, Iterator<Cell>, CellResult> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CellJob job;

    CellTask(CellJob job) {
        this.job = job;
    }

    @Override
    public CellResult apply(TaskContext context, Iterator<Cell> cells) {
        Cell c = cells.next();
        if (cells.hasNext()) {
            throw new IllegalStateException("a Spark partition holds one cell, this one more (after " + c.id() + ")");
        }
        return Runner.compute(c, JobExecutors.of(job));
    }
}
