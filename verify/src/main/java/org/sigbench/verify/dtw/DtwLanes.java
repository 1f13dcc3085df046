package org.sigbench.verify.dtw;

import java.util.Arrays;
import java.util.Objects;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Many-pairs DTW: a block of independent pairs computed together, one pair per SIMD lane
 * ({@code jdk.incubator.vector}, {@code double} lanes), with the same result as {@link Dtw} and as
 * the naive full-matrix DTW, bit for bit.
 *
 * <p>Recurrence (per lane, over the cells of its own Sakoe-Chiba band):
 * <pre>  D(0,0) = c(0,0);  D(i,j) = c(i,j) + min(D(i-1,j), D(i,j-1), D(i-1,j-1))</pre>
 * with {@code c} the {@link LocalCost} summed in channel order, cells outside the band +inf, and
 * the raw sum {@code D(n-1, m-1)} returned (Sakoe and Chiba, IEEE TASSP 1978; multivariate
 * dependent DTW, Shokoohi-Yekta et al., DMKD 2017). The band of a pair of lengths (n, m) is that
 * of {@link Band#halfWidth(int, int, double)} around the scaled diagonal {@code j = i (m-1)/(n-1)}.
 *
 * <p>Why lanes: one pair's DP row is a serial chain (each cell needs its left neighbour), so a
 * single pair is latency-bound; the pairs of a study are independent. Here lane {@code l} holds
 * pair {@code l}: the DP walks rows {@code i = 0 .. max n - 1} and, per row, the union of the
 * lanes' band columns; a lane whose band (or series) does not cover a cell gets a +inf cost there
 * ({@code inf + x = inf}, as in the naive matrix), so every lane computes exactly its own DP.
 * {@code D(0,0)} comes from a virtual row -1 that is +inf except {@code D(-1,-1) = 0}
 * ({@code c + 0 = c} exactly for {@code c >= +0}), so row 0 needs no special case. A lane's result
 * is read in row {@code n_l - 1}, column {@code m_l - 1} (always inside its band).
 *
 * <p>Why exact: each lane performs the naive cell's operations on the same operands: channel
 * costs {@code |a_k - b_k|} or {@code (a_k - b_k)^2} added in channel order (lane-wise IEEE
 * double, no fused multiply-add), a min of three non-NaN values (exact in any order) and one add.
 * No pruning or early abandoning: every band cell is computed.
 *
 * <p>Layout: samples are copied lane-interleaved, {@code A[(i d + k) L + l]} and
 * {@code B[(j d + k) L + l]}, so one cell of L pairs is a unit-stride vector load per channel.
 * Columns where every lane is inside its band run without masks; only the ragged edges compare
 * the column with per-lane band limits (the row loops are in {@link LaneLoops}, and in
 * {@link LaneRows} for series of more than 8 channels). Pairs are sorted by (n, m) before they are packed, so
 * pairs of similar shape share a block and the union of bands stays close to each band. A block
 * whose lanes would mostly compute cells outside their own bands (shapes too different, or a
 * block with few pairs: lane cells above {@value #SPREAD} times its pairs' band cells), or whose
 * band rows span more reference data than the L1 cache holds ({@link #L1_BUDGET}), goes pair by
 * pair through {@link Dtw} instead, which gives the same values.
 *
 * <p>Workspace is grown on demand and reused (no allocation in the loops; one index sort per
 * call). An instance is not thread-safe: use one per thread.
 */
public final class DtwLanes {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** Pairs sorted together (the index takes 24 bits of the sort key; lengths take 19 and 20). */
    private static final int CHUNK = 1 << 24;
    /** Widest series whose cost is computed inside the DP loop; wider ones go through a cost row. */
    private static final int INLINE = 8;

    private final DtwOptions options;
    private final int dims;
    private final boolean sq;
    private final int lanes = S.length();
    /** Largest ratio of lane cells to band cells for which a block runs in lanes (default). */
    static final double SPREAD = 1.25;
    private final double spread;
    /**
     * Bytes of interleaved reference samples one row's band spans ({@code (2w+1) d L 8}) above which
     * a block goes pair by pair: beyond the L1 data cache (32 to 48 KiB) the lanes re-read their band
     * from L2 every row and lose their edge (measured: leap-airsig, 8 channels, ~81-column bands,
     * 41 KiB, ran slower in lanes than in {@link Dtw}; svc2004-task2, 7 channels, ~23 KiB, faster).
     */
    static final double L1_BUDGET = 32 * 1024;
    private final Dtw single;
    private double[] a = new double[0];
    private double[] b = new double[0];
    private double[] prev = new double[0];
    private double[] cur = new double[0];
    private double[] cb = new double[0];
    private final double[] loV = new double[lanes];
    private final double[] hiV = new double[lanes];
    private final int[] n = new int[lanes];
    private final int[] m = new int[lanes];
    private final double[] r = new double[lanes];
    private final double[] w = new double[lanes];
    /** Columns of the current row: union of the lanes' bands [0]..[1], their intersection [2]..[3]. */
    private final int[] range = new int[4];
    private long cells;

    /**
     * @param options band and cost
     * @param dims    channels per sample (at least 1)
     */
    public DtwLanes(DtwOptions options, int dims) {
        this(options, dims, SPREAD);
    }

    /** With the block spread limit (+inf: every block in lanes, as the tests of the lanes need). */
    DtwLanes(DtwOptions options, int dims, double spread) {
        this.spread = spread;
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be >= 1, got " + dims);
        }
        this.options = Objects.requireNonNull(options, "options");
        this.dims = dims;
        this.sq = options.cost() == LocalCost.SQUARED_EUCLIDEAN;
        this.single = new Dtw(options, dims);
    }

    public DtwOptions options() {
        return options;
    }

    public int dims() {
        return dims;
    }

    /**
     * Lane-wise min of two non-NaN vectors by a compare and a blend: exact like
     * {@link DoubleVector#min} here (inputs finite, costs non-negative: no NaN, no -0), without the
     * NaN/-0 fix-up sequence that {@code min}'s Java semantics cost on x86, which sits on the DP's
     * serial chain (as {@link Dtw} uses {@code x < y ? x : y} for its scalar min).
     */
    static DoubleVector min(DoubleVector x, DoubleVector y) {
        return x.blend(y, y.compare(VectorOperators.LT, x));
    }

    /** Lanes of the preferred species on this machine (8 with AVX-512, 4 with AVX2). */
    public static int preferredLanes() {
        return S.length();
    }

    /** Pairs computed together (the preferred species' double lanes: 8 with AVX-512, 4 with AVX2). */
    public int lanes() {
        return lanes;
    }

    /**
     * Lane cells computed since construction (every lane of every block column, masked or not;
     * blocks sent pair by pair to {@link Dtw} are not counted).
     */
    public long cellsEvaluated() {
        return cells;
    }

    /**
     * DTW distances of {@code count} pairs: {@code out[p] = DTW(xs[p], ys[p])}, series row-major
     * ({@code xs[p][i*d + k]}) of {@code nx[p]} and {@code ny[p]} samples.
     *
     * @throws IllegalArgumentException if a series is too short or holds a non-finite value
     */
    public void distances(double[][] xs, int[] nx, double[][] ys, int[] ny, int count, double[] out) {
        for (int p = 0; p < count; p++) {
            check(xs[p], nx[p], "x", p);
            check(ys[p], ny[p], "y", p);
        }
        int[] idx = new int[lanes];
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            long[] keys = new long[to - from];
            for (int p = from; p < to; p++) {
                keys[p - from] = ((long) nx[p] << 44) | ((long) ny[p] << 24) | (p - from);
            }
            if (keys.length > lanes) {
                Arrays.sort(keys);
            }
            for (int g = 0; g < keys.length; g += lanes) {
                int k = Math.min(lanes, keys.length - g);
                for (int l = 0; l < lanes; l++) {
                    idx[l] = from + (int) (keys[g + Math.min(l, k - 1)] & (CHUNK - 1));
                }
                block(xs, nx, ys, ny, idx, k, out);
            }
        }
    }

    /** DTW distances of one probe x (n samples) against {@code count} references. */
    public void distances(double[] x, int nx, double[][] ys, int[] ny, int count, double[] out) {
        double[][] xs = new double[count][];
        int[] ns = new int[count];
        Arrays.fill(xs, x);
        Arrays.fill(ns, nx);
        distances(xs, ns, ys, ny, count, out);
    }

    private void check(double[] s, int len, String name, int p) {
        if (len < 1 || len >= 1 << 19 || s.length < len * dims) {
            throw new IllegalArgumentException("series " + name + "[" + p + "] too short: length " + len + ", dims " + dims);
        }
        for (int q = 0; q < len * dims; q++) {
            if (!Double.isFinite(s[q])) {
                throw new IllegalArgumentException("DTW input " + name + "[" + p + "][" + q + "] is not finite: " + s[q]);
            }
        }
    }

    /**
     * One block: lane l computes pair idx[l]; only the first k lanes are stored in out. A block whose
     * shapes do not suit lanes goes pair by pair through {@link Dtw}; otherwise its samples are
     * interleaved and the DP walks rows 0 .. max n - 1, each over the union of the lanes' bands.
     */
    private void block(double[][] xs, int[] nx, double[][] ys, int[] ny, int[] idx, int k, double[] out) {
        final int L = lanes;
        int nMax = 0;
        int mMax = 0;
        for (int l = 0; l < L; l++) {
            int p = idx[l];
            n[l] = nx[p];
            m[l] = ny[p];
            r[l] = Band.slope(n[l], m[l]);
            w[l] = Band.halfWidth(n[l], m[l], options.band());
            nMax = Math.max(nMax, n[l]);
            mMax = Math.max(mMax, m[l]);
        }
        if (spread < INF && (LaneShapes.bandBytes(w, dims) > L1_BUDGET
                || LaneShapes.laneCells(n, m, r, w, nMax) > spread * LaneShapes.bandCells(n, m, r, w, k))) {
            for (int l = 0; l < k; l++) {
                int q = idx[l];
                out[q] = single.distance(xs[q], nx[q], ys[q], ny[q]);
            }
            return;
        }
        int needRow = load(xs, ys, idx, nMax, mMax);
        double[] p = prev;
        double[] c = cur;
        Arrays.fill(p, 0, needRow, INF);
        Arrays.fill(c, 0, needRow, INF);
        Arrays.fill(p, 0, L, 0.0); // D(-1, -1) = 0: the diagonal of D(0, 0)
        int pe = -1; // last column of the previous row written
        int done = 0;
        long count = 0;
        for (int i = 0; i < nMax; i++) {
            rowRange(i);
            int s = range[0];
            int e = range[1];
            // Columns pe+1 .. e of the previous row were not written: +inf (the row above the band).
            if (e > pe) {
                Arrays.fill(p, (pe + 2) * L, (e + 2) * L, INF);
            }
            c[s * L] = INF; // column s - 1 of this row: left of its first cell
            for (int l = 1; l < L; l++) {
                c[s * L + l] = INF;
            }
            row(p, c, i * dims * L, s, e, range[2], range[3]);
            count += (long) (e - s + 1) * L;
            for (int l = 0; l < k; l++) {
                if (n[l] - 1 == i) {
                    out[idx[l]] = c[m[l] * L + l];
                    done++;
                }
            }
            double[] t = p;
            p = c;
            c = t;
            pe = e;
        }
        cells += count;
        if (done != k) {
            throw new IllegalStateException("lanes finished " + done + " of " + k);
        }
    }

    /**
     * Grows the workspace for a block of nMax x mMax samples and copies the block's series
     * lane-interleaved into {@code a} and {@code b}; returns the length of a DP row.
     */
    private int load(double[][] xs, double[][] ys, int[] idx, int nMax, int mMax) {
        final int L = lanes;
        final int d = dims;
        int needA = nMax * d * L;
        int needB = mMax * d * L;
        int needRow = (mMax + 1) * L;
        if (a.length < needA) {
            a = new double[needA];
        }
        if (b.length < needB) {
            b = new double[needB];
        }
        if (prev.length < needRow) {
            prev = new double[needRow];
            cur = new double[needRow];
            cb = new double[needRow];
        }
        LaneShapes.interleave(xs, idx, n, nMax, dims, a);
        LaneShapes.interleave(ys, idx, m, mMax, dims, b);
        return needRow;
    }

    /**
     * The columns of row i: each lane's band limits into loV/hiV (empty beyond its series), and in
     * {@code range} the union {@code [s, e]} of the lanes' bands and their intersection
     * {@code [xsL, xeL]} (empty when xsL > xeL), where every lane is inside its band.
     */
    private void rowRange(int i) {
        int s = Integer.MAX_VALUE;
        int e = -1;
        int xsL = 0;
        int xeL = Integer.MAX_VALUE;
        for (int l = 0; l < lanes; l++) {
            int lo;
            int hi;
            if (i < n[l]) {
                lo = Band.lo(i, r[l], w[l]);
                hi = Band.hi(i, r[l], w[l], m[l]);
            } else {
                lo = Integer.MAX_VALUE;
                hi = -1;
            }
            loV[l] = lo;
            hiV[l] = hi;
            s = Math.min(s, lo);
            e = Math.max(e, hi);
            xsL = Math.max(xsL, lo);
            xeL = Math.min(xeL, hi);
        }
        range[0] = s;
        range[1] = e;
        range[2] = xsL;
        range[3] = xeL;
    }

    /**
     * The DP over columns s..e of one row (samples at aOff): masked where some lane is outside its
     * band, plain on [xsL, xeL]; series wider than {@value #INLINE} channels through a cost row.
     */
    private void row(double[] p, double[] c, int aOff, int s, int e, int xsL, int xeL) {
        final int d = dims;
        DoubleVector lo = DoubleVector.fromArray(S, loV, 0);
        DoubleVector hi = DoubleVector.fromArray(S, hiV, 0);
        if (d > INLINE) {
            LaneRows.costRow(a, aOff, b, d, sq, s, e, cb);
            if (xsL > xeL) {
                LaneRows.mask(cb, s, e, lo, hi);
            } else {
                LaneRows.mask(cb, s, xsL - 1, lo, hi);
                LaneRows.mask(cb, xeL + 1, e, lo, hi);
            }
            LaneRows.dp(p, c, cb, s, e);
        } else if (xsL > xeL) {
            LaneLoops.masked(a, b, d, sq, p, c, aOff, s, e, lo, hi);
        } else {
            if (xsL > s) {
                LaneLoops.masked(a, b, d, sq, p, c, aOff, s, xsL - 1, lo, hi);
            }
            if (d == 3) {
                LaneLoops.plain3(a, b, sq, p, c, aOff, xsL, xeL);
            } else {
                LaneLoops.plain(a, b, d, sq, p, c, aOff, xsL, xeL);
            }
            if (e > xeL) {
                LaneLoops.masked(a, b, d, sq, p, c, aOff, xeL + 1, e, lo, hi);
            }
        }
    }
}
