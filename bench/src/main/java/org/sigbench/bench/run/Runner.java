package org.sigbench.bench.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs a list of cells on a pool of {@code threads} workers, storing each result atomically as
 * soon as it is done and skipping cells whose stored result is reusable (same configuration hash).
 * Cells run inside a {@link ForkJoinPool} of {@code threads} workers, so parallel streams inside a
 * cell use the same pool. Results do not depend on the thread count: each cell seeds its own
 * random streams from the suite seed and its id ({@link Cell#streamId()}).
 */
public final class Runner {
    /**
     * Runner options.
     *
     * @param threads  worker threads, &gt;= 1
     * @param resume   reuse stored results whose hash matches
     * @param progress show a progress bar on {@code err}
     * @param compute  compute the cells that have no reusable result (false: report what is stored,
     *                 the others become {@link CellResult#UNAVAILABLE} "not computed")
     */
    public record Options(int threads, boolean resume, boolean progress, boolean compute) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }

        public Options(int threads, boolean resume, boolean progress) {
            this(threads, resume, progress, true);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), true, true, true);
        }
    }

    /** What a run did. */
    public record Outcome(List<CellResult> results, int computed, int reused) {
        public long failed() {
            return results.stream().filter(r -> CellResult.FAILED.equals(r.status())).count();
        }

        public long unavailable() {
            return results.stream().filter(r -> CellResult.UNAVAILABLE.equals(r.status())).count();
        }
    }

    /** Cell kinds that run alone, after all others (timing measurements). */
    public static final java.util.Set<String> EXCLUSIVE = java.util.Set.of("throughput");

    private final Options options;
    private final PrintStream err;

    public Runner(Options options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    /** Runs every cell (in parallel), returning the results in the order of {@code cells}. */
    public Outcome run(List<Cell> cells, CellExecutor executor, ResultStore store) {
        Map<String, CellResult> done = new LinkedHashMap<>();
        List<Cell> todo = new ArrayList<>();
        for (Cell c : cells) {
            Optional<CellResult> r = options.resume() ? store.reusable(c) : Optional.empty();
            if (r.isPresent()) {
                done.put(c.id(), r.get());
            } else {
                todo.add(c);
            }
        }
        int reused = done.size();
        for (String n : store.notes()) {
            err.println("note: " + n);
        }
        if (!options.compute()) {
            List<CellResult> all = new ArrayList<>();
            for (Cell c : cells) {
                all.add(done.containsKey(c.id()) ? done.get(c.id())
                        : new CellResult.Builder().build(c, CellResult.UNAVAILABLE,
                        "not computed (report built from stored cells only)", 0));
            }
            return new Outcome(List.copyOf(all), 0, reused);
        }
        ProgressBarBuilder pbb = new ProgressBarBuilder().setTaskName("bench").setInitialMax(cells.size())
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(options.progress() ? err : nullStream()));
        Map<String, CellResult> computed = new LinkedHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try (ProgressBar pb = pbb.build()) {
            pb.stepTo(reused);
            List<Cell> shared = todo.stream().filter(c -> !EXCLUSIVE.contains(c.kind())).toList();
            List<Cell> alone = todo.stream().filter(c -> EXCLUSIVE.contains(c.kind())).toList();
            List<Future<CellResult>> futures = new ArrayList<>();
            for (Cell c : shared) {
                futures.add(pool.submit(() -> computeAndStore(c, executor, store, pb)));
            }
            for (int i = 0; i < shared.size(); i++) {
                computed.put(shared.get(i).id(), await(futures.get(i), shared.get(i)));
            }
            // timing cells run one at a time after every other cell, so nothing competes for the cores
            for (Cell c : alone) {
                computed.put(c.id(), await(pool.submit(() -> computeAndStore(c, executor, store, pb)), c));
            }
        } finally {
            pool.shutdownNow();
        }
        List<CellResult> all = new ArrayList<>();
        for (Cell c : cells) {
            all.add(done.containsKey(c.id()) ? done.get(c.id()) : computed.get(c.id()));
        }
        return new Outcome(List.copyOf(all), todo.size(), reused);
    }

    private static CellResult await(Future<CellResult> f, Cell c) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cell " + c.id() + " could not be stored: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    private static CellResult computeAndStore(Cell c, CellExecutor executor, ResultStore store, ProgressBar pb) {
        CellResult r = compute(c, executor);
        store.save(r);
        synchronized (pb) {
            pb.step();
            pb.setExtraMessage(c.id());
        }
        return r;
    }

    /** Computes one cell; exceptions become FAILED or UNAVAILABLE results, never escape. */
    static CellResult compute(Cell c, CellExecutor executor) {
        CellResult.Builder b = new CellResult.Builder();
        long t0 = System.nanoTime();
        String status = CellResult.OK;
        String message = "";
        try {
            executor.execute(c, b);
        } catch (CellExecutor.Unavailable e) {
            status = CellResult.UNAVAILABLE;
            message = e.getMessage();
            b = new CellResult.Builder();
        } catch (Exception | LinkageError | AssertionError e) {
            status = CellResult.FAILED;
            message = e.getClass().getSimpleName() + ": " + e.getMessage();
            b = new CellResult.Builder();
        }
        return b.build(c, status, message, (System.nanoTime() - t0) / 1e9);
    }

    private static PrintStream nullStream() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
