package org.sigbench.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sigbench.datasets.random.Streams;
import org.sigbench.verify.dtw.Band;
import org.sigbench.verify.dtw.Dtw;
import org.sigbench.verify.dtw.DtwLanes;
import org.sigbench.verify.dtw.DtwOptions;
import org.sigbench.verify.dtw.LocalCost;
import smile.math.distance.Distance;
import smile.math.distance.DynamicTimeWarping;

/**
 * DTW kernel throughput: sigbench's pruned, jammed single-pair kernel ({@link Dtw}), its many-pairs
 * kernel ({@link DtwLanes}: one pair per SIMD lane, all 16 pairs in one call) and Smile 6.3's
 * {@code DynamicTimeWarping<double[]>} on the same inputs, in the same run. Inputs: 3D random
 * walks of 400 samples (16 pairs, cycled). Score: pairs/s (ops/s; the many-pairs arm counts its 16
 * pairs per call with {@code @OperationsPerInvocation}). The {@code bandCells} counter is the number
 * of cells inside the band (the same for every arm), so ns/cell = 1e9 / (bandCells rate).
 *
 * <p>Apples to apples (checked, not assumed):
 * <ul>
 *   <li><b>Band.</b> Smile 6.3 ({@code DynamicTimeWarping.d(T[], T[])}, read with javap) uses
 *       {@code radius = round(width * max(n, m))} and, for 1-based row i, columns
 *       {@code max(1, i - radius) .. min(m, i + radius)}: with width 0.1 and n = m = 400 that is
 *       |i - j| <= 40. sigbench's band (half-width {@code max(0.1 * 400, r + 1, 2) = 40} around the
 *       scaled diagonal of slope r = 1) is the same set of cells, 30,760 per pair.</li>
 *   <li><b>Local cost.</b> Smile is given a squared-Euclidean {@code Distance<double[]>} lambda
 *       summed in channel order, the same cost as {@link LocalCost#SQUARED_EUCLIDEAN}; not
 *       {@code smile.math.distance.EuclideanDistance}, which takes a sqrt per cell (a different,
 *       slower distance that would flatter sigbench).</li>
 *   <li><b>Same result.</b> {@link #setup()} asserts that the three arms return bit-identical
 *       distances on every pair, so they do the same DP.</li>
 *   <li><b>What differs is the kernel.</b> Smile evaluates every band cell through an interface
 *       call on {@code double[]} point objects and allocates two rows per call; sigbench also
 *       computes its pruning bound (one path, ~800 cells) first; on these independent random walks
 *       the bound is loose and the kernel still evaluates the whole band, so pruning is not where
 *       the gain comes from.</li>
 * </ul>
 *
 * <p>Check run: {@code ./sigbench jmh -f 1 -wi 3 -i 5 -w 1s -r 1s DtwBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DtwBenchmark {
    static final int N = 400;
    static final int PAIRS = 16;
    static final double BAND = 0.10;

    double[][] flat;
    double[][][] points;
    Dtw dtw;
    DtwLanes lanes;
    int[] lengths;
    double[][] probes;
    double[][] refs;
    double[] out;
    DynamicTimeWarping<double[]> smile;
    long cellsPerPair;
    int next;

    /** Per-iteration counter of band cells processed (reported by JMH as a rate). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cells {
        public long bandCells;

        @Setup(Level.Iteration)
        public void reset() {
            bandCells = 0;
        }
    }

    @Setup
    public void setup() {
        UniformRandomProvider rng = Streams.of(2026, 11, 22);
        flat = new double[2 * PAIRS][N * 3];
        points = new double[2 * PAIRS][N][3];
        for (int s = 0; s < 2 * PAIRS; s++) {
            for (int k = 0; k < 3; k++) {
                double v = 0;
                for (int i = 0; i < N; i++) {
                    v += rng.nextDouble() - 0.5;
                    flat[s][i * 3 + k] = v;
                    points[s][i][k] = v;
                }
            }
        }
        dtw = new Dtw(new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, BAND), 3);
        Distance<double[]> sq = (a, b) -> {
            double d = 0;
            for (int k = 0; k < a.length; k++) {
                double e = a[k] - b[k];
                d += e * e;
            }
            return d;
        };
        smile = new DynamicTimeWarping<>(sq, BAND);
        double w = Band.halfWidth(N, N, BAND);
        long cells = 0;
        for (int i = 0; i < N; i++) {
            long lo = Math.max(0, (long) Math.ceil(i - w));
            long hi = Math.min(N - 1, (long) Math.floor(i + w));
            cells += hi - lo + 1;
        }
        cellsPerPair = cells;
        lanes = new DtwLanes(new DtwOptions(LocalCost.SQUARED_EUCLIDEAN, BAND), 3);
        lengths = new int[PAIRS];
        java.util.Arrays.fill(lengths, N);
        probes = new double[PAIRS][];
        refs = new double[PAIRS][];
        for (int p = 0; p < PAIRS; p++) {
            probes[p] = flat[2 * p];
            refs[p] = flat[2 * p + 1];
        }
        out = new double[PAIRS];
        lanes.distances(probes, lengths, refs, lengths, PAIRS, out);
        for (int p = 0; p < PAIRS; p++) {
            double ours = dtw.distance(flat[2 * p], N, flat[2 * p + 1], N);
            double theirs = smile.d(points[2 * p], points[2 * p + 1]);
            if (Double.doubleToRawLongBits(ours) != Double.doubleToRawLongBits(theirs)
                    || Double.doubleToRawLongBits(out[p]) != Double.doubleToRawLongBits(theirs)) {
                throw new IllegalStateException("arms disagree on pair " + p + ": sigbench " + ours + ", many-pairs "
                        + out[p] + ", Smile " + theirs);
            }
        }
    }

    @Benchmark
    public double sigbenchPruned(Cells c) {
        int p = next++ & (PAIRS - 1);
        c.bandCells += cellsPerPair;
        return dtw.distance(flat[2 * p], N, flat[2 * p + 1], N);
    }

    /** All PAIRS pairs in one call, one pair per SIMD lane; ops/s = pairs/s. */
    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public double sigbenchManyPairs(Cells c) {
        c.bandCells += PAIRS * cellsPerPair;
        lanes.distances(probes, lengths, refs, lengths, PAIRS, out);
        return out[0] + out[PAIRS - 1];
    }

    @Benchmark
    public double smileDynamicTimeWarping(Cells c) {
        int p = next++ & (PAIRS - 1);
        c.bandCells += cellsPerPair;
        return smile.d(points[2 * p], points[2 * p + 1]);
    }
}
