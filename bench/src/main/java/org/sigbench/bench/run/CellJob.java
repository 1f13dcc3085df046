package org.sigbench.bench.run;

import java.io.Serializable;

/**
 * A serializable recipe for the {@link CellExecutor} of a run, so that an engine can rebuild the
 * executor where the cells run (a worker thread here, or a Spark executor JVM elsewhere).
 * Implementations are records of plain values (suite JSON, data folder, seed ...): two equal jobs
 * build executors that compute the same bytes, so an engine may keep one executor per job.
 */
@FunctionalInterface
public interface CellJob extends Serializable {
    /** A new executor for this job's cells. */
    CellExecutor executor();

    /**
     * A job for an executor that already exists in this JVM: fine for the thread engine, refused by
     * engines that ship jobs to other JVMs (the executor itself is not serializable).
     */
    static CellJob local(CellExecutor executor) {
        return new Local(executor);
    }

    /** See {@link #local(CellExecutor)}. */
    final class Local implements CellJob {
        private static final long serialVersionUID = 1L;
        private final transient CellExecutor executor;

        private Local(CellExecutor executor) {
            this.executor = java.util.Objects.requireNonNull(executor, "executor");
        }

        @Override
        public CellExecutor executor() {
            return executor;
        }

        private Object writeReplace() throws java.io.ObjectStreamException {
            throw new java.io.NotSerializableException("a local cell job cannot leave its JVM; give the engine a recipe "
                    + "record such as org.sigbench.bench.study.StudyJob");
        }
    }
}
