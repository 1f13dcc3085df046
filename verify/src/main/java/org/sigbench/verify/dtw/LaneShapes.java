package org.sigbench.verify.dtw;

/**
 * Shapes and packing of a {@link DtwLanes} block (lane l: pair of n[l] x m[l] samples, band slope
 * r[l] and half-width w[l] as in {@link Dtw}): the cells the lanes would compute against the band
 * cells of the pairs (to decide whether the block runs in lanes), the bytes of reference samples a
 * band row spans, and the lane-interleaved copy of the samples.
 */
final class LaneShapes {
    private LaneShapes() {
    }

    /** Lane cells of a block: per row, L times the union of the active lanes' band columns. */
    static long laneCells(int[] n, int[] m, double[] r, double[] w, int nMax) {
        final int lanes = n.length;
        long cellsL = 0;
        for (int i = 0; i < nMax; i++) {
            int s = Integer.MAX_VALUE;
            int e = -1;
            for (int l = 0; l < lanes; l++) {
                if (i < n[l]) {
                    s = Math.min(s, Band.lo(i, r[l], w[l]));
                    e = Math.max(e, Band.hi(i, r[l], w[l], m[l]));
                }
            }
            cellsL += e - s + 1;
        }
        return cellsL * lanes;
    }

    /** Bytes of interleaved reference samples spanned by the widest band row of the block. */
    static double bandBytes(double[] w, int dims) {
        final int lanes = w.length;
        double width = 0;
        for (int l = 0; l < lanes; l++) {
            width = Math.max(width, 2 * w[l] + 1);
        }
        return width * dims * lanes * Double.BYTES;
    }

    /** Band cells of the block's first k lanes (its real pairs). */
    static long bandCells(int[] n, int[] m, double[] r, double[] w, int k) {
        long c = 0;
        for (int l = 0; l < k; l++) {
            for (int i = 0; i < n[l]; i++) {
                c += Band.hi(i, r[l], w[l], m[l]) - Band.lo(i, r[l], w[l]) + 1;
            }
        }
        return c;
    }

    /** Lane-interleaved copy: dst[(i d + q) L + l] = series idx[l], sample i, channel q (0 beyond its length). */
    static void interleave(double[][] src, int[] idx, int[] len, int rows, int d, double[] dst) {
        final int L = idx.length;
        for (int l = 0; l < L; l++) {
            double[] s = src[idx[l]];
            int nl = len[l];
            for (int i = 0; i < rows; i++) {
                for (int q = 0; q < d; q++) {
                    dst[(i * d + q) * L + l] = i < nl ? s[i * d + q] : 0.0;
                }
            }
        }
    }
}
