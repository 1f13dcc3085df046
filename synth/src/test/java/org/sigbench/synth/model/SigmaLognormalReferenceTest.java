package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sigma-Lognormal position and velocity against reference values from an independent script
 * ({@code sigma-lognormal-reference.py} next to {@code sigma-lognormal-reference.tsv} in the test
 * resources: mpmath at 40 digits, velocity from the model's definition, position by numerical
 * quadrature of that velocity rather than by the closed-form arc displacement), and the sampled
 * velocity against a central difference of the sampled position.
 *
 * <p>Tolerances follow the error budget stated in {@link Stroke} and {@link SigmaLognormal}: the
 * support cut-off (erf tail below 1.3e-12 of D), the kernel's first-order tails (below 4e-11 of D or
 * |v|) and FastErf (2e-15): 1e-9 of the largest amplitude (30) in position, 1e-9 of the peak speed in
 * velocity.
 */
class SigmaLognormalReferenceTest {
    /** The movement of the script: t0, mu, sigma, D, thetaS, thetaE per stroke, origin (10, -5). */
    static SigmaLognormal movement() {
        double[][] p = {{0.00, -1.6, 0.25, 30, 0.3, 1.2}, {0.12, -1.9, 0.35, 18, 2.0, 1.1}, {0.30, -1.5, 0.20, 25, -0.5, -0.5}};
        List<Stroke> strokes = new ArrayList<>();
        for (double[] s : p) {
            strokes.add(Stroke.planar(s[0], s[1], s[2], s[3], 0, 0, s[4], s[5]));
        }
        return SigmaLognormal.of(strokes, new double[] {10, -5, 0});
    }

    private static double[][] reference() throws IOException {
        try (InputStream in = SigmaLognormalReferenceTest.class.getResourceAsStream("sigma-lognormal-reference.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t")).map(f -> new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])})
                    .toArray(double[][]::new);
        }
    }

    @Test
    void positionAndVelocityMatchTheIndependentReference() throws IOException {
        double[][] ref = reference();
        assertEquals(10, ref.length);
        double[] t = new double[ref.length];
        for (int i = 0; i < ref.length; i++) {
            t[i] = ref[i][0];
        }
        Trajectory tr = movement().sample(t);
        double peak = 0;
        for (double[] r : ref) {
            peak = Math.max(peak, Math.hypot(r[3], r[4]));
        }
        for (int i = 0; i < ref.length; i++) {
            String at = "t = " + t[i];
            assertEquals(ref[i][1], tr.x()[i], 30e-9, at + " x");
            assertEquals(ref[i][2], tr.y()[i], 30e-9, at + " y");
            assertEquals(0.0, tr.z()[i], 0.0, at + " z");
            assertEquals(ref[i][3], tr.vx()[i], 1e-9 * peak, at + " vx");
            assertEquals(ref[i][4], tr.vy()[i], 1e-9 * peak, at + " vy");
        }
    }

    /** dp/dt by a fourth-order central difference (h = 1e-4 s, truncation about h^4 p''''') equals the closed-form velocity. */
    @Test
    void velocityIsTheDerivativeOfPosition() {
        SigmaLognormal m = movement();
        double h = 1e-4;
        for (double t = 0.05; t < 1.2; t += 0.0173) {
            Trajectory tr = m.sample(new double[] {t - 2 * h, t - h, t, t + h, t + 2 * h});
            double dx = (tr.x()[0] - 8 * tr.x()[1] + 8 * tr.x()[3] - tr.x()[4]) / (12 * h);
            double dy = (tr.y()[0] - 8 * tr.y()[1] + 8 * tr.y()[3] - tr.y()[4]) / (12 * h);
            assertEquals(tr.vx()[2], dx, 1e-4 * (1 + Math.abs(tr.vx()[2])), "t = " + t);
            assertEquals(tr.vy()[2], dy, 1e-4 * (1 + Math.abs(tr.vy()[2])), "t = " + t);
        }
    }
}
