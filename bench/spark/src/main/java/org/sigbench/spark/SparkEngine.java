package org.sigbench.spark;

import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellEngine;
import org.sigbench.bench.run.CellJob;
import org.sigbench.bench.run.CellResult;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs cells as Spark tasks: one RDD partition per cell, one job per batch, and each task's result
 * handed to the runner on the driver as soon as that task ends ({@code SparkContext.runJob} with a
 * result handler), so the driver writes every cell file (no shared file system is needed for the
 * cells) and an interrupted run resumes from the files already written. A task whose executor dies
 * is run again by Spark; its result is written once, when it arrives.
 */
public final class SparkEngine implements CellEngine {
    private final JavaSparkContext context;
    private final String master;

    private SparkEngine(JavaSparkContext context, String master) {
        this.context = context;
        this.master = master;
    }

    /** Starts a Spark context (9 to 15 s); a master that cannot be reached is a one-line error. */
    public static SparkEngine open(SparkConf conf) {
        String master = conf.get("spark.master");
        try {
            return new SparkEngine(new JavaSparkContext(conf), master);
        } catch (RuntimeException e) {
            throw new IllegalStateException("--engine spark: could not start Spark on master " + master
                    + " (is the master running and reachable?); run with SIGBENCH_DEBUG=1 for details", e);
        }
    }

    @Override
    public String describe() {
        return "spark " + master + " (" + context.defaultParallelism() + " task slots, Spark " + context.version() + ")";
    }

    /** Task slots of the cluster (cores of its registered executors; at least 2 on a {@code spark://} master). */
    @Override
    public int slots() {
        return context.defaultParallelism();
    }

    @Override
    public void compute(List<Cell> cells, CellJob job, Consumer<CellResult> done) {
        if (cells.isEmpty()) {
            return;
        }
        JavaRDD<Cell> rdd = context.parallelize(cells, cells.size());
        context.setJobDescription("sigbench: " + cells.size() + " cells from " + cells.getFirst().id());
        context.sc().runJob(rdd.rdd(), new CellTask(job), new Handler(done), ClassTag$.MODULE$.apply(CellResult.class));
    }

    /** Called on the driver once per finished task (partition index, result). */
    private static final class Handler extends AbstractFunction2<Object, CellResult, BoxedUnit> {
        private final Consumer<CellResult> done;

        Handler(Consumer<CellResult> done) {
            this.done = done;
        }

        @Override
        public BoxedUnit apply(Object partition, CellResult r) {
            done.accept(r);
            return BoxedUnit.UNIT;
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
