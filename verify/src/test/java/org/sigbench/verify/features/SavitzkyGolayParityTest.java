package org.sigbench.verify.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.signal.SavitzkyGolay;

/**
 * The project's filter with odd-reflection edges gives the same bits as the filter the verifiers
 * used before ({@link LegacySavitzkyGolay}), for the settings the features use (h = 3, p = 2 in
 * {@code GlobalFeatures}; the {@code FunctionFeatures} defaults) and others, on series shorter and
 * longer than the window: so every feature, distance and EER is unchanged.
 */
class SavitzkyGolayParityTest {
    @Test
    void sameBitsAsTheLegacyVerifierFilter() {
        SplittableRandom r = new SplittableRandom(15);
        for (int h = 1; h <= 6; h++) {
            for (int p = 1; p <= Math.min(2 * h, 4); p++) {
                LegacySavitzkyGolay old = new LegacySavitzkyGolay(h, p);
                SavitzkyGolay now = SavitzkyGolay.reflected(h, p);
                for (int trial = 0; trial < 20; trial++) {
                    int n = 1 + r.nextInt(40);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = (i > 0 ? x[i - 1] : 0) + r.nextDouble(-3, 3);
                    }
                    double dt = r.nextDouble(0.001, 0.02);
                    for (int q = 0; q <= Math.min(p, 2); q++) {
                        double[] a = old.apply(x, q, dt);
                        double[] b = now.apply(x, q, dt);
                        for (int i = 0; i < n; i++) {
                            assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]),
                                    "h=" + h + " p=" + p + " q=" + q + " n=" + n + " i=" + i);
                        }
                    }
                }
            }
        }
    }
}
