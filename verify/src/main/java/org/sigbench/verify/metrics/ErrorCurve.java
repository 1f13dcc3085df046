package org.sigbench.verify.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FMR and FNMR of one genuine and one impostor score set, at every threshold that changes them.
 * A probe is accepted when {@code score >= t}: {@code FMR(t) = #{impostor >= t} / N_I} and
 * {@code FNMR(t) = #{genuine < t} / N_G}. Thresholds run from {@code +inf} (FMR 0, FNMR 1) down to
 * the lowest score (FMR 1, FNMR 0); ties between genuine and impostor scores move both rates at
 * once, which is what makes the ROC convex hull the fair EER for tied scores.
 */
public final class ErrorCurve {
    private final double[] genuine;
    private final double[] impostor;
    private final double[] thresholds;
    private final double[] fmr;
    private final double[] fnmr;

    private ErrorCurve(double[] g, double[] i, double[] thr, double[] fmr, double[] fnmr) {
        this.genuine = g;
        this.impostor = i;
        this.thresholds = thr;
        this.fmr = fmr;
        this.fnmr = fnmr;
    }

    /** One curve from genuine and impostor scores (each non-empty, no NaN). */
    public static ErrorCurve of(double[] genuineScores, double[] impostorScores) {
        if (genuineScores.length == 0 || impostorScores.length == 0) {
            throw new IllegalArgumentException("an error curve needs genuine and impostor scores, got "
                    + genuineScores.length + " and " + impostorScores.length);
        }
        double[] g = genuineScores.clone();
        double[] im = impostorScores.clone();
        for (double v : g) {
            requireNotNaN(v);
        }
        for (double v : im) {
            requireNotNaN(v);
        }
        Arrays.sort(g);
        Arrays.sort(im);
        double[] all = new double[g.length + im.length];
        System.arraycopy(g, 0, all, 0, g.length);
        System.arraycopy(im, 0, all, g.length, im.length);
        Arrays.sort(all);
        int u = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[u++] = all[k];
            }
        }
        double[] thr = new double[u + 1];
        double[] a = new double[u + 1];
        double[] b = new double[u + 1];
        thr[0] = Double.POSITIVE_INFINITY;
        a[0] = 0;
        b[0] = 1;
        int gi = g.length;
        int ii = im.length;
        for (int k = 1; k <= u; k++) {
            double t = all[u - k];
            while (gi > 0 && g[gi - 1] >= t) {
                gi--;
            }
            while (ii > 0 && im[ii - 1] >= t) {
                ii--;
            }
            thr[k] = t;
            a[k] = (double) (im.length - ii) / im.length;
            b[k] = (double) gi / g.length;
        }
        return new ErrorCurve(g, im, thr, a, b);
    }

    private static void requireNotNaN(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("scores must not be NaN");
        }
    }

    public int genuineCount() {
        return genuine.length;
    }

    public int impostorCount() {
        return impostor.length;
    }

    /** One operating point. */
    public record Point(double threshold, double fmr, double fnmr) {
    }

    /** Every operating point, thresholds decreasing from +inf; FMR rises, FNMR falls. */
    public List<Point> points() {
        List<Point> l = new ArrayList<>(thresholds.length);
        for (int k = 0; k < thresholds.length; k++) {
            l.add(new Point(thresholds[k], fmr[k], fnmr[k]));
        }
        return l;
    }

    /** FMR at a threshold. */
    public double fmr(double t) {
        int k = firstAtOrAbove(impostor, t);
        return (double) (impostor.length - k) / impostor.length;
    }

    /** FNMR at a threshold. */
    public double fnmr(double t) {
        return (double) firstAtOrAbove(genuine, t) / genuine.length;
    }

    private static int firstAtOrAbove(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * EER on the ROC convex hull (ROCCH, as in bob.measure {@code eer_rocch}): the lower-left
     * convex hull of the (FMR, FNMR) points, intersected with the line FMR = FNMR. Unlike the
     * raw curve it is well defined with ties and with few scores.
     */
    public double eerConvexHull() {
        int n = fmr.length;
        // Lower convex hull (monotone chain), points already sorted by FMR then by FNMR descending.
        double[] hx = new double[n];
        double[] hy = new double[n];
        int h = 0;
        for (int k = 0; k < n; k++) {
            double x = fmr[k];
            double y = fnmr[k];
            while (h >= 2 && cross(hx[h - 2], hy[h - 2], hx[h - 1], hy[h - 1], x, y) <= 0) {
                h--;
            }
            hx[h] = x;
            hy[h] = y;
            h++;
        }
        for (int k = 0; k < h; k++) {
            if (hy[k] == hx[k]) {
                return hx[k];
            }
            if (k + 1 < h && hy[k] > hx[k] && hy[k + 1] < hx[k + 1]) {
                double d1 = hy[k] - hx[k];
                double d2 = hy[k + 1] - hx[k + 1];
                double lambda = d1 / (d1 - d2);
                return hx[k] + lambda * (hx[k + 1] - hx[k]);
            }
        }
        throw new IllegalStateException("convex hull does not cross FMR = FNMR");
    }

    /** z-component of (b - a) x (c - a); positive for a counter-clockwise turn. */
    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    /**
     * EERlow and EERhigh of Maio et al., "FVC2000: Fingerprint Verification Competition" (IEEE
     * TPAMI 24(3), 2002): with {@code t1 = max{t : FNMR(t) <= FMR(t)}} and
     * {@code t2 = min{t : FNMR(t) >= FMR(t)}}, the interval is [FNMR(t1), FMR(t1)] if
     * {@code FNMR(t1) + FMR(t1) <= FNMR(t2) + FMR(t2)}, else [FMR(t2), FNMR(t2)]. The true EER
     * lies in it; its midpoint is FVC's EER.
     *
     * @return {low, high, threshold used}
     */
    public double[] eerInterval() {
        int k1 = -1; // thresholds decrease with k: t1 = smallest k with FNMR <= FMR
        for (int k = 0; k < fmr.length; k++) {
            if (fnmr[k] <= fmr[k]) {
                k1 = k;
                break;
            }
        }
        int k2 = -1; // t2 = largest k with FNMR >= FMR
        for (int k = fmr.length - 1; k >= 0; k--) {
            if (fnmr[k] >= fmr[k]) {
                k2 = k;
                break;
            }
        }
        if (fnmr[k1] + fmr[k1] <= fnmr[k2] + fmr[k2]) {
            return new double[] {fnmr[k1], fmr[k1], thresholds[k1]};
        }
        return new double[] {fmr[k2], fnmr[k2], thresholds[k2]};
    }

    /**
     * Lowest FNMR over thresholds whose FMR is at most {@code targetFmr} (the empirical operating
     * point, no interpolation; 1 when only the reject-all threshold qualifies).
     */
    public double fnmrAtFmr(double targetFmr) {
        double best = 1;
        for (int k = 0; k < fmr.length; k++) {
            if (fmr[k] <= targetFmr) {
                best = Math.min(best, fnmr[k]);
            }
        }
        return best;
    }

    /** Area under the ROC: P(genuine > impostor) + P(genuine = impostor) / 2 (Mann-Whitney). */
    public double auc() {
        double wins = 0;
        int lo = 0;
        int hi = 0;
        for (double s : genuine) {
            while (lo < impostor.length && impostor[lo] < s) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < impostor.length && impostor[hi] <= s) {
                hi++;
            }
            wins += lo + 0.5 * (hi - lo);
        }
        return wins / ((double) genuine.length * impostor.length);
    }

    /**
     * Decidability index {@code d' = |mu_G - mu_I| / sqrt((s_G^2 + s_I^2) / 2)} (Daugman), with
     * unbiased variances; NaN with fewer than two scores on a side or infinite scores.
     */
    public double dPrime() {
        if (genuine.length < 2 || impostor.length < 2) {
            return Double.NaN;
        }
        double mg = mean(genuine);
        double mi = mean(impostor);
        double vg = var(genuine, mg);
        double vi = var(impostor, mi);
        return Math.abs(mg - mi) / Math.sqrt((vg + vi) / 2);
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double var(double[] a, double m) {
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return s / (a.length - 1);
    }

    /**
     * DET points on normal-deviate axes: (probit(FMR), probit(FNMR)) for every operating point
     * where both rates lie strictly between 0 and 1 (the others are at infinity on a DET plot).
     */
    public List<double[]> detPoints() {
        org.apache.commons.math3.distribution.NormalDistribution nd =
                new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        List<double[]> l = new ArrayList<>();
        for (int k = 0; k < fmr.length; k++) {
            if (fmr[k] > 0 && fmr[k] < 1 && fnmr[k] > 0 && fnmr[k] < 1) {
                l.add(new double[] {nd.inverseCumulativeProbability(fmr[k]), nd.inverseCumulativeProbability(fnmr[k])});
            }
        }
        return l;
    }

    /** ROC points (FMR, 1 - FNMR) from (0, 0) to (1, 1). */
    public List<double[]> rocPoints() {
        List<double[]> l = new ArrayList<>();
        for (int k = 0; k < fmr.length; k++) {
            l.add(new double[] {fmr[k], 1 - fnmr[k]});
        }
        return l;
    }
}
