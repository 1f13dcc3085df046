package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;

/**
 * Toy 2D movements with a known timing: zig-zags of 10-15 straight strokes of length D in
 * [10, 40] turning by 1.6-2.6 rad, each stroke's bell lasting {@code scale D^exponent} (times
 * exp(0.1 N(0, 1))), consecutive bells back to back, one lognormal per bell with sigma 0.2 and a
 * 1 %-99 % span of one bell; with probability {@code pause} a rest uniform in [0.6, 1.0] s comes
 * before a stroke (not the first). Sampled at 100 Hz.
 */
final class KsToy {
    static final double SIGMA = 0.2;

    private KsToy() {
    }

    static Signature sample(long seed, double scale, double exponent, double pause, Kind kind) {
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(seed);
        int n = 10 + r.nextInt(6);
        double theta = 2 * Math.PI * r.nextDouble();
        double bell = 0;
        List<Stroke> strokes = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double d = 10 + 30 * r.nextDouble();
            double delta = scale * Math.pow(d, exponent) * Math.exp(0.1 * gauss(r));
            double rest = j > 0 && r.nextDouble() < pause ? 0.6 + 0.4 * r.nextDouble() : 0;
            double peak = bell + rest + 0.5 * delta;
            bell += rest + delta;
            double mu = Math.log(delta / (2 * Math.sinh(2.326 * SIGMA)));
            strokes.add(Stroke.planar(peak - Math.exp(mu - SIGMA * SIGMA), mu, SIGMA, d, 0, 0, theta, theta));
            theta += (j % 2 == 0 ? 1 : -1) * (1.6 + r.nextDouble());
        }
        SigmaLognormal m = SigmaLognormal.of(strokes, new double[] {0, 0, 0});
        double a = strokes.get(0).supportStart(2.326);
        double b = Double.NEGATIVE_INFINITY;
        for (Stroke k : strokes) {
            b = Math.max(b, k.supportEnd(2.326));
        }
        Trajectory tr = m.sample(SigmaLognormal.grid(a, b, 100));
        double[] t = tr.t().clone();
        for (int i = 0; i < t.length; i++) {
            t[i] -= tr.t()[0];
        }
        SignatureMeta meta = kind == Kind.GENUINE ? SignatureMeta.genuine("toy", "u" + seed, "s" + seed, 1, "toy")
                : SignatureMeta.forgery("toy", "u" + seed, "f" + seed, 1, "toy");
        return Signature.of(meta, 2, t, tr.x(), tr.y(), null, null, null);
    }

    static List<Signature> corpus(long seed, int count, double scale, double exponent, double pause, Kind kind) {
        List<Signature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(sample(seed * 1000 + i, scale, exponent, pause, kind));
        }
        return out;
    }

    private static double gauss(UniformRandomProvider r) {
        return Math.sqrt(-2 * Math.log(Math.max(r.nextDouble(), 1e-300))) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
