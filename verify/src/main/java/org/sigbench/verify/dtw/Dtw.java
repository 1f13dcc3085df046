package org.sigbench.verify.dtw;

/**
 * Multivariate dependent DTW kernel (all channels warped together; Shokoohi-Yekta et al., DMKD
 * 2017) with a Sakoe-Chiba band, upper-bound pruning (PrunedDTW, Silva and Batista, SDM 2016)
 * and optional early abandoning.
 *
 * <p>Series are row-major {@code double[]}: sample {@code i}, channel {@code k} at
 * {@code a[i*d + k]}. The recurrence, over cells inside the band, is
 * <pre>  D(0,0) = c(0,0);  D(i,j) = c(i,j) + min(D(i-1,j), D(i,j-1), D(i-1,j-1))</pre>
 * (cells outside the band are +inf) and the result is the raw sum {@code D(n-1,m-1)}; normalising
 * it (for example by {@code n+m}) is the caller's choice.
 *
 * <p>Why it is exact: the cost of one valid path, added in path order, is an upper bound UB of
 * the DP value (rounded addition is monotone). A cell whose value exceeds UB cannot lie on an
 * optimal path, so the kernel skips it; every cell it keeps has the same value, bit for bit, as in
 * the full matrix. Only two rows are kept, sized once per instance (grown if a longer series comes),
 * so a call allocates nothing. An instance is not thread-safe: use one per thread.
 */
public final class Dtw {
    private final DtwOptions options;
    private final int dims;
    private double[] prev = new double[0];
    private double[] cur = new double[0];
    private long cells;

    /**
     * @param options band and cost
     * @param dims    channels per sample (at least 1)
     */
    public Dtw(DtwOptions options, int dims) {
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be >= 1, got " + dims);
        }
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.dims = dims;
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

    /**
     * Band half-width, in columns, for a series of n rows against one of m columns: cell (i, j)
     * is inside iff {@code ceil(i r - w) <= j <= floor(i r + w)} with {@code r = (m-1)/(n-1)} and
     * {@code w = max(band * max(n, m), r + 1, 2)}; the lower limits keep the scaled-diagonal
     * path (used as the pruning bound) inside the band. {@code band = 1} gives the full matrix.
     */
    public static double halfWidth(int n, int m, double band) {
        if (band >= 1 || n == 1 || m == 1) {
            return Math.max(n, m);
        }
        double r = slope(n, m);
        return Math.max(band * Math.max(n, m), Math.max(r + 1, 2));
    }

    /** Slope r = (m-1)/(n-1) of the scaled diagonal (0 when n = 1). */
    public static double slope(int n, int m) {
        return n > 1 ? (double) (m - 1) / (n - 1) : 0;
    }

    /** First column of row i inside the band. */
    static int bandLo(int i, double r, double w) {
        return (int) Math.max(0, Math.ceil(i * r - w));
    }

    /** Last column of row i inside the band. */
    static int bandHi(int i, double r, double w, int m) {
        return (int) Math.min(m - 1, Math.floor(i * r + w));
    }

    /** DTW distance of a (n samples) and b (m samples). */
    public double distance(double[] a, int n, double[] b, int m) {
        return distance(a, n, b, m, Double.POSITIVE_INFINITY);
    }

    /** DTW distance of two whole series (lengths from the array lengths and dims). */
    public double distance(double[] a, double[] b) {
        return distance(a, a.length / dims, b, b.length / dims, Double.POSITIVE_INFINITY);
    }

    /**
     * DTW distance with early abandoning: returns the exact distance when it is
     * {@code <= abandonAbove}, else {@code +inf} (the pair is farther than the threshold).
     */
    public double distance(double[] a, int n, double[] b, int m, double abandonAbove) {
        if (n < 1 || m < 1 || a.length < n * dims || b.length < m * dims) {
            throw new IllegalArgumentException("series too short: n=" + n + ", m=" + m + ", dims=" + dims);
        }
        if (cur.length < m + 2) {
            prev = new double[m + 2];
            cur = new double[m + 2];
        }
        final double r = slope(n, m);
        final double w = halfWidth(n, m, options.band());
        final boolean sq = options.cost() == LocalCost.SQUARED_EUCLIDEAN;
        final double ub = Math.min(pathBound(a, n, b, m, r, sq), abandonAbove);
        final int d = dims;
        double[] p = prev;
        double[] c = cur;
        long count = 0;
        // Arrays are offset by one: c[j + 1] holds D(i, j); c[0] is column -1 (+inf).
        // Row 0: only left moves.
        int hi0 = bandHi(0, r, w, m);
        double acc = 0;
        int lastOk = -1;
        c[0] = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= hi0; j++) {
            double cost = cost(a, 0, b, j * d, d, sq);
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
            return Double.POSITIVE_INFINITY;
        }
        int okLo = 0;
        int okHi = lastOk;
        for (int i = 1; i < n; i++) {
            double[] t = p;
            p = c;
            c = t;
            // Everything right of okHi in the previous row counts as +inf.
            p[okHi + 2] = Double.POSITIVE_INFINITY;
            int lo = Math.max(bandLo(i, r, w), okLo);
            int hi = bandHi(i, r, w, m);
            c[lo] = Double.POSITIVE_INFINITY; // column lo - 1
            int aOff = i * d;
            int endA = Math.min(hi, okHi + 1);
            // Segment A: full recurrence (specialised loops for the common cost/dimension pairs).
            if (sq && d == 3) {
                rowSq3(a, aOff, b, lo, endA, p, c, ub);
            } else if (sq && d == 2) {
                rowSq2(a, aOff, b, lo, endA, p, c, ub);
            } else {
                rowGeneric(a, aOff, b, lo, endA, p, c, ub, d, sq);
            }
            count += Math.max(0, endA - lo + 1);
            int newLo = rowLo;
            int newHi = rowHi;
            double left = rowLeft;
            int j = Math.max(lo, endA + 1);
            // Past okHi + 1 only the left neighbour can be finite.
            if (left <= ub) {
                for (; j <= hi; j++) {
                    double v = cost(a, aOff, b, j * d, d, sq) + left;
                    count++;
                    c[j + 1] = v;
                    left = v;
                    if (v > ub) {
                        break;
                    }
                    newHi = j;
                }
            }
            if (newLo < 0) {
                cells += count;
                prev = p;
                cur = c;
                return Double.POSITIVE_INFINITY;
            }
            okLo = newLo;
            okHi = newHi;
        }
        cells += count;
        prev = p;
        cur = c;
        return okHi == m - 1 ? c[m] : Double.POSITIVE_INFINITY;
    }

    // Results of the last row segment: first and last column <= ub (-1 if none), value of the last cell.
    private int rowLo;
    private int rowHi;
    private double rowLeft;

    private void rowSq3(double[] a, int aOff, double[] b, int lo, int end, double[] p, double[] c, double ub) {
        final double a0 = a[aOff];
        final double a1 = a[aOff + 1];
        final double a2 = a[aOff + 2];
        int newLo = -1;
        int newHi = -1;
        double left = Double.POSITIVE_INFINITY;
        for (int j = lo; j <= end; j++) {
            int bo = j * 3;
            double e0 = a0 - b[bo];
            double e1 = a1 - b[bo + 1];
            double e2 = a2 - b[bo + 2];
            double cost = e0 * e0 + e1 * e1 + e2 * e2;
            double v = cost + Math.min(left, Math.min(p[j + 1], p[j])); // left last: shortest dependency chain
            c[j + 1] = v;
            left = v;
            if (v <= ub) {
                if (newLo < 0) {
                    newLo = j;
                }
                newHi = j;
            }
        }
        rowLo = newLo;
        rowHi = newHi;
        rowLeft = left;
    }

    private void rowSq2(double[] a, int aOff, double[] b, int lo, int end, double[] p, double[] c, double ub) {
        final double a0 = a[aOff];
        final double a1 = a[aOff + 1];
        int newLo = -1;
        int newHi = -1;
        double left = Double.POSITIVE_INFINITY;
        for (int j = lo; j <= end; j++) {
            int bo = j * 2;
            double e0 = a0 - b[bo];
            double e1 = a1 - b[bo + 1];
            double cost = e0 * e0 + e1 * e1;
            double v = cost + Math.min(left, Math.min(p[j + 1], p[j])); // left last: shortest dependency chain
            c[j + 1] = v;
            left = v;
            if (v <= ub) {
                if (newLo < 0) {
                    newLo = j;
                }
                newHi = j;
            }
        }
        rowLo = newLo;
        rowHi = newHi;
        rowLeft = left;
    }

    private void rowGeneric(double[] a, int aOff, double[] b, int lo, int end, double[] p, double[] c, double ub,
                            int d, boolean sq) {
        int newLo = -1;
        int newHi = -1;
        double left = Double.POSITIVE_INFINITY;
        for (int j = lo; j <= end; j++) {
            double v = cost(a, aOff, b, j * d, d, sq) + Math.min(left, Math.min(p[j + 1], p[j]));
            c[j + 1] = v;
            left = v;
            if (v <= ub) {
                if (newLo < 0) {
                    newLo = j;
                }
                newHi = j;
            }
        }
        rowLo = newLo;
        rowHi = newHi;
        rowLeft = left;
    }

    private static double cost(double[] a, int ao, double[] b, int bo, int d, boolean sq) {
        double s = 0;
        if (sq) {
            for (int k = 0; k < d; k++) {
                double e = a[ao + k] - b[bo + k];
                s += e * e;
            }
        } else {
            for (int k = 0; k < d; k++) {
                s += Math.abs(a[ao + k] - b[bo + k]);
            }
        }
        return s;
    }

    /**
     * Cost of the scaled-diagonal path, added in path order: row i covers columns
     * {@code round((i-1) r) .. round(i r)} (diagonal step into the first). It lies in the band.
     */
    private double pathBound(double[] a, int n, double[] b, int m, double r, boolean sq) {
        int d = dims;
        double s = cost(a, 0, b, 0, d, sq);
        int jPrev = 0;
        int jEnd0 = n == 1 ? m - 1 : (int) Math.round(0 * r);
        for (int j = 1; j <= jEnd0; j++) {
            s = cost(a, 0, b, j * d, d, sq) + s;
        }
        jPrev = jEnd0;
        for (int i = 1; i < n; i++) {
            int jEnd = i == n - 1 ? m - 1 : (int) Math.round(i * r);
            int j = Math.min(jPrev + 1, jEnd);
            s = cost(a, i * d, b, j * d, d, sq) + s;
            for (j = j + 1; j <= jEnd; j++) {
                s = cost(a, i * d, b, j * d, d, sq) + s;
            }
            jPrev = jEnd;
        }
        return s;
    }
}
