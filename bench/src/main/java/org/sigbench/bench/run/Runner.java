package org.sigbench.bench.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs a list of cells on a {@link CellEngine} (by default a {@link ThreadEngine}: a
 * {@link java.util.concurrent.ForkJoinPool} of {@code threads} workers), storing each result atomically
 * as soon as it is done and skipping cells whose stored result is reusable (same configuration hash).
 * Results do not depend on the engine or the thread count: each cell seeds its own random streams
 * from the suite seed and its id ({@link Cell#streamId()}).
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

    private final Options options;
    private final PrintStream err;

    private final CellEngine engine;

    /** A runner on a {@link ThreadEngine} of {@code options.threads()} workers. */
    public Runner(Options options, PrintStream err) {
        this(options, err, null);
    }

    /**
     * @param engine where cells are computed; null: a {@link ThreadEngine} of {@code options.threads()}
     *               workers opened and closed by each {@link #run}
     */
    public Runner(Options options, PrintStream err, CellEngine engine) {
        this.options = options;
        this.err = err;
        this.engine = engine;
    }

    /** Runs every cell (in parallel) with an executor of this JVM, on this runner's engine. */
    public Outcome run(List<Cell> cells, CellExecutor executor, ResultStore store) {
        return run(cells, CellJob.local(executor), store);
    }

    /** Runs every cell (in parallel) on this runner's engine, returning the results in the order of {@code cells}. */
    public Outcome run(List<Cell> cells, CellJob job, ResultStore store) {
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
        Map<String, CellResult> computed = new java.util.concurrent.ConcurrentHashMap<>();
        try (ProgressBar pb = pbb.build()) {
            pb.stepTo(reused);
            java.util.function.Consumer<CellResult> store1 = r -> {
                store.save(r);
                computed.put(r.id(), r);
                synchronized (pb) {
                    pb.step();
                    pb.setExtraMessage(r.id());
                }
            };
            List<Cell> shared = todo.stream().filter(c -> !c.exclusive()).toList();
            List<Cell> alone = todo.stream().filter(Cell::exclusive).toList();
            CellEngine e = engine != null ? engine : new ThreadEngine(options.threads());
            try {
                if (!shared.isEmpty()) {
                    e.compute(shared, job, store1);
                }
                // timing cells run one at a time after every other cell, so nothing competes for the cores
                for (Cell c : alone) {
                    e.compute(List.of(c), job, store1);
                }
            } finally {
                if (engine == null) {
                    e.close();
                }
            }
        }
        List<CellResult> all = new ArrayList<>();
        for (Cell c : cells) {
            all.add(done.containsKey(c.id()) ? done.get(c.id()) : computed.get(c.id()));
        }
        return new Outcome(List.copyOf(all), todo.size(), reused);
    }

    /** Computes one cell; exceptions become FAILED or UNAVAILABLE results, never escape. Used by every engine. */
    public static CellResult compute(Cell c, CellExecutor executor) {
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
