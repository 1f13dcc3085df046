package org.sigbench.verify.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.signal.SavitzkyGolay;

class FeaturesTest {

    @Test
    void savitzkyGolayDifferentiatesQuadraticsExactly() {
        // x(t) = 3 + 2 t - 5 t^2 sampled at dt = 0.01: x' = 2 - 10 t, x'' = -10 (interior, order 2 fits exactly).
        double dt = 0.01;
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            double t = i * dt;
            x[i] = 3 + 2 * t - 5 * t * t;
        }
        SavitzkyGolay sg = SavitzkyGolay.reflected(3, 2);
        double[] v = sg.apply(x, 1, dt);
        double[] a = sg.apply(x, 2, dt);
        for (int i = 3; i < x.length - 3; i++) {
            assertEquals(2 - 10 * i * dt, v[i], 1e-9);
            assertEquals(-10, a[i], 1e-7);
        }
        // Known closed form for h = 2, order 2: first derivative (-2, -1, 0, 1, 2) / 10.
        double[] c = SavitzkyGolay.reflected(2, 2).coefficients(1);
        assertEquals(-0.2, c[0], 1e-12);
        assertEquals(0.1, c[3], 1e-12);
        // Odd extension at the ends keeps a straight line's slope.
        double[] line = {0, 1, 2, 3, 4, 5, 6};
        double[] lv = sg.apply(line, 1, 1.0);
        assertEquals(1.0, lv[0], 1e-12);
        assertEquals(1.0, lv[6], 1e-12);
    }

    private static Signature circle(double scale, double shiftX, int n, boolean pressure) {
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.01;
            x[i] = shiftX + scale * Math.cos(2 * Math.PI * i / (n - 1));
            y[i] = scale * Math.sin(2 * Math.PI * i / (n - 1));
            p[i] = 100 + i;
        }
        return Signature.of(SignatureMeta.genuine("c", "S", "s" + scale, 1, "test"), 2, t, x, y, null, null,
                pressure ? Map.of("pressure", p) : null);
    }

    @Test
    void functionFeaturesAreScaleAndShiftInvariantAndNormalised() {
        FunctionFeatures f = new FunctionFeatures(FunctionFeatureOptions.DEFAULT);
        FeatureSeries a = f.compute(circle(1, 0, 100, true));
        FeatureSeries b = f.compute(circle(7, 300, 100, true));
        // 2D with pressure: X, Y, VX, VY, cos, sin, pressure.
        assertEquals(7, a.dims());
        assertEquals(List.of(Channel.X, Channel.Y, Channel.VX, Channel.VY, Channel.ANGLE, Channel.PRESSURE),
                f.channelsFor(circle(1, 0, 100, true)));
        assertEquals(5 + 1, f.channelsFor(circle(1, 0, 100, false)).size() + 1);
        for (int k = 0; k < a.data().length; k++) {
            assertEquals(a.data()[k], b.data()[k], 1e-9);
        }
        for (int col = 0; col < a.dims(); col++) {
            double m = 0;
            double s = 0;
            for (int i = 0; i < a.length(); i++) {
                m += a.data()[i * a.dims() + col];
            }
            m /= a.length();
            for (int i = 0; i < a.length(); i++) {
                double e = a.data()[i * a.dims() + col] - m;
                s += e * e;
            }
            assertEquals(0, m, 1e-9);
            assertEquals(1, Math.sqrt(s / a.length()), 1e-9);
        }
    }

    @Test
    void globalFeaturesHaveAtLeast25FiniteNamedValues() {
        GlobalFeatures g = new GlobalFeatures();
        double[] v = g.compute(circle(10, 0, 200, false));
        assertTrue(GlobalFeatures.NAMES.size() >= 25);
        assertEquals(GlobalFeatures.NAMES.size(), v.length);
        for (double d : v) {
            assertTrue(Double.isFinite(d));
        }
        // Circle: duration 1.99 s, one pen-down, closed path of length 2 pi r over diagonal 2 sqrt(2) r.
        assertEquals(1.99, v[GlobalFeatures.NAMES.indexOf("duration_s")], 1e-12);
        assertEquals(1, v[GlobalFeatures.NAMES.indexOf("pen_downs")]);
        assertEquals(Math.PI / Math.sqrt(2), v[GlobalFeatures.NAMES.indexOf("path_length_over_diag")], 1e-3);
        assertEquals(1.0, v[GlobalFeatures.NAMES.indexOf("aspect_w_over_h")], 1e-3);
        double dirSum = 0;
        for (int b = 0; b < 8; b++) {
            dirSum += v[GlobalFeatures.NAMES.indexOf("direction_hist_" + b)];
        }
        assertEquals(1.0, dirSum, 1e-12);
        // Scale invariance of the ratio features.
        double[] w = g.compute(circle(50, 0, 200, false));
        assertEquals(v[GlobalFeatures.NAMES.indexOf("std_speed_over_mean")],
                w[GlobalFeatures.NAMES.indexOf("std_speed_over_mean")], 1e-9);
    }
}
