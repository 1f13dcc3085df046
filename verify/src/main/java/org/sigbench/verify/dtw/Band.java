package org.sigbench.verify.dtw;

/**
 * The Sakoe-Chiba band shared by {@link Dtw}, {@link DtwLanes} and their tests (Sakoe and Chiba,
 * IEEE TASSP 1978), around the scaled diagonal {@code j = i r} of an n x m matrix:
 * <pre>  r = (m-1)/(n-1)   (0 when n = 1)
 *  w = max(band * max(n, m), r + 1, 2)   (max(n, m) when band >= 1, n = 1 or m = 1)
 *  cell (i, j) inside  iff  ceil(i r - w) <= j <= floor(i r + w)</pre>
 * The lower limits on {@code w} keep the scaled-diagonal path (the pruning bound of {@link Dtw})
 * inside the band; {@code band = 1} gives the full matrix.
 */
public final class Band {
    private Band() {
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

    /** First column of row i inside the band: {@code max(0, ceil(i r - w))}. */
    static int lo(int i, double r, double w) {
        return (int) Math.max(0, Math.ceil(i * r - w));
    }

    /** Last column of row i inside the band: {@code min(m - 1, floor(i r + w))}. */
    static int hi(int i, double r, double w, int m) {
        return (int) Math.min(m - 1, Math.floor(i * r + w));
    }
}
