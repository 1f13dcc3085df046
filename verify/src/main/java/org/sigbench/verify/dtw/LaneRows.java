package org.sigbench.verify.dtw;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row-at-a-time path of {@link DtwLanes} for series wider than it writes out inside its DP
 * loop: a row's local costs first (one pass per channel, added in channel order, lane-wise), then
 * the band mask on the ragged edges, then the DP over the row. Same layout as {@link DtwLanes}:
 * lane-interleaved samples {@code A[(i d + k) L + l]}, rows offset by one column.
 */
final class LaneRows {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double INF = Double.POSITIVE_INFINITY;

    private LaneRows() {
    }

    /** Local costs of row i (A at aOff) against columns j0..j1 into cb, lane-wise, in channel order. */
    static void costRow(double[] a, int aOff, double[] bv, int d, boolean sq, int j0, int j1, double[] cb) {
        final int L = S.length();
        final int stride = d * L;
        DoubleVector a0 = DoubleVector.fromArray(S, a, aOff);
        if (sq) {
            for (int j = j0; j <= j1; j++) {
                DoubleVector e = a0.sub(DoubleVector.fromArray(S, bv, j * stride));
                e.mul(e).intoArray(cb, j * L);
            }
        } else {
            for (int j = j0; j <= j1; j++) {
                a0.sub(DoubleVector.fromArray(S, bv, j * stride)).lanewise(VectorOperators.ABS).intoArray(cb, j * L);
            }
        }
        for (int q = 1; q < d; q++) {
            DoubleVector aq = DoubleVector.fromArray(S, a, aOff + q * L);
            int off = q * L;
            if (sq) {
                for (int j = j0; j <= j1; j++) {
                    DoubleVector e = aq.sub(DoubleVector.fromArray(S, bv, j * stride + off));
                    DoubleVector.fromArray(S, cb, j * L).add(e.mul(e)).intoArray(cb, j * L);
                }
            } else {
                for (int j = j0; j <= j1; j++) {
                    DoubleVector e = aq.sub(DoubleVector.fromArray(S, bv, j * stride + off)).lanewise(VectorOperators.ABS);
                    DoubleVector.fromArray(S, cb, j * L).add(e).intoArray(cb, j * L);
                }
            }
        }
    }

    /** Lanes outside their band [lo, hi] get a +inf cost over columns j0..j1. */
    static void mask(double[] cb, int j0, int j1, DoubleVector lo, DoubleVector hi) {
        final int L = S.length();
        final DoubleVector inf = DoubleVector.broadcast(S, INF);
        for (int j = j0; j <= j1; j++) {
            DoubleVector jv = DoubleVector.broadcast(S, j);
            VectorMask<Double> out = jv.compare(VectorOperators.LT, lo).or(jv.compare(VectorOperators.GT, hi));
            DoubleVector.fromArray(S, cb, j * L).blend(inf, out).intoArray(cb, j * L);
        }
    }

    /** The DP over columns j0..j1 of one row from its costs. */
    static void dp(double[] p, double[] c, double[] cb, int j0, int j1) {
        final int L = S.length();
        DoubleVector g = DoubleVector.fromArray(S, p, j0 * L);
        DoubleVector left = DoubleVector.fromArray(S, c, j0 * L);
        for (int j = j0; j <= j1; j++) {
            int o = (j + 1) * L;
            DoubleVector u = DoubleVector.fromArray(S, p, o);
            DoubleVector v = DoubleVector.fromArray(S, cb, j * L).add(DtwLanes.min(DtwLanes.min(u, g), left));
            v.intoArray(c, o);
            g = u;
            left = v;
        }
    }
}
