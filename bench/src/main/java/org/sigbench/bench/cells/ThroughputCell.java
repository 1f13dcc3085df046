package org.sigbench.bench.cells;

import java.util.SortedMap;
import java.util.TreeMap;
import org.sigbench.bench.run.Cell;

/**
 * {@code throughput/jmh}: the JMH benchmarks of {@code org.sigbench.bench.jmh} with short settings.
 *
 * @param include    regular expression of the benchmarks to run
 * @param forks      JMH forks
 * @param warmups    warm-up iterations
 * @param iterations measurement iterations
 * @param seconds    seconds per iteration
 * @param context    the code fingerprints of every module (see {@link org.sigbench.bench.run.Cell})
 */
public record ThroughputCell(String include, int forks, int warmups, int iterations, double seconds,
                             SortedMap<String, String> context) implements StudyCell {
    public static final String KIND = "throughput";

    public ThroughputCell {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return KIND + "/jmh";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        return Cell.params("include", include, "forks", Integer.toString(forks), "warmups", Integer.toString(warmups),
                "iterations", Integer.toString(iterations), "seconds", Double.toString(seconds));
    }

    /** JMH measures timing: the cell runs alone, after every other cell. */
    @Override
    public boolean exclusive() {
        return true;
    }

    @Override
    public boolean usesSynthesis() {
        return false;
    }
}
