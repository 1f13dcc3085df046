package org.sigbench.synth.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;

/**
 * RotationSpread recovers the per-axis sd of rotations applied to copies of one path (no shape
 * difference, so the best rotation between two copies is exactly their relative rotation), in
 * 2D and 3D; fixed seeds, and the estimate lies within 12 % of the truth (with 20 subjects x 28
 * pairs the median of theta^2 has a relative standard error of about 6 %).
 */
class RotationSpreadTest {

    /** A wiggly open 3D path of 300 points (z = 0 in 2D). */
    static double[][] path(int dims, long seed) {
        UniformRandomProvider r = Streams.of(seed, 0);
        double[][] p = new double[3][300];
        double a = r.nextDouble() * 3;
        double b = r.nextDouble() * 3;
        for (int i = 0; i < 300; i++) {
            double t = i / 299.0;
            p[0][i] = 100 * t + 20 * Math.sin(7 * t + a);
            p[1][i] = 30 * Math.sin(11 * t + b) + 10 * t;
            p[2][i] = dims == 3 ? 25 * Math.cos(5 * t + a + b) : 0;
        }
        return p;
    }

    static double[][] rotated(double[][] p, int dims, double sd, ZigguratSampler.NormalizedGaussian g) {
        double[][] rot = org.sigbench.synth.extract.RealDuplicates.rotation(dims, sd, g);
        double[][] q = new double[3][p[0].length];
        for (int i = 0; i < p[0].length; i++) {
            for (int a = 0; a < 3; a++) {
                q[a][i] = rot[a][0] * p[0][i] + rot[a][1] * p[1][i] + rot[a][2] * p[2][i];
            }
        }
        return q;
    }

    static double estimate(int dims, double sd) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(Streams.of(77, dims));
        List<Group> groups = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            double[][] p = path(dims, s);
            List<Signature> gen = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                double[][] q = rotated(p, dims, sd, g);
                double[] t = new double[q[0].length];
                for (int i = 0; i < t.length; i++) {
                    t[i] = i * 0.01;
                }
                gen.add(Signature.of(SignatureMeta.genuine("toy", "u" + s, "u" + s + "s" + k, k + 1, "toy"), dims, t,
                        q[0], q[1], dims == 3 ? q[2] : null, null, null));
            }
            groups.add(new Group(gen, List.of()));
        }
        return RotationSpread.of(groups, dims);
    }

    @Test
    void recoversTheRotationSdIn2dAnd3d() {
        assertEquals(0.10, estimate(2, 0.10), 0.012);
        assertEquals(0.20, estimate(3, 0.20), 0.024);
        assertEquals(0.0, estimate(3, 0.0), 1e-6);
    }
}
