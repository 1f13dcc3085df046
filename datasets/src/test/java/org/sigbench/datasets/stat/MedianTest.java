package org.sigbench.datasets.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Median}: the stated policy, and the claims of its javadoc about commons-math3. */
class MedianTest {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void oddAndEvenCountsByHand() {
        assertEquals(3.0, Median.of(new double[] {5, 3, 1}));
        assertEquals(2.5, Median.of(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Median.high(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Median.high(new double[] {5, 3, 1}));
        assertEquals(2.5, Median.of(List.of(4, 1, 3, 2)));
    }

    @Test
    void nonFiniteValuesAreDroppedAndNothingLeftIsNaN() {
        assertEquals(2.0, Median.of(new double[] {1, NAN, 3, INF, -INF}));
        assertEquals(3.0, Median.high(new double[] {1, NAN, 3, INF}));
        assertEquals(NAN, Median.of(new double[0]));
        assertEquals(NAN, Median.of(new double[] {NAN, INF}));
        assertEquals(NAN, Median.high(new double[0]));
    }

    @Test
    void inputIsNotModified() {
        double[] a = {3, 1, 2, 0};
        Median.of(a);
        Median.high(a);
        assertArrayEquals(new double[] {3, 1, 2, 0}, a);
    }

    /** Same-sign middle values within a factor of two: commons-math3's lo + (hi - lo) / 2 is the midpoint, bit for bit. */
    @Test
    void equalsCommonsMath3WhenTheMiddleValuesAreWithinAFactorOfTwo() {
        SplittableRandom r = new SplittableRandom(15);
        org.apache.commons.math3.stat.descriptive.rank.Median cm = new org.apache.commons.math3.stat.descriptive.rank.Median();
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 2 + r.nextInt(40);
            double scale = Math.exp(r.nextDouble(-20, 20));
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = scale * (1 + r.nextDouble()); // all in [scale, 2 scale): any two within a factor of two
            }
            if (trial % 2 == 1) {
                for (int i = 0; i < n; i++) {
                    a[i] = -a[i];
                }
            }
            assertEquals(Double.doubleToLongBits(cm.evaluate(a)), Double.doubleToLongBits(Median.of(a)), "trial " + trial);
        }
    }

    /** The last-bit difference the javadoc warns of does exist when the middle values are far apart. */
    @Test
    void mayDifferFromCommonsMath3WhenTheMiddleValuesAreFarApart() {
        double lo = 0.5665615751722809;
        double hi = 4.585388591402009;
        double[] a = {lo, hi};
        double commons = new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(a);
        assertEquals(2.575975083287145, Median.of(a));
        assertEquals(2.5759750832871453, commons);
    }
}
