package org.sigbench.synth.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.profile.Profile;

/**
 * The distributions of comparisons a verifier sees, pooled over subjects, each subject's distances
 * on its own scale. For a subject with genuine samples g_1..g_n (n >= 3), references
 * R = g_1..g_k with {@code k = min(refs, n - 1)} (k >= 2), probes g_(k+1)..g_n and forgeries f_j:
 * <ul>
 *   <li>{@code refRef}: d(g_i, g_j), i &lt; j &lt;= k, raw (the absolute within-session spread;
 *       the DTW distance is already scale-free: features are z-normalised per sample);</li>
 *   <li>scale s = median of the subject's refRef;</li>
 *   <li>{@code refProbe}: d(g_i, g_p) / s for i &lt;= k &lt; p (later probes, other sessions);</li>
 *   <li>{@code forgery}: d(g_i, f_j) / s;</li>
 *   <li>{@code random}: d(g_i, g'_1) / s for the first genuine sample g'_1 of every other subject;</li>
 *   <li>{@code forgeryTempo}: ln(duration f_j / median duration of the subject's genuine samples);</li>
 *   <li>{@code forgeryBells}: ln(speed bells of f_j / median speed bells of its genuine samples).</li>
 * </ul>
 *
 * @param refRef       see above
 * @param refProbe     see above
 * @param forgery      see above (empty without forgeries)
 * @param random       see above
 * @param forgeryTempo see above
 * @param forgeryBells see above
 * @param subjects     subjects used (with at least 3 genuine samples)
 */
public record ComparisonStats(double[] refRef, double[] refProbe, double[] forgery, double[] random,
                              double[] forgeryTempo, double[] forgeryBells, int subjects) {

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
            double scale = median(refRef);
            double[] refProbe = scaled(d.between(r, probes), scale);
            double[] forgery = g.forgeries().isEmpty() ? new double[0] : scaled(d.between(r, g.forgeries()), scale);
            List<Signature> others = new ArrayList<>(firsts);
            others.remove(s);
            double[] random = others.isEmpty() ? new double[0] : scaled(d.between(r, others), scale);
            double gd = median(g.genuine().stream().mapToDouble(ComparisonStats::duration).toArray());
            double gb = median(g.genuine().stream().mapToDouble(Profile::bells).toArray());
            double[] tempo = g.forgeries().stream().mapToDouble(f -> Math.log(duration(f) / gd)).toArray();
            double[] bells = g.forgeries().stream().mapToDouble(f -> Math.log(Profile.bells(f) / gb)).toArray();
            return new double[][] {refRef, refProbe, forgery, random, tempo, bells};
        }).toArray(double[][][]::new);
        return new ComparisonStats(concat(per, 0), concat(per, 1), concat(per, 2), concat(per, 3), concat(per, 4),
                concat(per, 5), use.size());
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

    private static double[] scaled(double[][] m, double scale) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).map(v -> v / scale).toArray();
    }

    private static double[] concat(double[][][] per, int f) {
        return Arrays.stream(per).flatMapToDouble(p -> Arrays.stream(p[f])).toArray();
    }

    /** Median (commons-math3; mean of the two middle values for an even count); NaN when empty. */
    public static double median(double[] a) {
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(a);
    }
}
