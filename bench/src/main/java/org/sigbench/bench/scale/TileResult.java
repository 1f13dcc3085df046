package org.sigbench.bench.scale;

import java.util.List;
import org.sigbench.bench.run.Payload;

/**
 * The result of a {@link ScaleTile}: the histograms of its distances ({@link DistanceHistogram#toSeries()})
 * and how long it took.
 *
 * @param probes      i, the block of the probes
 * @param references  j, the block of the references
 * @param genuine     histogram of the genuine distances (diagonal tiles only)
 * @param skilled     histogram of the skilled-forgery distances (diagonal tiles only)
 * @param random      histogram of the random-forgery distances
 * @param comparisons distances computed
 * @param timing      how long the tile took (not a result: it depends on the machine and on what
 *                    this JVM had made before)
 */
public record TileResult(int probes, int references, List<Double> genuine, List<Double> skilled, List<Double> random,
                         long comparisons, Timing timing) implements Payload {
    public TileResult {
        genuine = List.copyOf(genuine);
        skilled = List.copyOf(skilled);
        random = List.copyOf(random);
    }

    /**
     * Timings of one tile, wall and CPU time of its thread (CPU time does not count waiting for a core
     * that other work holds, so it gives the per-core rate even on a busy machine).
     *
     * @param synthesized       subjects this tile synthesised (those this JVM did not have yet)
     * @param synthSeconds      wall seconds synthesising
     * @param compareSeconds    wall seconds comparing
     * @param synthCpuSeconds   CPU seconds synthesising
     * @param compareCpuSeconds CPU seconds comparing
     */
    public record Timing(int synthesized, double synthSeconds, double compareSeconds, double synthCpuSeconds,
                         double compareCpuSeconds) implements java.io.Serializable {
    }

    /** A histogram series as an array. */
    static double[] array(List<Double> series) {
        return series.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
