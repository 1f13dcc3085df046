package org.sigbench.bench.study;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.sigbench.bench.cells.ThroughputCell;
import org.sigbench.bench.cells.ThroughputResult;
import org.sigbench.bench.run.CellExecutor;

/**
 * Throughput: runs the JMH benchmarks of {@code org.sigbench.bench.jmh} through the JMH Runner API
 * with the suite's short settings (forks, warm-ups, iterations, seconds), and stores each
 * benchmark's score, error and unit. A benchmark whose method name contains {@code baseline},
 * {@code naive} or {@code smile} is a baseline arm; every other benchmark of the same class (same
 * parameters) gets its speed-up against it, unless it is marked
 * {@link org.sigbench.bench.jmh.OwnUnit} (its op is another unit of work; stored as
 * {@code jmh.<name>.ownUnit}). Short settings give indicative figures only; the
 * integrator re-measures on a quiet machine with {@code ./sigbench jmh}.
 */
final class Throughput {
    private Throughput() {
    }

    static ThroughputResult run(ThroughputCell cell) throws Exception {
        ChainedOptionsBuilder ob = new OptionsBuilder().include(cell.include())
                .forks(cell.forks()).warmupIterations(cell.warmups())
                .measurementIterations(cell.iterations())
                .warmupTime(TimeValue.milliseconds((long) (1000 * cell.seconds())))
                .measurementTime(TimeValue.milliseconds((long) (1000 * cell.seconds())))
                .timeUnit(TimeUnit.NANOSECONDS).verbosity(VerboseMode.SILENT).shouldFailOnError(false);
        Collection<RunResult> results;
        try {
            results = new Runner(ob.build()).run();
        } catch (RuntimeException | org.openjdk.jmh.runner.RunnerException e) {
            throw new CellExecutor.Unavailable("JMH could not run: " + e.getMessage());
        }
        if (results.isEmpty()) {
            throw new CellExecutor.Unavailable("no JMH benchmark matches " + cell.include());
        }
        Map<String, ThroughputResult.Benchmark> out = new TreeMap<>();
        for (RunResult r : results) {
            var p = r.getParams();
            StringBuilder name = new StringBuilder(p.getBenchmark().replaceFirst("^org\\.sigbench\\.bench\\.jmh\\.", ""));
            var keys = p.getParamsKeys();
            if (!keys.isEmpty()) {
                name.append('[');
                boolean first = true;
                for (String k : keys) {
                    name.append(first ? "" : ",").append(k).append('=').append(p.getParam(k));
                    first = false;
                }
                name.append(']');
            }
            var score = r.getPrimaryResult();
            String n = name.toString();
            out.put(n, new ThroughputResult.Benchmark(score.getScore(), score.getScoreError(),
                    score.getScoreUnit() + " (" + p.getMode().shortLabel() + ")", ownUnit(p.getBenchmark())));
        }
        return new ThroughputResult(new TreeMap<>(out));
    }

    /**
     * The {@link org.sigbench.bench.jmh.OwnUnit} of a benchmark method ({@code package.Class.method}),
     * or null when it has none (then it is compared with its class's baseline arm).
     */
    static String ownUnit(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        try {
            for (java.lang.reflect.Method m : Class.forName(benchmark.substring(0, dot)).getMethods()) {
                if (m.getName().equals(benchmark.substring(dot + 1))) {
                    var a = m.getAnnotation(org.sigbench.bench.jmh.OwnUnit.class);
                    return a == null ? null : a.value();
                }
            }
        } catch (ClassNotFoundException e) {
            return null;
        }
        return null;
    }
}
