package org.sigbench.verify.dtw;

/**
 * Local costs of {@link Dtw}: one series' sample (row i) against the columns of the other, with
 * the columns' samples transposed channel-major once per call ({@code bt[k][j] = b[j d + k]}), so
 * that a run of cells is a unit-stride loop over j that C2 auto-vectorises. The cost of cell
 * (i, j) is summed in channel order, as in the naive DTW:
 * <pre>  c(i, j) = sum_k (a[i d + k] - b[j d + k])^2     (squared Euclidean)
 *  c(i, j) = sum_k |a[i d + k] - b[j d + k]|       (Manhattan)</pre>
 * written out for d = 1, 2, 3 (no loop-carried channel sum) and looped for wider series. Also the
 * upper bound of the pruning: the cost of the scaled-diagonal path, added in path order.
 *
 * <p>The transposed copy is grown on demand and reused: not thread-safe, one per {@link Dtw}.
 */
final class ColumnCosts {
    private final int dims;
    private final boolean sq;
    /** b transposed channel-major: bt[k][j] = b[j*d + k]. */
    private final double[][] bt;

    ColumnCosts(LocalCost cost, int dims) {
        this.dims = dims;
        this.sq = cost == LocalCost.SQUARED_EUCLIDEAN;
        this.bt = new double[dims][0];
    }

    /** Transposes b (m samples) channel-major, growing the copy if needed, and checks it is finite. */
    void load(double[] b, int m) {
        final int d = dims;
        if (bt[0].length < m) {
            for (int k = 0; k < d; k++) {
                bt[k] = new double[m];
            }
        }
        for (int k = 0; k < d; k++) {
            final double[] t = bt[k];
            for (int j = 0; j < m; j++) {
                t[j] = b[j * d + k];
            }
        }
        requireFinite(b, m * d, "b");
    }

    /** Local costs of sample a[aOff..] against columns from..to, into out[j]; unit stride, SIMD. */
    void costRow(double[] a, int aOff, int from, int to, double[] out) {
        final int d = dims;
        final double[][] t = bt;
        if (sq) {
            switch (d) {
                case 1 -> {
                    final double a0 = a[aOff];
                    final double[] b0 = t[0];
                    for (int j = from; j <= to; j++) {
                        double e0 = a0 - b0[j];
                        out[j] = e0 * e0;
                    }
                }
                case 2 -> {
                    final double a0 = a[aOff];
                    final double a1 = a[aOff + 1];
                    final double[] b0 = t[0];
                    final double[] b1 = t[1];
                    for (int j = from; j <= to; j++) {
                        double e0 = a0 - b0[j];
                        double e1 = a1 - b1[j];
                        out[j] = e0 * e0 + e1 * e1;
                    }
                }
                case 3 -> {
                    final double a0 = a[aOff];
                    final double a1 = a[aOff + 1];
                    final double a2 = a[aOff + 2];
                    final double[] b0 = t[0];
                    final double[] b1 = t[1];
                    final double[] b2 = t[2];
                    for (int j = from; j <= to; j++) {
                        double e0 = a0 - b0[j];
                        double e1 = a1 - b1[j];
                        double e2 = a2 - b2[j];
                        out[j] = e0 * e0 + e1 * e1 + e2 * e2;
                    }
                }
                default -> {
                    final double a0 = a[aOff];
                    final double[] b0 = t[0];
                    for (int j = from; j <= to; j++) {
                        double e0 = a0 - b0[j];
                        out[j] = e0 * e0;
                    }
                    for (int k = 1; k < d; k++) {
                        final double ak = a[aOff + k];
                        final double[] bk = t[k];
                        for (int j = from; j <= to; j++) {
                            double e = ak - bk[j];
                            out[j] += e * e;
                        }
                    }
                }
            }
        } else {
            final double a0 = a[aOff];
            final double[] b0 = t[0];
            for (int j = from; j <= to; j++) {
                out[j] = Math.abs(a0 - b0[j]);
            }
            for (int k = 1; k < d; k++) {
                final double ak = a[aOff + k];
                final double[] bk = t[k];
                for (int j = from; j <= to; j++) {
                    out[j] += Math.abs(ak - bk[j]);
                }
            }
        }
    }

    /** Local cost of one cell (sample at a[aOff..], column j), summed in channel order. */
    double cost1(double[] a, int aOff, int j) {
        final double[][] t = bt;
        if (sq) {
            switch (t.length) {
                case 1 -> {
                    double e0 = a[aOff] - t[0][j];
                    return e0 * e0;
                }
                case 2 -> {
                    double e0 = a[aOff] - t[0][j];
                    double e1 = a[aOff + 1] - t[1][j];
                    return e0 * e0 + e1 * e1;
                }
                case 3 -> {
                    double e0 = a[aOff] - t[0][j];
                    double e1 = a[aOff + 1] - t[1][j];
                    double e2 = a[aOff + 2] - t[2][j];
                    return e0 * e0 + e1 * e1 + e2 * e2;
                }
                default -> {
                    double s = 0;
                    for (int k = 0; k < t.length; k++) {
                        double e = a[aOff + k] - t[k][j];
                        s += e * e;
                    }
                    return s;
                }
            }
        }
        double s = 0;
        for (int k = 0; k < t.length; k++) {
            s += Math.abs(a[aOff + k] - t[k][j]);
        }
        return s;
    }

    static void requireFinite(double[] x, int len, String name) {
        double s = 0;
        for (int q = 0; q < len; q++) {
            s += x[q] * 0.0; // NaN iff some value is NaN or infinite
        }
        if (s != 0) {
            for (int q = 0; q < len; q++) {
                if (!Double.isFinite(x[q])) {
                    throw new IllegalArgumentException("DTW input " + name + "[" + q + "] is not finite: " + x[q]);
                }
            }
        }
    }

    /**
     * Cost of the scaled-diagonal path, added in path order: row i covers columns
     * {@code round((i-1) r) .. round(i r)} (diagonal step into the first). It lies in the band.
     */
    double pathBound(double[] a, int n, int m, double r) {
        int d = dims;
        double s = cost1(a, 0, 0);
        int jEnd0 = n == 1 ? m - 1 : 0;
        for (int j = 1; j <= jEnd0; j++) {
            s = cost1(a, 0, j) + s;
        }
        int jPrev = jEnd0;
        for (int i = 1; i < n; i++) {
            // (int) (x + 0.5) rounds like Math.round for x >= 0 (up to one ulp at a tie, which
            // the band's slack of w >= r + 1 absorbs), without its slow path.
            int jEnd = i == n - 1 ? m - 1 : (int) (i * r + 0.5);
            int j = Math.min(jPrev + 1, jEnd);
            s = cost1(a, i * d, j) + s;
            for (j = j + 1; j <= jEnd; j++) {
                s = cost1(a, i * d, j) + s;
            }
            jPrev = jEnd;
        }
        return s;
    }}
