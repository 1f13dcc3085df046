package org.sigbench.synth.ks;

import static org.sigbench.synth.ks.KsTiming.Z99;

/**
 * The two-lognormal valley model of KS: how deep the speed valley between two equal, overlapping
 * lognormal strokes is for a given span ratio (1 %-99 % span / spacing), and its inverse. KS reads
 * the span ratio of each real speed valley through it ({@link KsTimingEstimator}).
 */
final class TwoLognormalValley {
    private TwoLognormalValley() {
    }

    /** Bracket of the span ratio searched by {@link #overlapFor} (numerical, not a model parameter). */
    static final double[] SPAN_RATIO_BRACKET = {0.25, 8};

    /**
     * Valley ratio of two equal lognormals moving the same way, one spacing apart, each with this
     * sigma and a 1 %-99 % span of {@code ratio} spacings: the lowest speed between their peaks
     * over the lower of the two speed maxima around it; 1 when their sum has no minimum there.
     * The model's choice: the same way (strokes that turn leave deeper valleys for the same
     * overlap, so the span ratio read from a real valley at a corner is a lower bound), equal
     * strokes (the two bells of a real valley differ), speed evaluated on 600 points over
     * [-1, 2] spacings.
     */
    static double valley(double sigma, double ratio) {
        double e = ratio / (2 * Math.sinh(Z99 * sigma));
        double mu = Math.log(e);
        double lead = Math.exp(mu - sigma * sigma);
        int n = 600;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double t = -1 + 3.0 * i / (n - 1);
            v[i] = lognormal(t + lead, mu, sigma) + lognormal(t - 1 + lead, mu, sigma);
        }
        int best = -1;
        for (int i = 1; i < n - 1; i++) {
            double t = -1 + 3.0 * i / (n - 1);
            if (t > 0 && t < 1 && v[i] < v[i - 1] && v[i] <= v[i + 1] && (best < 0 || v[i] < v[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return 1;
        }
        double left = 0;
        double right = 0;
        for (int i = 0; i < best; i++) {
            left = Math.max(left, v[i]);
        }
        for (int i = best + 1; i < n; i++) {
            right = Math.max(right, v[i]);
        }
        return v[best] / Math.min(left, right);
    }

    private static double lognormal(double dt, double mu, double sigma) {
        if (dt <= 0) {
            return 0;
        }
        double z = (Math.log(dt) - mu) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI) * dt);
    }

    /**
     * The span ratio (1 %-99 % span / spacing) at which two lognormals of this sigma leave a
     * valley of this ratio between them ({@link #valley}, increasing in the span ratio), by
     * bisection within {@link #SPAN_RATIO_BRACKET}.
     */
    static double overlapFor(double sigma, double valleyRatio) {
        double lo = SPAN_RATIO_BRACKET[0];
        double hi = SPAN_RATIO_BRACKET[1];
        if (valley(sigma, lo) >= valleyRatio) {
            return lo;
        }
        for (int it = 0; it < 30; it++) {
            double mid = 0.5 * (lo + hi);
            if (valley(sigma, mid) < valleyRatio) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
