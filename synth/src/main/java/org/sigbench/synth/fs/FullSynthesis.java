package org.sigbench.synth.fs;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.stat.Median;

/**
 * Full Synthesis: a new identity's motor plan. The published method (Ferrer et al., KBS 2023)
 * fixes the outline: 2D virtual targets joined by circular arcs, targets and arc mid points lifted
 * to 3D with {@code z = Ax sin(wx x + px) + Ay sin(wy y + py)}, CPG time stamps
 * {@code ts_j = ts_(j-1) + r}, {@code r ~ N(interval, intervalSd)}, one lognormal per arc. How the
 * 2D targets are made is not published; ours (every knob in {@link FsOptions}):
 * <ol>
 *   <li>1..maxWords pen-down components; pen-up transition arcs between them;</li>
 *   <li>each component opens with a capital: a tall up stroke and a wide looping down stroke;</li>
 *   <li>then a cursive run: targets alternate between the base line and the x-height, advancing in
 *       x; with {@code loopProbability} a letter becomes an ascender or descender whose return
 *       stroke steps back in x, so the two arcs cross into a loop; arcs bulge alternately (garlands
 *       or arcades, a per-component style) by 5-35 % of the chord;</li>
 *   <li>a flourish: up-right, a sweep back below the name in two arcs, a short tail;</li>
 *   <li>scaled to the identity's width and height, lifted to 3D with random phases, wavelengths
 *       around the options' and a small random tilt of the signing plane, centred on the origin.</li>
 * </ol>
 * Each arc peaks at its CPG time stamp; mu is uniform in [muMin, muMax] + ln(interval / 0.1) and
 * sigma uniform in [sigmaMin, sigmaMax].
 */
public final class FullSynthesis {
    private FullSynthesis() {
    }

    /** A new identity's plan. */
    public static Plan plan(FsOptions o, UniformRandomProvider rng) {
        int n = (int) Math.max(6, Math.round(o.strokes() * Math.exp(o.strokesLogSd() * Draw.gauss(rng))));
        double width = o.width() * Math.exp(o.sizeLogSd() * Draw.gauss(rng));
        double height = o.height() * Math.exp(o.sizeLogSd() * Draw.gauss(rng));
        Shape s = shape2d(o, n, rng);
        List<double[]> pts = s.pts;
        List<double[]> mids = s.mids;
        scale(pts, mids, width, height);
        if (o.dims() == 3) {
            lift(o, pts, mids, width, height, rng);
        }
        for (List<double[]> l : List.of(pts, mids)) {
            for (double[] p : l) {
                p[0] += o.originX();
                p[1] += o.originY();
                p[2] = o.dims() == 3 ? p[2] + o.originZ() : 0;
            }
        }
        int m = mids.size();
        double[] chord = new double[m];
        for (int j = 0; j < m; j++) {
            chord[j] = Math.max(1e-12, Math.hypot(Math.hypot(pts.get(j + 1)[0] - pts.get(j)[0],
                    pts.get(j + 1)[1] - pts.get(j)[1]), pts.get(j + 1)[2] - pts.get(j)[2]));
        }
        double med = Median.high(chord);
        double[] mu = new double[m];
        double[] sigma = new double[m];
        double[] stretch = new double[m];
        double shift = Math.log(o.interval() / 0.1);
        for (int j = 0; j < m; j++) {
            double lr = Math.max(-1.5, Math.min(1.5, Math.log(chord[j] / med)));
            stretch[j] = Math.exp(o.isochrony() * lr);
            mu[j] = Draw.uniform(rng, o.muMin(), o.muMax()) + shift + o.isochrony() * lr;
            sigma[j] = Draw.uniform(rng, o.sigmaMin(), o.sigmaMax());
        }
        double[] ts = cpgTimes(mu, sigma, o.interval(), o.intervalSd(), rng);
        // isochrony: the slot between two peaks grows with the two strokes' amplitudes
        double acc = 0;
        double[] t2 = ts.clone();
        for (int j = 1; j < m; j++) {
            acc += (ts[j] - ts[j - 1]) * 0.5 * (stretch[j - 1] + stretch[j]);
            t2[j] = ts[0] + acc;
        }
        ts = t2;
        boolean[] pen = new boolean[m];
        int up = 0;
        for (int j = 0; j < m; j++) {
            pen[j] = s.pen.get(j);
            up += pen[j] ? 0 : 1;
        }
        // more pen-up transitions, never the first or last arc
        int want = (int) Math.round(o.penUpFraction() * m);
        for (int tries = 0; up < want && tries < 10 * m && m > 2; tries++) {
            int j = 1 + rng.nextInt(m - 2);
            if (pen[j]) {
                pen[j] = false;
                up++;
            }
        }
        return new Plan(o.dims(), pts.toArray(double[][]::new), mids.toArray(double[][]::new), ts, mu, sigma, pen);
    }

    /**
     * CPG time stamps: {@code ts_0 = exp(mu_0 - sigma_0^2)} (so that t0_0 = 0) and
     * {@code ts_j = ts_(j-1) + r}, {@code r ~ N(interval, sd)} floored at interval / 4.
     */
    public static double[] cpgTimes(double[] mu, double[] sigma, double interval, double sd, UniformRandomProvider rng) {
        double[] ts = new double[mu.length];
        ts[0] = Math.exp(mu[0] - sigma[0] * sigma[0]);
        for (int j = 1; j < ts.length; j++) {
            ts[j] = ts[j - 1] + Math.max(interval / 4, interval + sd * Draw.gauss(rng));
        }
        return ts;
    }

    private record Shape(List<double[]> pts, List<double[]> mids, List<Boolean> pen) {
    }

    /** The 2D plan in letter units (base line y = 0, capitals about 1). */
    private static Shape shape2d(FsOptions o, int n, UniformRandomProvider rng) {
        Shape s = new Shape(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        s.pts.add(new double[] {0, Draw.uniform(rng, 0.1, 0.5), 0});
        int flourish = o.flourish() && n >= 10 ? 4 : 0;
        int words = Math.min(1 + rng.nextInt(o.maxWords()), Math.max(1, (n - flourish) / 6));
        int body = n - flourish - (words - 1);
        double xh = o.xHeight();
        for (int w = 0; w < words; w++) {
            int k = body / words + (w < body % words ? 1 : 0);
            if (w > 0) {
                double[] p = last(s);
                arc(s, p[0] + Draw.uniform(rng, 0.15, 0.35), Draw.uniform(rng, 0.3, 0.8),
                        Draw.uniform(rng, 0.1, 0.3), false);
            }
            double style = rng.nextBoolean() ? 1 : -1;
            // capital: tall up stroke, wide looping down stroke
            double[] p = last(s);
            arc(s, p[0] + Draw.uniform(rng, 0.05, 0.2), Draw.uniform(rng, 0.85, 1.2), style * Draw.uniform(rng, 0.05, 0.25), true);
            k--;
            if (k > 0) {
                p = last(s);
                arc(s, p[0] - Draw.uniform(rng, -0.05, 0.12), Draw.uniform(rng, -0.1, 0.15), -style * Draw.uniform(rng, 0.25, 0.45), true);
                k--;
            }
            boolean up = true;
            boolean loop = false;
            for (; k > 0; k--) {
                p = last(s);
                double x;
                double y;
                double bulge = style * (up ? 1 : -1) * Draw.uniform(rng, 0.05, 0.35);
                if (up) {
                    loop = rng.nextDouble() < o.loopProbability();
                    boolean descender = loop && rng.nextDouble() < 0.3;
                    x = p[0] + Draw.uniform(rng, 0.04, 0.14);
                    y = descender ? -Draw.uniform(rng, 0.3, 0.55) : loop ? Draw.uniform(rng, 0.8, 1.15) : xh * Draw.uniform(rng, 0.7, 1.3);
                    if (descender) {
                        bulge = -bulge;
                    }
                } else {
                    x = loop ? p[0] - Draw.uniform(rng, 0.0, 0.05) : p[0] + Draw.uniform(rng, 0.03, 0.12);
                    y = p[1] < 0 ? xh * Draw.uniform(rng, 0.3, 0.9) : Draw.uniform(rng, -0.05, 0.1);
                    if (loop) {
                        bulge = Math.copySign(Draw.uniform(rng, 0.2, 0.4), bulge);
                    }
                }
                arc(s, x, y, bulge, true);
                up = !up;
            }
        }
        if (flourish > 0) {
            double[] p = last(s);
            double span = p[0] - s.pts.get(0)[0];
            arc(s, p[0] + Draw.uniform(rng, 0.05, 0.2), Draw.uniform(rng, 0.4, 0.9), Draw.uniform(rng, -0.3, 0.3), true);
            p = last(s);
            double back = p[0] - span * Draw.uniform(rng, 0.3, 0.6);
            arc(s, (p[0] + back) / 2, -Draw.uniform(rng, 0.1, 0.3), -Draw.uniform(rng, 0.05, 0.2), true);
            arc(s, back, -Draw.uniform(rng, 0.15, 0.35), Draw.uniform(rng, -0.1, 0.1), true);
            p = last(s);
            arc(s, p[0] + span * Draw.uniform(rng, 0.15, 0.4), p[1] + Draw.uniform(rng, -0.1, 0.15),
                    Draw.uniform(rng, -0.15, 0.15), true);
        }
        return s;
    }

    private static double[] last(Shape s) {
        return s.pts.get(s.pts.size() - 1);
    }

    /** Appends an arc to (x, y) whose mid point bulges by {@code bulge} chords to the left of travel. */
    private static void arc(Shape s, double x, double y, double bulge, boolean pen) {
        double[] p = last(s);
        double dx = x - p[0];
        double dy = y - p[1];
        double len = Math.hypot(dx, dy);
        if (len < 0.03) { // keep targets apart: no degenerate arcs
            dx += 0.03;
            x = p[0] + dx;
            len = Math.hypot(dx, dy);
        }
        s.mids.add(new double[] {p[0] + dx / 2 - dy * bulge, p[1] + dy / 2 + dx * bulge, 0});
        s.pts.add(new double[] {x, y, 0});
        s.pen.add(pen);
    }

    private static void scale(List<double[]> pts, List<double[]> mids, double width, double height) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> l : List.of(pts, mids)) {
            for (double[] p : l) {
                for (int c = 0; c < 2; c++) {
                    lo[c] = Math.min(lo[c], p[c]);
                    hi[c] = Math.max(hi[c], p[c]);
                }
            }
        }
        double sx = width / (hi[0] - lo[0]);
        double sy = height / (hi[1] - lo[1]);
        double cx = (hi[0] + lo[0]) / 2;
        double cy = (hi[1] + lo[1]) / 2;
        for (List<double[]> l : List.of(pts, mids)) {
            for (double[] p : l) {
                p[0] = (p[0] - cx) * sx;
                p[1] = (p[1] - cy) * sy;
            }
        }
    }

    private static void lift(FsOptions o, List<double[]> pts, List<double[]> mids, double width, double height,
                             UniformRandomProvider rng) {
        double ax = o.surfaceAmpX() * Draw.uniform(rng, 0.5, 1.5);
        double ay = o.surfaceAmpY() * Draw.uniform(rng, 0.5, 1.5);
        double wx = 2 * Math.PI / (width * o.surfaceWaveX() * Draw.uniform(rng, 0.7, 1.3));
        double wy = 2 * Math.PI / (height * o.surfaceWaveY() * Draw.uniform(rng, 0.7, 1.3));
        double px = Draw.uniform(rng, 0, 2 * Math.PI);
        double py = Draw.uniform(rng, 0, 2 * Math.PI);
        double tx = o.tiltSd() * Draw.gauss(rng);
        double ty = o.tiltSd() * Draw.gauss(rng);
        double cx = Math.cos(tx);
        double sx = Math.sin(tx);
        double cy = Math.cos(ty);
        double sy = Math.sin(ty);
        for (List<double[]> l : List.of(pts, mids)) {
            for (double[] p : l) {
                double z = ax * Math.sin(wx * p[0] + px) + ay * Math.sin(wy * p[1] + py);
                // tilt: rotate about x (y-z), then about y (x-z)
                double y1 = cx * p[1] - sx * z;
                double z1 = sx * p[1] + cx * z;
                double x2 = cy * p[0] + sy * z1;
                double z2 = -sy * p[0] + cy * z1;
                p[0] = x2;
                p[1] = y1;
                p[2] = z2;
            }
        }
    }
}
