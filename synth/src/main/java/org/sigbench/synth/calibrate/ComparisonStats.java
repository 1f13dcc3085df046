package org.sigbench.synth.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.profile.Profile;
import org.sigbench.datasets.stat.Median;

/**
 * The distributions of comparisons a verifier sees, pooled over subjects, each subject's distances
 * on its own scale the way the DTW verifier puts them there. For a subject with genuine samples
 * g_1..g_n (n >= 3), references R = g_1..g_k with {@code k = min(refs, n - 1)} (k >= 2), probes
 * g_(k+1)..g_n and forgeries f_j:
 * <ul>
 *   <li>{@code refRef}: d(g_i, g_j), i &lt; j &lt;= k, raw (the absolute within-session spread;
 *       the DTW distance is already scale-free: features are z-normalised per sample);</li>
 *   <li>the reference statistics, leave one out (as the verifier's): {@code minRef} = mean over i
 *       of min over j != i of d(g_i, g_j), {@code meanRef} = mean over i of the mean over j != i;</li>
 *   <li>the normalised distance of a probe q: {@code (min_i d(g_i, q) / minRef + mean_i d(g_i, q) /
 *       meanRef) / 2} (the magnitude of the verifier's MIN_MEAN score);</li>
 *   <li>{@code refProbe}: that of every later genuine probe;</li>
 *   <li>{@code forgery}: that of every forgery;</li>
 *   <li>{@code random}: that of the first genuine sample g'_1 of every other subject;</li>
 *   <li>{@code probeOne}: d(g_1, g_j), j = 2..n, raw (what a one-reference verifier sees);</li>
 *   <li>{@code forgeryOne}: d(g_1, f_j), raw;</li>
 *   <li>{@code forgeryTempo}: ln(duration f_j / median duration of the subject's genuine samples);</li>
 *   <li>{@code forgeryBells}: ln(speed bells of f_j / median speed bells of its genuine samples).</li>
 * </ul>
 * These are distributions of distances: no threshold and no error rate is computed.
 *
 * @param refRef       see above
 * @param refProbe     see above
 * @param forgery      see above (empty without forgeries)
 * @param random       see above
 * @param probeOne     see above
 * @param forgeryOne   see above (empty without forgeries)
 * @param forgeryTempo see above
 * @param forgeryBells see above
 * @param subjects     subjects used (with at least 3 genuine samples)
 */
public record ComparisonStats(double[] refRef, double[] refProbe, double[] forgery, double[] random,
                              double[] probeOne, double[] forgeryOne, double[] forgeryTempo, double[] forgeryBells,
                              int subjects) {

    /**
     * Below this many calibration subjects a fit is flagged unreliable in its description: with 5
     * subjects (the quick suite's folds) a statistic pools about 50 distances, and the 95 % critical
     * value of a two-sample KS statistic at n = m = 50 is 1.36 sqrt(2 / 50) = 0.27, as large as
     * the differences the fit is after.
     */
    public static final int FEW_SUBJECTS = 10;

    /** Groups with fewer than this many genuine samples are left out. */
    public static final int MIN_GENUINE = 3;

    /** The statistics of a set of subjects. */
    public static ComparisonStats of(List<Group> groups, Distances d, int refs) {
        List<Group> use = groups.stream().filter(g -> g.genuine().size() >= MIN_GENUINE).toList();
        List<Signature> firsts = use.stream().map(g -> g.genuine().get(0)).toList();
        double[][][] per = IntStream.range(0, use.size()).parallel().mapToObj(s -> {
            Group g = use.get(s);
            int n = g.genuine().size();
            int k = Math.max(2, Math.min(refs, n - 1));
            List<Signature> r = g.genuine().subList(0, k);
            List<Signature> probes = g.genuine().subList(k, n);
            double[][] rr = d.between(r, r);
            double[] refRef = new double[k * (k - 1) / 2];
            int q = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    refRef[q++] = rr[i][j];
                }
            }
            double minRef = 0;
            double meanRef = 0;
            for (int i = 0; i < k; i++) {
                double mn = Double.POSITIVE_INFINITY;
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    if (j != i) {
                        mn = Math.min(mn, rr[i][j]);
                        sum += rr[i][j];
                    }
                }
                minRef += mn / k;
                meanRef += sum / (k - 1) / k;
            }
            double[][] dp = d.between(r, probes);
            double[] refProbe = normalised(dp, minRef, meanRef);
            double[][] df = g.forgeries().isEmpty() ? null : d.between(r, g.forgeries());
            double[] forgery = df == null ? new double[0] : normalised(df, minRef, meanRef);
            List<Signature> others = new ArrayList<>(firsts);
            others.remove(s);
            double[] random = others.isEmpty() ? new double[0] : normalised(d.between(r, others), minRef, meanRef);
            double[] probeOne = new double[n - 1];
            for (int j = 1; j < k; j++) {
                probeOne[j - 1] = rr[0][j];
            }
            for (int j = 0; j < probes.size(); j++) {
                probeOne[k - 1 + j] = dp[0][j];
            }
            double[] forgeryOne = df == null ? new double[0] : df[0].clone();
            double gd = median(g.genuine().stream().mapToDouble(ComparisonStats::duration).toArray());
            double gb = median(g.genuine().stream().mapToDouble(Profile::bells).toArray());
            double[] tempo = g.forgeries().stream().mapToDouble(f -> Math.log(duration(f) / gd)).toArray();
            double[] bells = g.forgeries().stream().mapToDouble(f -> Math.log(Profile.bells(f) / gb)).toArray();
            return new double[][] {refRef, refProbe, forgery, random, probeOne, forgeryOne, tempo, bells};
        }).toArray(double[][][]::new);
        return new ComparisonStats(concat(per, 0), concat(per, 1), concat(per, 2), concat(per, 3), concat(per, 4),
                concat(per, 5), concat(per, 6), concat(per, 7), use.size());
    }

    /** Names of {@link #levelTerms}, in order. */
    public static final List<String> LEVEL_TERMS = List.of("refRef", "refProbe", "random", "probeOne");
    /** Names of {@link #forgerTerms}, in order. */
    public static final List<String> FORGER_TERMS = List.of("forgery", "forgeryOne", "forgeryTempo", "forgeryBells");

    /** The genuine-sample terms of a calibration objective: KS of refRef, refProbe, random, probeOne against {@code target}. */
    public double[] levelTerms(ComparisonStats target) {
        return new double[] {ks(refRef, target.refRef), ks(refProbe, target.refProbe), ks(random, target.random),
            ks(probeOne, target.probeOne)};
    }

    /** The forgery terms of a calibration objective: KS of forgery, forgeryOne, forgeryTempo, forgeryBells against {@code target}. */
    public double[] forgerTerms(ComparisonStats target) {
        return new double[] {ks(forgery, target.forgery), ks(forgeryOne, target.forgeryOne),
            ks(forgeryTempo, target.forgeryTempo), ks(forgeryBells, target.forgeryBells)};
    }

    /**
     * Two-sample Kolmogorov-Smirnov statistic (commons-math3); 0 when either side is empty (a
     * statistic the corpus does not have does not enter an objective).
     */
    public static double ks(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(a, b);
    }

    static double duration(Signature s) {
        double[] t = s.t();
        return t[t.length - 1] - t[0];
    }

    /** Per column q of {@code m} (rows: references): {@code (min_i m[i][q] / minRef + mean_i m[i][q] / meanRef) / 2}. */
    private static double[] normalised(double[][] m, double minRef, double meanRef) {
        int nq = m[0].length;
        double[] out = new double[nq];
        for (int q = 0; q < nq; q++) {
            double mn = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (double[] row : m) {
                mn = Math.min(mn, row[q]);
                sum += row[q];
            }
            out[q] = 0.5 * (mn / minRef + sum / m.length / meanRef);
        }
        return out;
    }

    private static double[] concat(double[][][] per, int f) {
        return Arrays.stream(per).flatMapToDouble(p -> Arrays.stream(p[f])).toArray();
    }

    /** The project's {@link Median} (finite values only; NaN when none), kept under this name for its callers. */
    public static double median(double[] a) {
        return Median.of(a);
    }
}
