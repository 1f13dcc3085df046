package org.sigbench.datasets.stat;

import java.util.Arrays;
import java.util.Collection;

/**
 * The sample median, the one implementation of the project.
 *
 * <p><b>Policy.</b> Only finite values count: NaN and &plusmn;infinity are dropped first (commons-math3's
 * {@code Median} drops NaN but keeps infinities; a median over an undefined measure is taken over the
 * samples where it is defined). When no finite value remains the result is NaN; no call throws. The
 * input array is never modified.
 *
 * <p><b>Definition.</b> With {@code s} the sorted finite values and {@code n = s.length}:
 * <pre>
 *   median(s) = s[n/2]                          n odd
 *             = 0.5 * (s[n/2 - 1] + s[n/2])     n even   (midpoint of the two middle values)
 *   high(s)   = s[n/2]                          any n    (the upper middle order statistic)
 * </pre>
 * {@link #high} is a value of the sample (Hyndman and Fan's "high median"); the synthesis uses it where
 * a value actually observed is wanted, such as a sampling or stroke interval.
 *
 * <p><b>Why not commons-math3.</b> commons-math3's {@code Median} (type LEGACY, as R type 6 at
 * p = 0.5) returns {@code lo + 0.5 * (hi - lo)} for an even count. That equals the midpoint above
 * bit for bit whenever the two middle values have the same sign and lie within a factor of two (then
 * {@code hi - lo} is exact by Sterbenz's lemma, and halving is exact) or one of them is zero, but it may
 * differ in the last bit otherwise. Every table of the bench was computed with the midpoint form, and
 * commons-statistics (whose {@code Median} uses the midpoint) is not a dependency; {@code MedianTest}
 * checks both statements.
 *
 * <p>Hyndman, R. J. and Fan, Y. (1996), Sample quantiles in statistical packages, The American
 * Statistician 50(4), 361-365.
 */
public final class Median {
    private Median() {
    }

    /** The median of the finite values of {@code a}; NaN when there is none. */
    public static double of(double[] a) {
        double[] s = finiteSorted(a);
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** The median of the finite values of {@code c} (null elements are not allowed); NaN when there is none. */
    public static double of(Collection<? extends Number> c) {
        return of(c.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** The upper middle order statistic {@code s[n/2]} of the finite values, a value of the sample; NaN when there is none. */
    public static double high(double[] a) {
        double[] s = finiteSorted(a);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    private static double[] finiteSorted(double[] a) {
        double[] s = Arrays.stream(a).filter(Double::isFinite).toArray();
        Arrays.sort(s);
        return s;
    }
}
