package org.sigbench.bench.realism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;

class KinematicsTest {
    static Signature of(Trajectory t) {
        return Signature.of(SignatureMeta.genuine("k", "s", "id", 1, "test"), 2, t.t(), t.x(), t.y(), null, null, null);
    }

    @Test
    void straightLineAtConstantSpeed() {
        int n = 201;
        double[] t = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.01;
            x[i] = 50 * t[i]; // 50 units/s for 2 s
        }
        Kinematics k = Kinematics.of(Signature.of(SignatureMeta.genuine("k", "s", "id", 1, "t"), 2, t, x, new double[n],
                null, null, null));
        assertEquals(2.0, k.duration(), 1e-12);
        assertEquals(100, k.pathLength(), 1.0); // smoothing shortens the ends slightly (12 ms kernel)
        assertEquals(50, k.peakSpeed(), 1.0);
        assertEquals(100, k.width(), 1e-12);
    }

    @Test
    void oneLognormalStrokeHasOneBellAndItsPeakSpeed() {
        // peak speed of a lognormal stroke: D / (sigma sqrt(2 pi)) exp(sigma^2 / 2 - mu)
        double mu = -1.6;
        double sigma = 0.25;
        double d = 40;
        Stroke s = Stroke.planar(0, mu, sigma, d, 0, 0, 0, 0);
        Trajectory tr = SigmaLognormal.of(List.of(s)).sample(200.0);
        Kinematics k = Kinematics.of(of(tr));
        double vpeak = d / (sigma * Math.sqrt(2 * Math.PI)) * Math.exp(sigma * sigma / 2 - mu);
        assertEquals(vpeak, k.peakSpeed(), 0.05 * vpeak); // the 12 ms smoothing lowers a 0.2 s bell by about 3 %
        assertEquals(1, k.bells());
        assertEquals(d, k.pathLength(), 0.01 * d);
    }
}
