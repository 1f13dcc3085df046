package org.sigbench.datasets.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link SavitzkyGolay} against the published tables and against polynomials it must reproduce. */
class SavitzkyGolayTest {
    /** Savitzky and Golay (1964), Table I (quadratic, 5 points): (-3, 12, 17, 12, -3) / 35; Table III: (-2, -1, 0, 1, 2) / 10. */
    @Test
    void publishedFivePointCoefficients() {
        SavitzkyGolay f = SavitzkyGolay.reflected(2, 2);
        assertArrayEquals(new double[] {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0}, f.coefficients(0), 1e-14);
        assertArrayEquals(new double[] {-0.2, -0.1, 0, 0.1, 0.2}, f.coefficients(1), 1e-14);
        assertArrayEquals(f.coefficients(0), SavitzkyGolay.shifted(5, 2, 20).coefficients(0), 0);
    }

    /** A quadratic is its own least-squares fit: shifted windows reproduce it and its derivatives at every sample, edges included. */
    @Test
    void shiftedWindowsReproduceAQuadraticEverywhere() {
        int n = 12;
        double dt = 0.01;
        double[] x = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            x[i] = 3 - 2 * t + 40 * t * t;
            v[i] = -2 + 80 * t;
        }
        SavitzkyGolay f = SavitzkyGolay.shifted(7, 2, n);
        assertArrayEquals(x, f.smooth(x), 1e-12);
        assertArrayEquals(v, f.derivative(x, dt), 1e-9);
        double[] a = f.apply(x, 2, dt);
        for (double ai : a) {
            assertEquals(80, ai, 1e-6);
        }
    }

    /** Odd reflection keeps a straight line straight, so a constant velocity reaches the ends. */
    @Test
    void reflectionKeepsALineAtTheEnds() {
        double[] x = {1, 3, 5, 7, 9, 11};
        SavitzkyGolay f = SavitzkyGolay.reflected(3, 2);
        assertArrayEquals(x, f.smooth(x), 1e-12);
        assertArrayEquals(new double[] {2, 2, 2, 2, 2, 2}, f.derivative(x, 1), 1e-12);
    }

    @Test
    void shortSignalsShrinkTheWindowAndTwoSamplesDifference() {
        assertArrayEquals(new double[] {4, 4}, SavitzkyGolay.shifted(9, 3, 2).derivative(new double[] {1, 3}, 0.5), 0);
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.shifted(4, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.reflected(1, 3));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.shifted(5, 1, 10).apply(new double[10], 2, 1));
    }
}
