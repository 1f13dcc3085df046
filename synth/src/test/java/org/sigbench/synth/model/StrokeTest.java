package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeTest {
    private static final double[] U = unit(new double[] {1, 2, 2});
    private static final double[] W = unit(Vec.cross(U, unit(new double[] {0, 1, -1})));

    private static double[] unit(double[] a) {
        return Vec.scale(a, 1 / Vec.norm(a));
    }

    private static Stroke tilted(double thetaS, double thetaE) {
        return Stroke.of(0.05, -1.8, 0.3, 40.0, new double[] {3, -2, 5}, U, W, thetaS, thetaE);
    }

    @Test
    void chordIsTwoRSinHalfDthetaAndArcLengthIsD() {
        for (double dth : new double[] {-4.0, -1.0, -0.2, 1e-12, 0.3, 2.5, 6.0}) {
            Stroke k = tilted(0.7, 0.7 + dth);
            double[] chord = Vec.sub(k.end(), k.start());
            double r = k.d() / Math.abs(dth);
            double expected = Math.abs(dth) < 1e-9 ? k.d() : 2 * r * Math.abs(Math.sin(dth / 2));
            assertEquals(expected, Vec.norm(chord), 1e-9, "chord for dtheta=" + dth);
            // arc length = integral of the speed = D (Simpson on the support)
            assertEquals(k.d(), integrate(k::speed, k.t0(), k.supportEnd(8), 200_000), 1e-7 * k.d());
            // and = polyline length of the closed-form positions
            double len = 0;
            double[] prev = new double[3];
            double[] cur = new double[3];
            int n = 20_000;
            for (int i = 1; i <= n; i++) {
                k.displacement((double) i / n, cur);
                len += Vec.norm(Vec.sub(cur, prev));
                System.arraycopy(cur, 0, prev, 0, 3);
            }
            assertEquals(k.d(), len, 1e-6 * k.d());
        }
    }

    @Test
    void speedPeaksAtT0PlusExpMuMinusSigmaSquared() {
        for (double sigma : new double[] {0.1, 0.25, 0.45}) {
            Stroke k = Stroke.planar(0.2, -1.9, sigma, 10, 0, 0, 0, 1);
            double best = 0;
            double arg = 0;
            for (double t = k.t0() + 1e-4; t < k.t0() + 1; t += 1e-6) {
                double s = k.speed(t);
                if (s > best) {
                    best = s;
                    arg = t;
                }
            }
            assertEquals(0.2 + Math.exp(-1.9 - sigma * sigma), arg, 2e-6);
            assertEquals(arg, k.peakTime(), 2e-6);
        }
    }

    @Test
    void closedFormPositionEqualsIntegratedVelocity() {
        Stroke a = tilted(0.3, 2.1);
        Stroke b = Stroke.of(0.15, -1.7, 0.2, 25, a.end(), W, Vec.cross(U, W), -1.0, -3.0);
        SigmaLognormal m = SigmaLognormal.of(List.of(a, b));
        double[] t = SigmaLognormal.grid(0.0, 1.5, 20_000);
        Trajectory tr = m.sample(t);
        // trapezoid integration of v from the origin
        double[] p = a.start();
        for (int i = 1; i < t.length; i++) {
            double h = t[i] - t[i - 1];
            p[0] += 0.5 * h * (tr.vx()[i] + tr.vx()[i - 1]);
            p[1] += 0.5 * h * (tr.vy()[i] + tr.vy()[i - 1]);
            p[2] += 0.5 * h * (tr.vz()[i] + tr.vz()[i - 1]);
            if (i % 997 == 0 || i == t.length - 1) {
                assertArrayEquals(new double[] {tr.x()[i], tr.y()[i], tr.z()[i]}, p, 1e-4, "t=" + t[i]);
            }
        }
        // after both strokes the pen is at the second stroke's end target
        assertArrayEquals(b.end(), new double[] {tr.x()[t.length - 1], tr.y()[t.length - 1], tr.z()[t.length - 1]}, 1e-9);
    }

    @Test
    void twoDimensionalIsTheSpecialCaseUxWy() {
        Stroke p = Stroke.planar(0.1, -1.8, 0.3, 12, 1, 2, 0.4, -1.3);
        Stroke q = Stroke.of(0.1, -1.8, 0.3, 12, new double[] {1, 2, 0}, Vec.X, Vec.Y, 0.4, -1.3);
        double[] a = new double[3];
        double[] b = new double[3];
        for (double t = 0; t < 1; t += 0.01) {
            p.velocity(t, a);
            q.velocity(t, b);
            assertArrayEquals(a, b, 0.0);
            assertEquals(0.0, a[2], 0.0);
        }
        // a 3D stroke in a rotated plane is the rotation of the 2D stroke
        Stroke r = Stroke.of(0.1, -1.8, 0.3, 12, new double[] {0, 0, 0}, U, W, 0.4, -1.3);
        for (double s = 0; s <= 1; s += 0.05) {
            p.displacement(s, a);
            r.displacement(s, b);
            double[] rotated = Vec.add(Vec.scale(U, a[0]), Vec.scale(W, a[1]));
            assertArrayEquals(rotated, b, 1e-12);
        }
    }

    @Test
    void throughRecoversAKnownCircleInATiltedPlane() {
        double[] c = {1, 1, 1};
        double r = 2;
        double[][] cases = {{0.2, 1.0, 1.9}, {0.2, 2.0, 4.5}, {-1.0, 0.5, 1.2}, {3.0, 2.0, 0.5}};
        for (double[] ang : cases) {
            double[] p0 = onCircle(c, r, ang[0]);
            double[] pm = onCircle(c, r, ang[1]);
            double[] p1 = onCircle(c, r, ang[2]);
            Stroke k = Stroke.through(p0, pm, p1, 0, -1.8, 0.3);
            assertArrayEquals(p1, k.end(), 1e-9);
            assertEquals(r * Math.abs(ang[2] - ang[0]), k.d(), 1e-9, "arc length");
            // the arc passes through pm
            double best = Double.MAX_VALUE;
            double[] d = new double[3];
            for (int i = 0; i <= 100_000; i++) {
                k.displacement(i / 100_000.0, d);
                best = Math.min(best, Vec.norm(Vec.sub(Vec.add(p0, d), pm)));
            }
            assertTrue(best < 1e-3, "distance to the mid point " + best);
        }
    }

    private static double[] onCircle(double[] c, double r, double a) {
        return Vec.add(c, Vec.add(Vec.scale(U, r * Math.cos(a)), Vec.scale(W, r * Math.sin(a))));
    }

    @Test
    void throughCollinearPointsGivesAStraightStroke() {
        Stroke k = Stroke.through(new double[] {0, 0, 0}, new double[] {1, 1, 1}, new double[] {3, 3, 3}, 0, -1.8, 0.3);
        assertEquals(Math.sqrt(27), k.d(), 1e-12);
        assertEquals(k.thetaS(), k.thetaE(), 0.0);
        assertArrayEquals(new double[] {3, 3, 3}, k.end(), 1e-12);
    }

    @Test
    void degenerateInputIsRejectedClearly() {
        double[] a = {1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stroke.through(a, new double[] {0, 0, 0}, a.clone(), 0, -1.8, 0.3));
        assertTrue(e.getMessage().contains("coincide"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stroke.through(a, a.clone(), new double[] {4, 5, 6}, 0, -1.8, 0.3));
        assertTrue(e.getMessage().contains("arc point"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Stroke.through(a, new double[] {Double.NaN, 0, 0}, new double[] {4, 5, 6}, 0, -1.8, 0.3));
        assertThrows(IllegalArgumentException.class, () -> Stroke.planar(0, -1.8, 0, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Stroke.planar(0, -1.8, 0.3, -1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Stroke.of(0, -1.8, 0.3, 1, a, Vec.X, Vec.X, 0, 0));
    }

    static double integrate(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += f.applyAsDouble(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return s * h / 3;
    }
}
