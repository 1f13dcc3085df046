package org.sigbench.synth.forgery;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.synth.fs.Draw;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Vec;
import org.sigbench.datasets.stat.Median;

/**
 * The forger model. From the genuine plan a forger keeps the virtual targets (the perceptually
 * important points) and the arcs' shape, then:
 * <ol>
 *   <li>distorts the shape: a global affine change (scale, rotation, slant about the centroid, in
 *       the x-y plane) plus an independent error on every target and arc point;</li>
 *   <li>breaks arcs into 2 or 3 shorter arcs (points on the same circle), so it makes more and
 *       shorter strokes;</li>
 *   <li>re-times them with its own rhythm: slower interval, irregular (CV {@code intervalCv}),
 *       strokes that overlap less ({@code fluency}), keeping a part ({@code rhythmFidelity}) of
 *       the target's rhythm (the interval before each arc a geometric blend of the target's
 *       interval there and its median interval).</li>
 * </ol>
 * Each forgery sample is then a duplicate of the forger's plan, like a genuine sample.
 */
public final class Forger {
    private Forger() {
    }

    /** The forger's plan of the genuine plan; rng is the forger's own stream. */
    public static Plan forgerPlan(Plan genuine, ForgeryOptions o, UniformRandomProvider rng) {
        Plan g = genuine.copy();
        double[] ext = g.extent();
        double h = Math.max(ext[1], 1e-9);
        double[] c = centroid(g.targets());
        double sx = Math.exp(o.scaleLogSd() * Draw.gauss(rng));
        double sy = Math.exp(o.scaleLogSd() * Draw.gauss(rng));
        double rot = o.rotationSd() * Draw.gauss(rng);
        double shear = o.shearSd() * Draw.gauss(rng);
        double cr = Math.cos(rot);
        double sr = Math.sin(rot);
        double sz = g.dims() == 3 ? o.shapeSd() * h : 0;
        for (double[][] set : new double[][][] {g.targets(), g.mids()}) {
            for (double[] p : set) {
                double x = (p[0] - c[0]) * sx;
                double y = (p[1] - c[1]) * sy;
                x += shear * y;
                p[0] = c[0] + cr * x - sr * y + o.shapeSd() * h * Draw.gauss(rng);
                p[1] = c[1] + sr * x + cr * y + o.shapeSd() * h * Draw.gauss(rng);
                p[2] += sz * Draw.gauss(rng);
            }
        }
        List<Stroke> arcs = new Plan(g.dims(), g.targets(), g.mids(), g.ts(), g.mu(), g.sigma(), g.pen()).strokes();
        double interval = medianInterval(g.ts());
        double slow = Draw.uniform(rng, o.slowMin(), o.slowMax());
        List<double[]> targets = new ArrayList<>();
        List<double[]> mids = new ArrayList<>();
        List<Double> mu = new ArrayList<>();
        List<Double> gap = new ArrayList<>(); // the blended interval before each forged arc
        List<Double> sigma = new ArrayList<>();
        List<Boolean> pen = new ArrayList<>();
        targets.add(g.targets()[0].clone());
        double[] tmp = new double[3];
        for (int j = 0; j < arcs.size(); j++) {
            Stroke k = arcs.get(j);
            double r = rng.nextDouble();
            int parts = r < o.split3() ? 3 : r < o.split3() + o.split2() ? 2 : 1;
            double[] start = k.start();
            for (int q = 0; q < parts; q++) {
                k.displacement((q + 0.5) / parts, tmp);
                mids.add(Vec.add(start, tmp));
                k.displacement((q + 1.0) / parts, tmp);
                targets.add(q == parts - 1 ? g.targets()[j + 1].clone() : Vec.add(start, tmp));
                // shorter arcs take less than the whole arc but a forger is slow: exp(mu) scales with
                // slow * fluency / sqrt(parts)
                mu.add(g.mu()[j] + Math.log(slow * o.fluency() / Math.sqrt(parts)));
                double own = j == 0 || !(g.ts()[j] - g.ts()[j - 1] > 0) ? interval : g.ts()[j] - g.ts()[j - 1];
                gap.add(Math.pow(own, o.rhythmFidelity()) * Math.pow(interval, 1 - o.rhythmFidelity()));
                sigma.add(g.sigma()[j]);
                pen.add(g.pen()[j]);
            }
        }
        int m = mids.size();
        double[] muA = new double[m];
        double[] sigA = new double[m];
        boolean[] penA = new boolean[m];
        for (int j = 0; j < m; j++) {
            muA[j] = mu.get(j);
            sigA[j] = sigma.get(j);
            penA[j] = pen.get(j);
        }
        double[] ts = new double[m];
        ts[0] = Math.exp(muA[0] - sigA[0] * sigA[0]);
        for (int j = 1; j < m; j++) {
            double fi = gap.get(j) * slow;
            ts[j] = ts[j - 1] + Math.max(fi / 4, fi * (1 + o.intervalCv() * Draw.gauss(rng)));
        }
        return new Plan(g.dims(), targets.toArray(double[][]::new), mids.toArray(double[][]::new), ts, muA, sigA, penA);
    }

    private static double[] centroid(double[][] pts) {
        double[] c = new double[3];
        for (double[] p : pts) {
            c[0] += p[0] / pts.length;
            c[1] += p[1] / pts.length;
            c[2] += p[2] / pts.length;
        }
        return c;
    }

    static double medianInterval(double[] ts) {
        if (ts.length < 2) {
            return 0.1;
        }
        double[] d = new double[ts.length - 1];
        for (int i = 1; i < ts.length; i++) {
            d[i - 1] = ts[i] - ts[i - 1];
        }
        return Median.high(d);
    }
}
