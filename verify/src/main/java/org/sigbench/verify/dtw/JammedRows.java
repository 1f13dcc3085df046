package org.sigbench.verify.dtw;

/**
 * The recurrence loops of {@link Dtw} over a run of columns, from the local costs of each row
 * ({@code costs[k][j]}, +inf outside a row's range) and the input row {@code rows[0]} (offset by
 * one: {@code rows[k][j + 1]} holds column j):
 * <pre>  D(i,j) = c(i,j) + min(D(i-1,j), D(i,j-1), D(i-1,j-1))</pre>
 * with the min taken as {@code min(left, min(up, diagonal))} by plain comparisons ({@code Dtw.min}).
 * {@link #rowA} does one row. {@link #jam4} and {@link #jam8} do four or eight rows in one column
 * loop (unroll and jam): the row recurrence is a serial chain (min then add per cell), and jamming
 * gives the CPU four or eight independent chains, with the lower rows taking their upper and
 * diagonal neighbours from registers. The jammed blocks are the kernel's unrolled code: written out
 * row by row so that each row's running values stay in registers.
 */
final class JammedRows {
    private static final double INF = Double.POSITIVE_INFINITY;

    private JammedRows() {
    }

    /** Full recurrence over columns from..to of one row; returns the last value. */
    static double rowA(double[] cost, double[] p, double[] c, int from, int to, double left) {
        for (int j = from; j <= to; j++) {
            double u = p[j + 1];
            double g = p[j];
            double m = Dtw.min(u, g);
            m = Dtw.min(left, m);
            double v = cost[j] + m;
            c[j + 1] = v;
            left = v;
        }
        return left;
    }

    /**
     * Four rows jammed over columns j0..j1 (costs +inf outside each row's range; column j0 - 1 is
     * +inf for every row): rows 1..3 take their upper neighbours from registers, so only rows[4]
     * is stored in the loop (rows 1..3 store their last column after it, for the epilogue). Used
     * for the last rows of a series; {@link #jam8} does the rest.
     */
    static void jam4(double[][] rows, double[][] costs, int j0, int j1) {
        final double[] p = rows[0];
        final double[] c0 = rows[1];
        final double[] c1 = rows[2];
        final double[] c2 = rows[3];
        final double[] c3 = rows[4];
        final double[] k0 = costs[0];
        final double[] k1 = costs[1];
        final double[] k2 = costs[2];
        final double[] k3 = costs[3];
        double g = p[j0];
        double l0 = INF;
        double l1 = INF;
        double l2 = INF;
        double l3 = INF;
        for (int j = j0; j <= j1; j++) {
            double u = p[j + 1];
            double m = Dtw.min(u, g);
            m = Dtw.min(l0, m);
            double v0 = k0[j] + m;
            m = Dtw.min(v0, l0);
            m = Dtw.min(l1, m);
            double v1 = k1[j] + m;
            m = Dtw.min(v1, l1);
            m = Dtw.min(l2, m);
            double v2 = k2[j] + m;
            m = Dtw.min(v2, l2);
            m = Dtw.min(l3, m);
            double v3 = k3[j] + m;
            c3[j + 1] = v3;
            g = u;
            l0 = v0;
            l1 = v1;
            l2 = v2;
            l3 = v3;
        }
        c0[j1 + 1] = l0;
        c1[j1 + 1] = l1;
        c2[j1 + 1] = l2;
    }

    /** Eight rows jammed over columns j0..j1, as {@link #jam4} (rows[8] is the stored row). */
    static void jam8(double[][] rows, double[][] costs, int j0, int j1) {
        final double[] p = rows[0];
        final double[] k0 = costs[0];
        final double[] k1 = costs[1];
        final double[] k2 = costs[2];
        final double[] k3 = costs[3];
        final double[] k4 = costs[4];
        final double[] k5 = costs[5];
        final double[] k6 = costs[6];
        final double[] k7 = costs[7];
        final double[] c7 = rows[8];
        double g = p[j0];
        double l0 = INF;
        double l1 = INF;
        double l2 = INF;
        double l3 = INF;
        double l4 = INF;
        double l5 = INF;
        double l6 = INF;
        double l7 = INF;
        for (int j = j0; j <= j1; j++) {
            double u = p[j + 1];
            double m = Dtw.min(u, g);
            m = Dtw.min(l0, m);
            double v0 = k0[j] + m;
            m = Dtw.min(v0, l0);
            m = Dtw.min(l1, m);
            double v1 = k1[j] + m;
            m = Dtw.min(v1, l1);
            m = Dtw.min(l2, m);
            double v2 = k2[j] + m;
            m = Dtw.min(v2, l2);
            m = Dtw.min(l3, m);
            double v3 = k3[j] + m;
            m = Dtw.min(v3, l3);
            m = Dtw.min(l4, m);
            double v4 = k4[j] + m;
            m = Dtw.min(v4, l4);
            m = Dtw.min(l5, m);
            double v5 = k5[j] + m;
            m = Dtw.min(v5, l5);
            m = Dtw.min(l6, m);
            double v6 = k6[j] + m;
            m = Dtw.min(v6, l6);
            m = Dtw.min(l7, m);
            double v7 = k7[j] + m;
            c7[j + 1] = v7;
            g = u;
            l0 = v0;
            l1 = v1;
            l2 = v2;
            l3 = v3;
            l4 = v4;
            l5 = v5;
            l6 = v6;
            l7 = v7;
        }
        rows[1][j1 + 1] = l0;
        rows[2][j1 + 1] = l1;
        rows[3][j1 + 1] = l2;
        rows[4][j1 + 1] = l3;
        rows[5][j1 + 1] = l4;
        rows[6][j1 + 1] = l5;
        rows[7][j1 + 1] = l6;
    }
}
