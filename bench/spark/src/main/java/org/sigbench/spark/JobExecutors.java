package org.sigbench.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.sigbench.bench.run.CellExecutor;
import org.sigbench.bench.run.CellJob;

/**
 * One executor per job and JVM: the tasks of a job that run in the same Spark executor (or in the
 * driver, with a {@code local} master) share its caches (loaded corpora, synthetic variants).
 */
final class JobExecutors {
    private static final ConcurrentHashMap<CellJob, CellExecutor> EXECUTORS = new ConcurrentHashMap<>();

    private JobExecutors() {
    }

    static CellExecutor of(CellJob job) {
        return EXECUTORS.computeIfAbsent(job, CellJob::executor);
    }
}
