package org.sigbench.verify.dtw;

import java.util.Objects;

/**
 * Multivariate dependent DTW kernel (all channels warped together; Shokoohi-Yekta et al., DMKD
 * 2017) with a Sakoe-Chiba band, upper-bound pruning (PrunedDTW, Silva and Batista, SDM 2016)
 * and optional early abandoning.
 *
 * <p>Series are row-major {@code double[]}: sample {@code i}, channel {@code k} at
 * {@code a[i*d + k]}. The recurrence, over cells inside the band, is
 * <pre>  D(0,0) = c(0,0);  D(i,j) = c(i,j) + min(D(i-1,j), D(i,j-1), D(i-1,j-1))</pre>
 * (cells outside the band are +inf) and the result is the raw sum {@code D(n-1,m-1)}; normalising
 * it (for example by {@code n+m}) is the caller's choice. Inputs must be finite.
 *
 * <p>Why it is exact: the cost of one valid path, added in path order, is an upper bound UB of
 * the DP value (rounded addition is monotone). A cell whose value exceeds UB cannot lie on an
 * optimal path, so the kernel may skip it (treat it as +inf); every value it stores is at least
 * the full-matrix value, and every cell whose full-matrix value is {@code <= UB} is stored bit for
 * bit. The local cost of a cell is summed in channel order, as in the naive DTW, and a min of
 * non-NaN values is exact whatever its order, so evaluation order does not change any bit.
 *
 * <p>Speed tricks (each keeps the bits):
 * <ul>
 *   <li><b>Channel-major copy of b.</b> The columns' samples are transposed once per call into
 *       per-channel arrays (O(m d), no allocation after the first call), so the cost of a run
 *       of cells is a unit-stride loop over j that C2 auto-vectorises (SIMD), specialised for
 *       d = 1, 2, 3 and general d ({@link ColumnCosts}).</li>
 *   <li><b>Eight rows at a time (unroll and jam).</b> The row recurrence is a serial chain
 *       (min then add per cell); computing rows i..i+7 in one column loop gives the CPU eight
 *       independent chains, and the lower rows take their up/diagonal neighbours from
 *       registers, so only the block's last row is stored (8 rows measured a little faster
 *       than 4: half the per-block set-up). The block's ragged band edges cost
 *       nothing extra: out-of-band cells get a +inf local cost ({@code inf + x = inf}, as in the
 *       naive matrix). The jammed loops are in {@link JammedRows}.</li>
 *   <li><b>Pruning by column range, not per cell.</b> As in PrunedDTW, a row is computed only from
 *       the first column the previous block left {@code <= UB} ("next start"); right of the last
 *       such column ("last pruned") only the left neighbour is finite, and the row stops at its
 *       first cell {@code > UB}. The hot loops carry no pruning test; the next block's range
 *       comes from one short scan of the stored row from each end. (When the band's right edge
 *       is within a few columns, the block simply runs to it: skipping a handful of cells is not
 *       worth a per-row loop.)</li>
 *   <li><b>Plain comparisons for min.</b> Inputs are finite and costs non-negative, so
 *       {@code x < y ? x : y} equals {@link Math#min} here, without its NaN/-0 blend sequence;
 *       in an A/B run of the jammed loop it was the faster of the two.</li>
 *   <li><b>Exact loop ranges over locals.</b> Loops run over the exact band range with arrays in
 *       locals, so C2 hoists the bounds checks out of them.</li>
 * </ul>
 * Only a few rows are kept, sized once per instance (grown if a longer series comes), so a call
 * allocates nothing. An instance is not thread-safe: use one per thread. The band is
 * {@link Band}'s.
 */
public final class Dtw {
    /** Rows per jammed block (a block of 4 takes the remainder when at least 4 rows are left). */
    private static final int R = 8;
    /**
     * Min of two non-NaN values by a plain comparison: exact like {@link Math#min} here (inputs are
     * finite, costs non-negative, so no NaN and no -0), without its NaN/-0 blend sequence.
     */
    static double min(double x, double y) {
        return x < y ? x : y;
    }
    private static final double INF = Double.POSITIVE_INFINITY;

    private final DtwOptions options;
    private final int dims;
    /** Row buffers, offset by one (buf[j + 1] holds column j): rows[0] is the block's input row. */
    private final double[][] rows = new double[R + 1][0];
    /** Local costs of the block's rows, indexed by column. */
    private final double[][] costs = new double[R][0];
    /** Local costs against b's columns (b transposed channel-major) and the path bound. */
    private final ColumnCosts cols;
    private long cells;

    /**
     * @param options band and cost
     * @param dims    channels per sample (at least 1)
     */
    public Dtw(DtwOptions options, int dims) {
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be >= 1, got " + dims);
        }
        this.options = Objects.requireNonNull(options, "options");
        this.dims = dims;
        this.cols = new ColumnCosts(options.cost(), dims);
    }

    public DtwOptions options() {
        return options;
    }

    public int dims() {
        return dims;
    }

    /** Number of DP cells evaluated since construction (for ns/cell figures). */
    public long cellsEvaluated() {
        return cells;
    }

    /** DTW distance of a (n samples) and b (m samples). */
    public double distance(double[] a, int n, double[] b, int m) {
        return distance(a, n, b, m, INF);
    }

    /** DTW distance of two whole series (lengths from the array lengths and dims). */
    public double distance(double[] a, double[] b) {
        return distance(a, a.length / dims, b, b.length / dims, INF);
    }

    /**
     * DTW distance with early abandoning: returns the exact distance when it is
     * {@code <= abandonAbove}, else {@code +inf} (the pair is farther than the threshold).
     *
     * @throws IllegalArgumentException if a series is too short or holds a non-finite value
     */
    public double distance(double[] a, int n, double[] b, int m, double abandonAbove) {
        final int d = dims;
        if (n < 1 || m < 1 || a.length < n * d || b.length < m * d) {
            throw new IllegalArgumentException("series too short: n=" + n + ", m=" + m + ", dims=" + d);
        }
        ColumnCosts.requireFinite(a, n * d, "a");
        prepare(b, m);
        final double r = Band.slope(n, m);
        final double w = Band.halfWidth(n, m, options.band());
        final double ub = Math.min(cols.pathBound(a, n, m, r), abandonAbove);
        long count = 0;
        // Row 0: only left moves.
        double[] c = rows[0];
        int hi0 = Band.hi(0, r, w, m);
        double acc = 0;
        int lastOk = -1;
        c[0] = INF;
        for (int j = 0; j <= hi0; j++) {
            double cost = cols.cost1(a, 0, j);
            acc = j == 0 ? cost : cost + acc;
            count++;
            c[j + 1] = acc;
            if (acc > ub) {
                break;
            }
            lastOk = j;
        }
        if (lastOk < 0) {
            cells += count;
            return INF;
        }
        okLo = 0;
        okHi = lastOk;
        int i = 1;
        while (i < n) {
            int left = n - i;
            int nr = left >= R ? R : left >= 4 ? 4 : left;
            count += block(a, i, nr, r, w, m, ub);
            if (okLo < 0) {
                cells += count;
                return INF;
            }
            i += nr;
        }
        cells += count;
        return okHi == m - 1 ? rows[0][m] : INF;
    }

    // Range of the input row (rows[0]) whose values are <= ub; -1 when none.
    private int okLo;
    private int okHi;
    // Per block row: first column, last column computed.
    private final int[] start = new int[R];
    private final int[] end = new int[R];

    /**
     * Computes rows i0 .. i0+nr-1 from rows[0] (valid on [okLo, okHi], +inf elsewhere), leaves the
     * last one in rows[0] and its range in okLo/okHi. Returns the number of cells evaluated. A block
     * of 8 or 4 rows is jammed ({@link #jam}) over the columns where the rows may use their upper
     * neighbours; the {@link #epilogue} finishes each row (or computes it whole when not jammed).
     */
    private long block(double[] a, int i0, int nr, double r, double w, int m, double ub) {
        final double[][] rs = rows;
        double[] p = rs[0];
        p[okHi + 2] = INF; // column okHi + 1
        long count = 0;
        for (int k = 0; k < nr; k++) {
            int s = Math.max(Band.lo(i0 + k, r, w), okLo);
            start[k] = s;
            rs[k + 1][s] = INF; // column s - 1
        }
        int hi0 = Band.hi(i0, r, w, m);
        int j1 = Math.min(hi0, okHi + 1); // last column where row i0 may use its upper neighbours
        int j0 = start[nr - 1];
        int from = -1;
        if ((nr == R || nr == 4) && j0 <= j1) {
            int je = jam(a, i0, nr, r, w, m, j1);
            count += (long) nr * (je - start[0] + 1);
            from = je + 1;
        }
        count += epilogue(a, i0, nr, r, w, m, ub, from);
        nextInput(nr, ub);
        return count;
    }

    /**
     * The jammed region of a block of 8 or 4 rows: the rows' local costs, then the jammed loop from
     * the first row's start; returns the last column computed. Costs are +inf outside each row's
     * [start, band end]: they stand for the cells outside the band (or pruned), so the ragged edges
     * need no separate loops. The jam runs to the last row's band end when that is near (the usual
     * narrow band): then the few cells right of the input row's finite range are done without the
     * pruning break, which costs less than per-row epilogues. Otherwise it stops at j1 and the
     * epilogue prunes.
     */
    private int jam(double[] a, int i0, int nr, double r, double w, int m, int j1) {
        final int d = dims;
        double[] p = rows[0];
        int hiLast = Band.hi(i0 + nr - 1, r, w, m);
        int je = hiLast - j1 <= 2 * nr ? hiLast : j1;
        for (int j = okHi + 2; j <= je + 1; j++) {
            p[j] = INF;
        }
        int s0 = start[0];
        for (int k = 0; k < nr; k++) {
            double[] ck = costs[k];
            for (int j = s0; j < start[k]; j++) {
                ck[j] = INF;
            }
            int e = Math.min(Band.hi(i0 + k, r, w, m), je);
            cols.costRow(a, (i0 + k) * d, start[k], e, ck);
            for (int j = e + 1; j <= je; j++) {
                ck[j] = INF;
            }
        }
        if (nr == R) {
            JammedRows.jam8(rows, costs, s0, je);
        } else {
            JammedRows.jam4(rows, costs, s0, je);
        }
        return je;
    }

    /**
     * Each row of a block from column {@code from} (its start when -1: not jammed): the full
     * recurrence while the upper row is finite, then left moves only until the first cell > ub.
     * Records each row's last column in {@code end}; returns the number of cells evaluated.
     */
    private long epilogue(double[] a, int i0, int nr, double r, double w, int m, double ub, int from) {
        final double[][] rs = rows;
        final int d = dims;
        long count = 0;
        int pEnd = okHi;
        for (int k = 0; k < nr; k++) {
            int i = i0 + k;
            int hi = Band.hi(i, r, w, m);
            double[] up = rs[k];
            double[] cur = rs[k + 1];
            int j = from < 0 ? start[k] : from;
            double left = cur[j];
            int last = j - 1;
            int endA = Math.min(hi, pEnd + 1);
            if (endA - j >= 16) {
                cols.costRow(a, i * d, j, endA, costs[k]);
                left = JammedRows.rowA(costs[k], up, cur, j, endA, left);
                count += endA - j + 1;
                last = endA;
                j = endA + 1;
            } else if (endA >= j) {
                final int aOff = i * d;
                for (int q = j; q <= endA; q++) {
                    double m0 = min(up[q + 1], up[q]);
                    double v = cols.cost1(a, aOff, q) + min(left, m0);
                    cur[q + 1] = v;
                    left = v;
                }
                count += endA - j + 1;
                last = endA;
                j = endA + 1;
            }
            if (left <= ub) {
                final int aOff = i * d;
                for (; j <= hi; j++) {
                    double v = cols.cost1(a, aOff, j) + left;
                    count++;
                    cur[j + 1] = v;
                    left = v;
                    last = j;
                    if (v > ub) {
                        break;
                    }
                }
            }
            cur[last + 2] = INF; // column last + 1: the next row's upper neighbour beyond the end
            end[k] = last;
            pEnd = last;
        }
        return count;
    }

    /**
     * The block's last row becomes the next input (rows[0]); its {@code <= ub} range [okLo, okHi]
     * comes from a scan of each end (okLo = -1 when no value is {@code <= ub}).
     */
    private void nextInput(int nr, double ub) {
        final double[][] rs = rows;
        double[] out = rs[nr];
        rs[nr] = rs[0];
        rs[0] = out;
        int s = start[nr - 1];
        int e = end[nr - 1];
        int lo = s;
        while (lo <= e && !(out[lo + 1] <= ub)) {
            lo++;
        }
        if (lo > e) {
            okLo = -1;
            return;
        }
        int hiOk = e;
        while (!(out[hiOk + 1] <= ub)) {
            hiOk--;
        }
        okLo = lo;
        okHi = hiOk;
    }

    /** Grows the workspace for m columns and loads b into the column costs (checking it is finite). */
    private void prepare(double[] b, int m) {
        if (costs[0].length < m) {
            for (int k = 0; k < R; k++) {
                costs[k] = new double[m];
            }
            for (int k = 0; k <= R; k++) {
                rows[k] = new double[m + 2];
            }
        }
        cols.load(b, m);
    }
}
