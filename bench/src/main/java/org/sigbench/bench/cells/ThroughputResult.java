package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a {@link ThroughputCell}: every JMH benchmark that ran, by name
 * ({@code Class.method[param=value,...]}).
 *
 * @param benchmarks the benchmarks, sorted by name
 */
public record ThroughputResult(SortedMap<String, Benchmark> benchmarks) implements StudyResult {
    public ThroughputResult {
        benchmarks = new TreeMap<>(benchmarks);
    }

    /**
     * One benchmark's primary result.
     *
     * @param score   the score
     * @param error   its error
     * @param unit    unit and mode ({@code ns/op (avgt)})
     * @param ownUnit the unit of work of an arm marked {@code jmh.OwnUnit}, "" for one compared with its
     *                class's baseline arm
     */
    public record Benchmark(double score, double error, String unit, String ownUnit) implements java.io.Serializable {
        public Benchmark {
            ownUnit = ownUnit == null ? "" : ownUnit;
        }
    }
}
