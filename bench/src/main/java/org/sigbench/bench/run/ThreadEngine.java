package org.sigbench.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The default engine: cells run inside a {@link ForkJoinPool} of {@code threads} workers of this
 * JVM, so parallel streams inside a cell use the same pool. One executor is built per job and kept
 * for the engine's life (its caches serve every cell of the job).
 */
public final class ThreadEngine implements CellEngine {
    private final int threads;
    private final ForkJoinPool pool;
    private CellJob lastJob;
    private CellExecutor lastExecutor;

    public ThreadEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = new ForkJoinPool(threads);
    }

    @Override
    public String describe() {
        return "threads x" + threads;
    }

    @Override
    public int slots() {
        return threads;
    }

    @Override
    public void compute(List<Cell> cells, CellJob job, Consumer<CellResult> done) {
        CellExecutor executor = executor(job);
        List<Future<?>> futures = new ArrayList<>();
        for (Cell c : cells) {
            futures.add(pool.submit(() -> done.accept(Runner.compute(c, executor))));
        }
        for (int i = 0; i < cells.size(); i++) {
            try {
                futures.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cell " + cells.get(i).id() + " could not be stored: "
                        + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private synchronized CellExecutor executor(CellJob job) {
        if (lastJob != job && (lastJob == null || !lastJob.equals(job))) {
            lastExecutor = job.executor();
            lastJob = job;
        }
        return lastExecutor;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
