package org.sigbench.synth.ks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import org.sigbench.datasets.Signature;

/**
 * Estimates a {@link RhythmModel} from real samples: how much of a writer's KS rhythm repeats
 * across the writer's samples, and how much of it a forger reproduces. Procedure:
 * <ol>
 * <li>writers in corpus order, at most {@value #MAX_WRITERS} spread evenly ({@code floor(i W / m)}),
 *     each with its first {@value #PER_WRITER} samples of the kind (forgeries are grouped by the
 *     subject they imitate);</li>
 * <li>per sample, the arcs KS lays with the timing's own rule ({@code A = max(g, round(bells x
 *     arcsPerBell))}, {@link KsTiming#estimate}) and the real time over each; the arc-time residual
 *     against the timing's line ({@code ln tau - intercept - slope ln max(D, minLength) - shift_c}, {@link KsTiming#regularBase}) and the
 *     arc-count residual ({@code ln A - countIntercept - countSlope ln g});</li>
 * <li>residuals to normal scores by rank over all samples of the kind ({@code Phi^-1((rank +
 *     1/2) / N)}); a sample's profile: per bin b of {@link RhythmModel#bins} equal bins of its
 *     normalised path length, the score of the arc that covers the bin's centre;</li>
 * <li>intra-writer correlation: one-way random-effects ANOVA with writers as groups (unbalanced:
 *     {@code n0 = (N - sum n_i^2 / N) / (k - 1)}, {@code s_b^2 = max(0, (MSB - MSW) / n0)},
 *     {@code s_w^2 = MSW}) per bin, pooled {@code rho = sum s_b^2 / sum (s_b^2 + s_w^2)}; the same
 *     on the count scores;</li>
 * <li>forgers against their target: per bin, the covariance over targets of the target's mean
 *     genuine profile and the mean profile of its forgeries; {@code c = sum cov / sqrt(sum
 *     s_b,genuine^2 sum s_b,forgery^2)}, clipped to [-1, 1] (0 when a variance is 0);</li>
 * <li>serial correlation per kind ({@link #serial}): how much an arc's time score carries over to
 *     the next arc of the same sample (real movements speed up and slow down over several arcs,
 *     they do not alternate fast and slow arcs at random).</li>
 * </ol>
 * With fewer than two writers with two samples the correlations are 0 (every sample its own rhythm).
 */
public final class RhythmConsistency {
    /** At most this many writers enter an estimate (layouts only, a few ms per sample). */
    public static final int MAX_WRITERS = 40;
    /** At most this many samples per writer. */
    public static final int PER_WRITER = 10;
    /** Upper clip of the serial correlation (numerical: keeps the AR(1) innovation weight above 0.3). */
    static final double MAX_SERIAL = 0.95;

    private RhythmConsistency() {
    }

    /** One sample's residuals: the count residual and per arc its position and time residual. */
    private record Residuals(String writer, double count, double[] from, double[] to, double length, double[] arcs) {
    }

    /**
     * The rhythm model of a corpus.
     *
     * @param genuine   genuine samples
     * @param gTiming   KS timing estimated on genuine samples
     * @param forgeries skilled forgeries (may be empty)
     * @param fTiming   KS timing estimated on them (ignored when there are none)
     */
    public static RhythmModel estimate(List<Signature> genuine, KsTiming gTiming, List<Signature> forgeries,
                                       KsTiming fTiming) {
        List<Residuals> g = residuals(genuine, gTiming);
        int bins = bins(g);
        double[][] gp = profiles(g, bins);

        double[] gc = scores(g.stream().mapToDouble(Residuals::count).toArray());
        Anova ga = anova(g, gp);
        RhythmModel.Consistency gCons = new RhythmModel.Consistency(anova(g, column(gc)).rho(), ga.rho(), serial(g),
                ga.writers, g.size());
        if (forgeries.isEmpty()) {
            return new RhythmModel(bins, gCons, null, 0);
        }
        List<Residuals> f = residuals(forgeries, fTiming);
        double[][] fp = profiles(f, bins);
        double[] fc = scores(f.stream().mapToDouble(Residuals::count).toArray());
        Anova fa = anova(f, fp);
        RhythmModel.Consistency fCons = new RhythmModel.Consistency(anova(f, column(fc)).rho(), fa.rho(), serial(f),
                fa.writers, f.size());
        return new RhythmModel(bins, gCons, fCons, cross(g, gp, ga, f, fp, fa));
    }

    private static double[][] column(double[] v) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = new double[] {v[i]};
        }
        return out;
    }

    /** Step 1-2: the chosen samples' residuals. */
    private static List<Residuals> residuals(List<Signature> samples, KsTiming timing) {
        Map<String, List<Signature>> byWriter = new LinkedHashMap<>();
        for (Signature s : samples) {
            String w = RhythmModel.writer(s.meta());
            List<Signature> l = byWriter.computeIfAbsent(w, k -> new ArrayList<>());
            if (l.size() < PER_WRITER) {
                l.add(s);
            }
        }
        List<String> writers = new ArrayList<>(byWriter.keySet());
        int m = Math.min(writers.size(), MAX_WRITERS);
        KinematicSynthesis ks = KinematicSynthesis.of(timing.geometry());
        List<Residuals> out = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String w = writers.get((int) ((long) i * writers.size() / m));
            for (Signature s : byWriter.get(w)) {
                Residuals r = residuals(w, s, ks, timing);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no sample with a path KS can lay arcs on to estimate a rhythm from");
        }
        return out;
    }

    private static Residuals residuals(String writer, Signature s, KinematicSynthesis ks, KsTiming timing) {
        KinematicSynthesis.Layout lay;
        int g;
        try {
            g = ks.strokes(s.x(), s.y(), s.z(), s.dims());
            int bells = SpeedBells.of(s.t(), s.x(), s.y(), s.z()).bells();
            int want = Math.max(g, (int) Math.round(bells * timing.arcsPerBell()));
            lay = ks.layout(s.t(), s.x(), s.y(), s.z(), s.pen(), s.dims(), k -> want);
        } catch (IllegalArgumentException degenerate) {
            return null; // a path without extent: KS cannot re-time it either
        }
        double[] times = lay.realTimes();
        double[] e = new double[times.length];
        for (int j = 0; j < e.length; j++) {
            e[j] = times[j] > 0 ? Math.log(times[j]) - timing.regularBase(lay.arcs().get(j).d(), lay.context().get(j))
                    : Double.NaN;
        }
        double count = Math.log(lay.arcs().size()) - timing.countIntercept() - timing.countSlope() * Math.log(g);
        return new Residuals(writer, count, lay.from(), lay.to(), lay.path().length(), e);
    }

    /** The median number of arcs per sample (at least 1). */
    private static int bins(List<Residuals> r) {
        double[] n = r.stream().mapToDouble(x -> x.arcs.length).sorted().toArray();
        return Math.max(1, (int) Math.round(KsTiming.quantile(n, 0.5)));
    }

    /**
     * Step 5: serial correlation of consecutive arcs' time scores within a sample, pooled over the
     * samples: {@code sum z_j z_(j+1) / sqrt(sum z_j^2 sum z_(j+1)^2)} over the pairs of
     * consecutive arcs whose residuals are both defined, the scores being the rank normal scores
     * of step 3; clipped to [0, 1) (0 without pairs).
     */
    private static double serial(List<Residuals> r) {
        double[] sorted = allResiduals(r);
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (Residuals x : r) {
            for (int j = 0; j + 1 < x.arcs.length; j++) {
                if (Double.isNaN(x.arcs[j]) || Double.isNaN(x.arcs[j + 1])) {
                    continue;
                }
                double a = score(sorted, x.arcs[j]);
                double b = score(sorted, x.arcs[j + 1]);
                xy += a * b;
                xx += a * a;
                yy += b * b;
            }
        }
        return xx > 0 && yy > 0 ? Math.max(0, Math.min(MAX_SERIAL, xy / Math.sqrt(xx * yy))) : 0;
    }

    /** Every defined arc residual of the samples, sorted. */
    private static double[] allResiduals(List<Residuals> r) {
        List<Double> all = new ArrayList<>();
        for (Residuals x : r) {
            for (double e : x.arcs) {
                if (!Double.isNaN(e)) {
                    all.add(e);
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** Step 3: rank normal scores of all arc residuals, read per bin. */
    private static double[][] profiles(List<Residuals> r, int bins) {
        double[] sorted = allResiduals(r);
        double[][] out = new double[r.size()][bins];
        for (int i = 0; i < r.size(); i++) {
            Residuals x = r.get(i);
            for (int b = 0; b < bins; b++) {
                double at = (b + 0.5) / bins * x.length;
                int j = 0;
                while (j + 1 < x.to.length && at >= x.to[j]) {
                    j++;
                }
                double e = x.arcs[j];
                out[i][b] = Double.isNaN(e) ? Double.NaN : score(sorted, e);
            }
        }
        return out;
    }

    private static double[] scores(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = score(sorted, v[i]);
        }
        return out;
    }

    /** {@code Phi^-1((rank + 1/2) / N)}, rank the mid-rank of v among the sorted values. */
    private static double score(double[] sorted, double v) {
        int lo = lowerBound(sorted, v);
        int hi = lowerBound(sorted, Math.nextUp(v));
        double rank = 0.5 * (lo + hi - 1);
        double u = (rank + 0.5) / sorted.length;
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Per-bin random-effects variance components and writer means. */
    private record Anova(double[] between, double[] within, Map<String, double[]> means, int writers) {
        double rho() {
            double b = Arrays.stream(between).sum();
            double w = Arrays.stream(within).sum();
            return b + w > 0 ? Math.min(1, b / (b + w)) : 0;
        }
    }

    /** Step 4, per column of {@code v} (rows: samples, in the order of {@code r}). */
    private static Anova anova(List<Residuals> r, double[][] v) {
        int cols = v.length == 0 ? 0 : v[0].length;
        double[] between = new double[cols];
        double[] within = new double[cols];
        Map<String, double[]> means = new LinkedHashMap<>();
        int writers = 0;
        for (int b = 0; b < cols; b++) {
            Map<String, List<Double>> groups = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                if (!Double.isNaN(v[i][b])) {
                    groups.computeIfAbsent(r.get(i).writer, k -> new ArrayList<>()).add(v[i][b]);
                }
            }
            double n = 0;
            double sum = 0;
            double sumSq = 0;
            double ssw = 0;
            double ssb;
            int k = 0;
            List<double[]> gm = new ArrayList<>(); // {n_i, mean_i}
            for (Map.Entry<String, List<Double>> e : groups.entrySet()) {
                List<Double> l = e.getValue();
                double m = l.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                means.computeIfAbsent(e.getKey(), q -> new double[cols])[b] = m;
                for (double x : l) {
                    ssw += (x - m) * (x - m);
                }
                n += l.size();
                sum += l.size() * m;
                sumSq += (double) l.size() * l.size();
                gm.add(new double[] {l.size(), m});
                k++;
            }
            if (k < 2 || n <= k) {
                continue;
            }
            double grand = sum / n;
            ssb = 0;
            for (double[] x : gm) {
                ssb += x[0] * (x[1] - grand) * (x[1] - grand);
            }
            double msb = ssb / (k - 1);
            double msw = ssw / (n - k);
            double n0 = (n - sumSq / n) / (k - 1);
            between[b] = Math.max(0, (msb - msw) / n0);
            within[b] = msw;
            writers = Math.max(writers, (int) gm.stream().filter(x -> x[0] >= 2).count());
        }
        return new Anova(between, within, means, writers);
    }

    /** Step 5. */
    private static double cross(List<Residuals> g, double[][] gp, Anova ga, List<Residuals> f, double[][] fp, Anova fa) {
        double cov = 0;
        for (int b = 0; b < gp[0].length; b++) {
            List<double[]> pairs = new ArrayList<>();
            for (Map.Entry<String, double[]> e : ga.means.entrySet()) {
                double[] fm = fa.means.get(e.getKey());
                if (fm != null) {
                    pairs.add(new double[] {e.getValue()[b], fm[b]});
                }
            }
            if (pairs.size() < 2) {
                continue;
            }
            double mg = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
            double mf = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
            double s = 0;
            for (double[] p : pairs) {
                s += (p[0] - mg) * (p[1] - mf);
            }
            cov += s / (pairs.size() - 1);
        }
        double vg = Arrays.stream(ga.between).sum();
        double vf = Arrays.stream(fa.between).sum();
        if (!(vg > 0 && vf > 0)) {
            return 0;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vg * vf)));
    }
}
