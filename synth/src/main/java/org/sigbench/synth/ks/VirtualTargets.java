package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.Vec;

/** Step 5 of {@link KinematicSynthesis}: the arcs' ends moved off the path (virtual targets). */
final class VirtualTargets {
    private VirtualTargets() {
    }

    /** Iterations of the virtual-target correction ({@link #of}); the best is kept. */
    static final int TARGET_ITERATIONS = 12;

    /**
     * Strokes with virtual targets. Timed strokes between points on the path overlap, so the
     * movement would cut the path's corners; as in the Kinematic Theory, the targets move off the
     * path instead: the movement must pass each arc's end point at the junction of its bell and
     * the next (mid-rest when the next one rests), and each target is shifted by the miss (Jacobi
     * fixed-point iteration, {@value #TARGET_ITERATIONS} rounds, the round with the smallest rms
     * miss kept; it converges in a few rounds because a target moves its own junction point
     * most). Each arc keeps its bulge relative to its chord; the start and the end stay put.
     */
    static List<Stroke> of(KinematicSynthesis.Layout lay, double[] t0, double[] mu, double[] sg, double[] junction) {
        List<Stroke> arcs = lay.arcs();
        int n = arcs.size();
        double[][] end = new double[n + 1][];
        double[][] goal = new double[n + 1][];
        end[0] = lay.origin().clone();
        for (int j = 0; j < n; j++) {
            end[j + 1] = arcs.get(j).end().clone();
            goal[j + 1] = end[j + 1].clone();
        }
        // each arc keeps its bulge: the mid point's offset from the chord's middle, relative to the chord
        double[][] bulge = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] a = j == 0 ? end[0] : end[j];
            double[] c = Vec.sub(end[j + 1], a);
            double cc = Vec.dot(c, c);
            double[] off = Vec.sub(lay.mids().get(j), Vec.scale(Vec.add(a, end[j + 1]), 0.5));
            off = Vec.sub(off, Vec.scale(c, Vec.dot(off, c) / cc));
            bulge[j] = Vec.scale(off, 1 / Math.sqrt(cc));
        }
        if (n < 2) {
            return timedOnPath(arcs, t0, mu, sg);
        }
        double[] at = new double[n - 1];
        for (int j = 0; j + 1 < n; j++) {
            at[j] = j == 0 ? junction[j] : Math.max(junction[j], Math.nextUp(at[j - 1]));
        }
        List<Stroke> best = null;
        double bestMiss = Double.POSITIVE_INFINITY;
        for (int it = 0; it <= TARGET_ITERATIONS; it++) {
            List<Stroke> strokes = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                double[] a = end[j];
                double[] c = Vec.sub(end[j + 1], a);
                double len = Vec.norm(c);
                // the bulge, made perpendicular to the new chord, scaled by its length
                double[] off = Vec.sub(bulge[j], Vec.scale(c, Vec.dot(bulge[j], c) / Math.max(len * len, 1e-300)));
                double[] m = Vec.add(Vec.scale(Vec.add(a, end[j + 1]), 0.5), Vec.scale(off, len));
                Stroke k = KinematicSynthesis.arc(a, m, end[j + 1], t0[j], mu[j], sg[j]);
                if (k == null) {
                    return best != null ? best : timedOnPath(arcs, t0, mu, sg);
                }
                strokes.add(k);
            }
            Trajectory tr = SigmaLognormal.of(strokes, end[0]).sample(at);
            double miss = 0;
            double[][] err = new double[n - 1][];
            for (int j = 0; j + 1 < n; j++) {
                double[] g = goal[j + 1];
                err[j] = new double[] {g[0] - tr.x()[j], g[1] - tr.y()[j], g[2] - tr.z()[j]};
                miss += Vec.dot(err[j], err[j]);
            }
            if (miss < bestMiss) {
                bestMiss = miss;
                best = strokes;
            }
            for (int j = 0; j + 1 < n; j++) {
                for (int c = 0; c < 3; c++) {
                    end[j + 1][c] += err[j][c];
                }
            }
        }
        return best;
    }

    private static List<Stroke> timedOnPath(List<Stroke> arcs, double[] t0, double[] mu, double[] sg) {
        List<Stroke> out = new ArrayList<>(arcs.size());
        for (int j = 0; j < arcs.size(); j++) {
            Stroke k = arcs.get(j);
            out.add(k.with(t0[j], mu[j], sg[j], k.d(), k.thetaS(), k.thetaE()));
        }
        return out;
    }
}
