package org.sigbench.synth.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sampling kernel of one stroke ({@link Stroke#addRange}) with samples in SIMD lanes: the same
 * operations in the same order on every lane, so the result is bit-identical to the scalar kernel
 * (tested on random movements, {@code StrokeLanesTest}). Per support sample: {@code z = (ln(t - t0)
 * - mu) / (sigma sqrt 2)}; erf(z) and {@code exp(-z^2)} from one row of {@link FastErf}'s table
 * (a gather per coefficient); {@code L = (1 + erf) / 2}; then, per lane, the straight-line form,
 * the left or right tail expansion ({@link Stroke#TAIL}) or the arc with {@link FastTrig}'s
 * reduction and polynomials (sin and cos of one angle share the reduction), chosen by blending
 * masks; the variants no lane needs are not computed. The natural log stays the JDK's
 * {@link Math#log}, computed in a first scalar pass into a scratch buffer (a vector log would not
 * give the same bits). {@code Math.rint} is the exact 1.5 x 2^52 rounding trick (ties to even,
 * valid for |x| &lt; 2^51; the sign of a zero result is restored). The last samples that do not
 * fill a vector go through the scalar kernel.
 */
final class StrokeLanes {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> SI =
            VectorSpecies.of(int.class, VectorShape.forBitSize(S.vectorBitSize() / 2));
    private static final int L = S.length();
    private static final double RINT = 6755399441055744.0;
    private static final double TWO_OVER_PI = 2 / Math.PI;
    private static final double PIO2_HI = Math.PI / 2;
    private static final double PIO2_LO = 6.123233995736766e-17;
    private static final DoubleVector PIO2_HI_V = DoubleVector.broadcast(S, PIO2_HI);
    private static final DoubleVector PIO2_LO_V = DoubleVector.broadcast(S, PIO2_LO);
    private static final int LAST_NODE = FastErf.TABLE.length / FastErf.ROW - 1;

    private StrokeLanes() {
    }

    /** Lane count of the preferred species (the scratch needs the support length rounded down to it). */
    static int lanes() {
        return L;
    }

    /**
     * Adds stroke k's position and velocity at {@code t[i0..i1)} to index i of the arrays, as
     * {@link Stroke#addRange} does; {@code logs} is scratch of at least {@code i1 - i0} entries.
     */
    static void addRange(Stroke k, double[] t, int i0, int i1, double[] logs, int[] rows,
                         double[] px, double[] py, double[] pz, double[] vx, double[] vy, double[] vz) {
        int iv = i0 + (i1 - i0) / L * L;
        double t0 = k.t0;
        for (int i = i0; i < iv; i++) {
            logs[i - i0] = Math.log(t[i] - t0);
        }
        for (int i = i0; i < iv; i += L) {
            chunk(k, t, i, logs, i - i0, rows, px, py, pz, vx, vy, vz);
        }
        k.addRange(t, iv, i1, 0, px, py, pz, vx, vy, vz);
    }

    /**
     * One vector of samples. One method, longer than the project's 80 lines, on purpose: a vector
     * passed to or returned from a call that C2 does not inline (this body is far above its
     * inlining size) is boxed on the heap, which cost more than the arithmetic; the helpers it
     * calls (the polynomials, the stores) are small enough to be inlined.
     */
    private static void chunk(Stroke k, double[] t, int i, double[] logs, int li, int[] rows,
                              double[] px, double[] py, double[] pz, double[] vx, double[] vy, double[] vz) {
        DoubleVector dt = DoubleVector.fromArray(S, t, i).sub(k.t0);
        VectorMask<Double> live = dt.compare(VectorOperators.LE, 0.0).not();
        if (!live.anyTrue()) {
            return;
        }
        DoubleVector z = DoubleVector.fromArray(S, logs, li).sub(k.mu).mul(k.invSigmaSqrt2);
        DoubleVector az = z.abs();
        VectorMask<Double> outside = az.compare(VectorOperators.LT, FastErf.X_MAX).not();
        VectorMask<Double> negative = z.compare(VectorOperators.LT, 0.0);
        IntVector kk = ((IntVector) az.mul(FastErf.INV_H).add(0.5).convertShape(VectorOperators.D2I, SI, 0))
                .max(0).min(LAST_NODE);
        DoubleVector h = az.sub(((DoubleVector) kk.convertShape(VectorOperators.I2D, S, 0)).mul(FastErf.H));
        kk.mul(FastErf.ROW).intoArray(rows, 0);
        double[] tab = FastErf.TABLE;
        DoubleVector c0 = DoubleVector.fromArray(S, tab, 0, rows, 0);
        DoubleVector c1 = DoubleVector.fromArray(S, tab, 1, rows, 0);
        DoubleVector c2 = DoubleVector.fromArray(S, tab, 2, rows, 0);
        DoubleVector c3 = DoubleVector.fromArray(S, tab, 3, rows, 0);
        DoubleVector c4 = DoubleVector.fromArray(S, tab, 4, rows, 0);
        DoubleVector c5 = DoubleVector.fromArray(S, tab, 5, rows, 0);
        DoubleVector c6 = DoubleVector.fromArray(S, tab, 6, rows, 0);
        DoubleVector c7 = DoubleVector.fromArray(S, tab, 7, rows, 0);
        DoubleVector p = c7.mul(h).add(c6).mul(h).add(c5).mul(h).add(c4).mul(h).add(c3).mul(h).add(c2).mul(h)
                .add(c1).mul(h).add(c0);
        DoubleVector q = c7.mul(7).mul(h).add(c6.mul(6)).mul(h).add(c5.mul(5)).mul(h).add(c4.mul(4)).mul(h)
                .add(c3.mul(3)).mul(h).add(c2.mul(2)).mul(h).add(c1);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector erf = p.blend(p.neg(), negative).blend(one.blend(one.neg(), negative), outside);
        DoubleVector gauss = q.mul(FastErf.SQRT_PI_2).blend(0.0, outside);
        DoubleVector speed = DoubleVector.broadcast(S, k.speedFactor).div(dt).mul(gauss);
        DoubleVector s = one.add(erf).mul(0.5);
        if (k.straight) {
            DoubleVector as = s.mul(k.arcK);
            DoubleVector cs = DoubleVector.broadcast(S, k.cosS);
            DoubleVector sn = DoubleVector.broadcast(S, k.sinS);
            out(k, i, live, as.mul(k.cosS), as.mul(k.sinS), cs.mul(speed), sn.mul(speed), px, py, pz, vx, vy, vz);
            return;
        }
        // the curved stroke: each lane in its region (left tail, arc, right tail), blended
        VectorMask<Double> left = s.compare(VectorOperators.LT, Stroke.TAIL);
        VectorMask<Double> right = s.compare(VectorOperators.GT, 1 - Stroke.TAIL).andNot(left);
        VectorMask<Double> mid = left.or(right).not();
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector a = zero;
        DoubleVector b = zero;
        DoubleVector c = zero;
        DoubleVector n = zero;
        DoubleVector cosS = DoubleVector.broadcast(S, k.cosS);
        if (mid.anyTrue()) {
            DoubleVector th = s.mul(k.dTheta).add(k.thetaS);
            DoubleVector xq = th.mul(TWO_OVER_PI);
            DoubleVector qq = xq.add(RINT).sub(RINT);
            qq = qq.blend(xq.mul(0.0), qq.compare(VectorOperators.EQ, 0.0));
            DoubleVector mq = qq.neg();
            DoubleVector r = mq.fma(PIO2_LO_V, mq.fma(PIO2_HI_V, th));
            DoubleVector ps = polySin(r);
            DoubleVector pc = polyCos(r);
            IntVector quad = ((IntVector) qq.convertShape(VectorOperators.D2I, SI, 0)).and(3);
            VectorMask<Double> q1 = quad.compare(VectorOperators.EQ, 1).cast(S);
            VectorMask<Double> q2 = quad.compare(VectorOperators.EQ, 2).cast(S);
            VectorMask<Double> q3 = quad.compare(VectorOperators.EQ, 3).cast(S);
            DoubleVector sin = ps.blend(pc, q1).blend(ps.neg(), q2).blend(pc.neg(), q3);
            DoubleVector cos = pc.blend(ps.neg(), q1).blend(pc.neg(), q2).blend(ps, q3);
            c = cos;
            n = sin;
            a = sin.sub(k.sinS).mul(k.arcK);
            b = cosS.sub(cos).mul(k.arcK);
        }
        if (left.anyTrue()) {
            DoubleVector dl = s.mul(k.dTheta);
            DoubleVector ds = s.mul(k.d);
            a = a.blend(ds.mul(cosS.sub(dl.mul(0.5 * k.sinS))), left);
            b = b.blend(ds.mul(dl.mul(0.5 * k.cosS).add(k.sinS)), left);
            c = c.blend(cosS.sub(dl.mul(k.sinS)), left);
            n = n.blend(dl.mul(k.cosS).add(k.sinS), left);
        }
        if (right.anyTrue()) {
            DoubleVector e = DoubleVector.broadcast(S, 1.0).sub(erf).mul(0.5);
            DoubleVector dl = e.mul(k.dTheta);
            DoubleVector de = e.mul(k.d);
            DoubleVector sinE = DoubleVector.broadcast(S, k.sinE);
            a = a.blend(DoubleVector.broadcast(S, k.endA).sub(de.mul(dl.mul(0.5 * k.sinE).add(k.cosE))), right);
            b = b.blend(DoubleVector.broadcast(S, k.endB).sub(de.mul(sinE.sub(dl.mul(0.5 * k.cosE)))), right);
            c = c.blend(dl.mul(k.sinE).add(k.cosE), right);
            n = n.blend(sinE.sub(dl.mul(k.cosE)), right);
        }
        out(k, i, live, a, b, c.mul(speed), n.mul(speed), px, py, pz, vx, vy, vz);
    }

    /** Adds the displacement (a, b) and the velocity (c, n) of the plane to the arrays at i..i+L. */
    private static void out(Stroke k, int i, VectorMask<Double> live, DoubleVector a, DoubleVector b,
                            DoubleVector c, DoubleVector n,
                            double[] px, double[] py, double[] pz, double[] vx, double[] vy, double[] vz) {
        add(px, i, a.mul(k.ux).add(b.mul(k.wx)), live);
        add(py, i, a.mul(k.uy).add(b.mul(k.wy)), live);
        add(pz, i, a.mul(k.uz).add(b.mul(k.wz)), live);
        add(vx, i, c.mul(k.ux).add(n.mul(k.wx)), live);
        add(vy, i, c.mul(k.uy).add(n.mul(k.wy)), live);
        add(vz, i, c.mul(k.uz).add(n.mul(k.wz)), live);
    }

    private static void add(double[] x, int i, DoubleVector v, VectorMask<Double> live) {
        DoubleVector.fromArray(S, x, i).add(v, live).intoArray(x, i);
    }

    private static DoubleVector polySin(DoubleVector r) {
        DoubleVector r2 = r.mul(r);
        DoubleVector p = r2.mul(FastTrig.S15).add(FastTrig.S13);
        p = r2.mul(p).add(FastTrig.S11);
        p = r2.mul(p).add(FastTrig.S9);
        p = r2.mul(p).add(FastTrig.S7);
        p = r2.mul(p).add(FastTrig.S5);
        p = r2.mul(p).add(FastTrig.S3);
        return r.mul(r2).mul(p).add(r);
    }

    private static DoubleVector polyCos(DoubleVector r) {
        DoubleVector r2 = r.mul(r);
        DoubleVector p = r2.mul(FastTrig.C16).add(FastTrig.C14);
        p = r2.mul(p).add(FastTrig.C12);
        p = r2.mul(p).add(FastTrig.C10);
        p = r2.mul(p).add(FastTrig.C8);
        p = r2.mul(p).add(FastTrig.C6);
        p = r2.mul(p).add(FastTrig.C4);
        p = r2.mul(p).add(FastTrig.C2);
        return r2.mul(p).add(1.0);
    }
}
