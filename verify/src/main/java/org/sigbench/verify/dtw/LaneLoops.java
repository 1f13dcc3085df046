package org.sigbench.verify.dtw;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row loops of {@link DtwLanes} for series of up to 8 channels, with the local cost computed
 * inside the DP loop (wider series go through {@link LaneRows}). Per column j, lane-wise:
 * <pre>  c = sum_k |A[(i d + k) L] - B[(j d + k) L]|   or   sum_k (A[...] - B[...])^2   (channel order)
 *  D(i, j) = c + min(min(D(i-1, j), D(i-1, j-1)), D(i, j-1))</pre>
 * {@link #plain} and {@link #plain3} run over columns where every lane is inside its band;
 * {@link #masked} blends +inf into the lanes outside their band {@code [lo, hi]}. Same layout as
 * {@link DtwLanes}: lane-interleaved samples, rows offset by one column ({@code row[(j + 1) L + l]}).
 */
final class LaneLoops {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double INF = Double.POSITIVE_INFINITY;

    private LaneLoops() {
    }

    /**
     * Local cost of row i (A at aOff) against column j for d <= 8, lane-wise, summed in channel
     * order (written out: a loop over channels carrying a vector compiles to slower code).
     */
    private static DoubleVector cost(double[] av, int aOff, double[] bv, int dims, boolean sq, int j) {
        final int L = S.length();
        int bOff = j * dims * L;
        DoubleVector c = channel(av, aOff, bv, bOff, sq);
        if (dims == 1) {
            return c;
        }
        c = c.add(channel(av, aOff + 1 * L, bv, bOff + 1 * L, sq));
        if (dims == 2) {
            return c;
        }
        c = c.add(channel(av, aOff + 2 * L, bv, bOff + 2 * L, sq));
        if (dims == 3) {
            return c;
        }
        c = c.add(channel(av, aOff + 3 * L, bv, bOff + 3 * L, sq));
        if (dims == 4) {
            return c;
        }
        c = c.add(channel(av, aOff + 4 * L, bv, bOff + 4 * L, sq));
        if (dims == 5) {
            return c;
        }
        c = c.add(channel(av, aOff + 5 * L, bv, bOff + 5 * L, sq));
        if (dims == 6) {
            return c;
        }
        c = c.add(channel(av, aOff + 6 * L, bv, bOff + 6 * L, sq));
        if (dims == 7) {
            return c;
        }
        c = c.add(channel(av, aOff + 7 * L, bv, bOff + 7 * L, sq));
        return c;
    }

    /** {@code |a - b|} or {@code (a - b)^2} of one channel, lane-wise. */
    private static DoubleVector channel(double[] av, int aOff, double[] bv, int bOff, boolean sq) {
        DoubleVector e = DoubleVector.fromArray(S, av, aOff).sub(DoubleVector.fromArray(S, bv, bOff));
        return sq ? e.mul(e) : e.lanewise(VectorOperators.ABS);
    }

    /**
     * {@link #plain} for d = 3 (3D trajectories) with the row's samples held in registers: the loop
     * stores DP values into a {@code double[]}, so the compiler cannot hoist loads from the
     * (possibly aliased) sample array itself.
     */
    static void plain3(double[] a, double[] bv, boolean sq, double[] p, double[] c, int aOff, int j0, int j1) {
        final int L = S.length();
        final int stride = 3 * L;
        final DoubleVector a0 = DoubleVector.fromArray(S, a, aOff);
        final DoubleVector a1 = DoubleVector.fromArray(S, a, aOff + L);
        final DoubleVector a2 = DoubleVector.fromArray(S, a, aOff + 2 * L);
        DoubleVector g = DoubleVector.fromArray(S, p, j0 * L);
        DoubleVector left = DoubleVector.fromArray(S, c, j0 * L);
        if (sq) {
            for (int j = j0; j <= j1; j++) {
                int bo = j * stride;
                DoubleVector e0 = a0.sub(DoubleVector.fromArray(S, bv, bo));
                DoubleVector e1 = a1.sub(DoubleVector.fromArray(S, bv, bo + L));
                DoubleVector e2 = a2.sub(DoubleVector.fromArray(S, bv, bo + 2 * L));
                DoubleVector cost = e0.mul(e0).add(e1.mul(e1)).add(e2.mul(e2));
                int o = (j + 1) * L;
                DoubleVector u = DoubleVector.fromArray(S, p, o);
                DoubleVector v = cost.add(DtwLanes.min(DtwLanes.min(u, g), left));
                v.intoArray(c, o);
                g = u;
                left = v;
            }
        } else {
            for (int j = j0; j <= j1; j++) {
                int bo = j * stride;
                DoubleVector cost = a0.sub(DoubleVector.fromArray(S, bv, bo)).lanewise(VectorOperators.ABS)
                        .add(a1.sub(DoubleVector.fromArray(S, bv, bo + L)).lanewise(VectorOperators.ABS))
                        .add(a2.sub(DoubleVector.fromArray(S, bv, bo + 2 * L)).lanewise(VectorOperators.ABS));
                int o = (j + 1) * L;
                DoubleVector u = DoubleVector.fromArray(S, p, o);
                DoubleVector v = cost.add(DtwLanes.min(DtwLanes.min(u, g), left));
                v.intoArray(c, o);
                g = u;
                left = v;
            }
        }
    }

    /** Columns j0..j1 where every lane is inside its band. */
    static void plain(double[] a, double[] b, int d, boolean sq, double[] p, double[] c, int aOff, int j0, int j1) {
        final int L = S.length();
        DoubleVector g = DoubleVector.fromArray(S, p, j0 * L);
        DoubleVector left = DoubleVector.fromArray(S, c, j0 * L);
        for (int j = j0; j <= j1; j++) {
            int o = (j + 1) * L;
            DoubleVector u = DoubleVector.fromArray(S, p, o);
            DoubleVector v = cost(a, aOff, b, d, sq, j).add(DtwLanes.min(DtwLanes.min(u, g), left));
            v.intoArray(c, o);
            g = u;
            left = v;
        }
    }

    /** Columns j0..j1 with per-lane band limits: a lane outside [lo, hi] gets +inf. */
    static void masked(double[] a, double[] b, int d, boolean sq, double[] p, double[] c, int aOff, int j0, int j1,
            DoubleVector lo, DoubleVector hi) {
        final int L = S.length();
        final DoubleVector inf = DoubleVector.broadcast(S, INF);
        DoubleVector g = DoubleVector.fromArray(S, p, j0 * L);
        DoubleVector left = DoubleVector.fromArray(S, c, j0 * L);
        for (int j = j0; j <= j1; j++) {
            int o = (j + 1) * L;
            DoubleVector jv = DoubleVector.broadcast(S, j);
            VectorMask<Double> out = jv.compare(VectorOperators.LT, lo).or(jv.compare(VectorOperators.GT, hi));
            DoubleVector u = DoubleVector.fromArray(S, p, o);
            DoubleVector v = cost(a, aOff, b, d, sq, j).add(DtwLanes.min(DtwLanes.min(u, g), left)).blend(inf, out);
            v.intoArray(c, o);
            g = u;
            left = v;
        }
    }
}
