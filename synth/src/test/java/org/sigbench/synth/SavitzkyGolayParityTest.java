package org.sigbench.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.signal.SavitzkyGolay;

/**
 * The project's filter with shifted-window edges gives the same bits as the extraction's own filter
 * ({@code org.sigbench.synth.extract.SavitzkyGolay}), over windows 3 to 31, orders 1 to 5 and signal
 * lengths 2 to 80 (short signals shrink the window): so the extraction can use the shared filter with
 * no change of output. Remove with the extraction's copy once it is redirected.
 */
class SavitzkyGolayParityTest {
    @Test
    void sameBitsAsTheExtractionFilter() {
        SplittableRandom r = new SplittableRandom(15);
        for (int w = 3; w <= 31; w += 2) {
            for (int o = 1; o <= 5; o++) {
                for (int trial = 0; trial < 8; trial++) {
                    int n = 2 + r.nextInt(79);
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = (i > 0 ? x[i - 1] : 0) + r.nextDouble(-3, 3);
                    }
                    double h = r.nextDouble(0.001, 0.02);
                    var old = org.sigbench.synth.extract.SavitzkyGolay.of(w, o, n);
                    SavitzkyGolay now = SavitzkyGolay.shifted(w, o, n);
                    same(old.smooth(x), now.smooth(x), w, o, n);
                    same(old.derivative(x, h), now.derivative(x, h), w, o, n);
                }
            }
        }
    }

    private static void same(double[] a, double[] b, int w, int o, int n) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToLongBits(a[i]), Double.doubleToLongBits(b[i]), "w=" + w + " o=" + o + " n=" + n + " i=" + i);
        }
    }
}
