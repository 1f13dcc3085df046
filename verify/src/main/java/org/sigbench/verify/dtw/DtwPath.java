package org.sigbench.verify.dtw;

import java.util.Arrays;

/**
 * Multivariate dependent DTW with the full cost matrix kept, giving the optimal warping path: the
 * slow, plain companion of {@link Dtw} for what needs an alignment (mean templates, {@link Dba}).
 * Same recurrence, band ({@link Band}) and local cost ({@link LocalCost}) as {@link Dtw}, so
 * {@link #distance} equals {@link Dtw#distance} up to the order of the additions (both sum each
 * local cost in channel order; tested within 1e-9 relative). Ties on the way back prefer the
 * diagonal, then the row above, then the column to the left. O(n m) memory; not thread-safe.
 */
public final class DtwPath {
    private final DtwOptions options;
    private final int dims;
    private double distance;

    public DtwPath(DtwOptions options, int dims) {
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be >= 1, got " + dims);
        }
        this.options = options;
        this.dims = dims;
    }

    /** The raw DTW value of the last {@link #align} call. */
    public double distance() {
        return distance;
    }

    /**
     * Aligns row-major series a (n samples) and b (m samples).
     *
     * @return for each sample i of a, in order, the pairs (i, j) of the optimal path as
     *         {@code path[2p] = i, path[2p + 1] = j}, from (0, 0) to (n-1, m-1)
     */
    public int[] align(double[] a, int n, double[] b, int m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("empty series");
        }
        double r = Band.slope(n, m);
        double w = Band.halfWidth(n, m, options.band());
        double[][] d = new double[n][m];
        for (double[] row : d) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            int lo = Band.lo(i, r, w);
            int hi = Band.hi(i, r, w, m);
            for (int j = lo; j <= hi; j++) {
                double c = cost(a, i, b, j);
                if (i == 0 && j == 0) {
                    d[i][j] = c;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                if (i > 0) {
                    best = Math.min(best, d[i - 1][j]);
                }
                if (j > 0) {
                    best = Math.min(best, d[i][j - 1]);
                }
                if (i > 0 && j > 0) {
                    best = Math.min(best, d[i - 1][j - 1]);
                }
                d[i][j] = c + best;
            }
        }
        distance = d[n - 1][m - 1];
        return backtrack(d, n, m);
    }

    /**
     * DTW of a (n samples, the rows) and b (m samples) with the local cost of row i multiplied by
     * {@code rowWeights[i]} (local-stability weighting of a template's samples); two rows of memory,
     * no path. With every weight 1 it is {@link #align}'s DTW value.
     */
    public double weightedDistance(double[] a, int n, double[] b, int m, double[] rowWeights) {
        double r = Band.slope(n, m);
        double w = Band.halfWidth(n, m, options.band());
        double[] prev = new double[m];
        double[] cur = new double[m];
        java.util.Arrays.fill(prev, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(cur, Double.POSITIVE_INFINITY);
            int lo = Band.lo(i, r, w);
            int hi = Band.hi(i, r, w, m);
            for (int j = lo; j <= hi; j++) {
                double c = rowWeights[i] * cost(a, i, b, j);
                double best = i == 0 && j == 0 ? 0 : Math.min(prev[j], Math.min(j > 0 ? cur[j - 1] : Double.POSITIVE_INFINITY,
                        j > 0 ? prev[j - 1] : Double.POSITIVE_INFINITY));
                cur[j] = c + best;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m - 1];
    }

    private static int[] backtrack(double[][] d, int n, int m) {
        int[] rev = new int[2 * (n + m)];
        int p = 0;
        int i = n - 1;
        int j = m - 1;
        while (true) {
            rev[p++] = i;
            rev[p++] = j;
            if (i == 0 && j == 0) {
                break;
            }
            double diag = i > 0 && j > 0 ? d[i - 1][j - 1] : Double.POSITIVE_INFINITY;
            double up = i > 0 ? d[i - 1][j] : Double.POSITIVE_INFINITY;
            double left = j > 0 ? d[i][j - 1] : Double.POSITIVE_INFINITY;
            if (diag <= up && diag <= left) {
                i--;
                j--;
            } else if (up <= left) {
                i--;
            } else {
                j--;
            }
        }
        int[] out = new int[p];
        for (int q = 0; q < p; q += 2) {
            out[q] = rev[p - 2 - q];
            out[q + 1] = rev[p - 1 - q];
        }
        return out;
    }

    private double cost(double[] a, int i, double[] b, int j) {
        return options.cost().between(a, i, b, j, dims);
    }
}
