package org.sigbench.synth.calibrate;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.sigbench.datasets.stat.Median;
import org.sigbench.synth.ds.DsOptions;

/**
 * How much writers differ in consistency, as a log-sd of their DS level
 * ({@link org.sigbench.synth.ds.RealDsSettings#writerSd}). Real writers are not equally
 * consistent: some repeat their signature closely, others do not, and a verifier with one
 * threshold for all writers errs on the inconsistent ones. Duplicates made at one level for every
 * writer lack that spread.
 *
 * <p>Procedure (closed form). For each subject, {@code m = ln median_{i<j} d(g_i, g_j)} over its
 * genuine samples (real), and the same over duplicates of its first sample made at the default
 * level {@code l0} ({@value DsOptions#DEFAULT_LEVEL}) and at {@code 2 l0}, every writer at one level.
 * The slope of the log distance in the log level is {@code b = mean_s (m_s(2 l0) - m_s(l0)) / ln 2};
 * the duplicates at one level already spread over subjects (their samples differ in content), so
 * only the excess variance is the writers': {@code writerSd = sqrt(max(0, var_s m_real - var_s
 * m_dup(l0))) / b} (unbiased sample variances over subjects; 0 when {@code b <= 0.05}, a level
 * that does not move the distance). A power law {@code d ~ level^b} makes the log-sd independent
 * of the level at which it is measured.
 *
 * @param sd       the writer log-sd
 * @param realSd   sd over subjects of the real log median distance
 * @param dupSd    the same for duplicates at the default level
 * @param slope    b
 * @param subjects subjects used
 */
public record WriterSpread(double sd, double realSd, double dupSd, double slope, int subjects) {

    /** The smallest slope for which a spread is estimated. */
    static final double MIN_SLOPE = 0.05;

    /**
     * The subjects a spread is measured on: every subject with at least
     * {@value ComparisonStats#MIN_GENUINE} genuine samples (not only the first
     * {@code Calibrator.Options.maxSubjects()}: the variance of a spread over 12 subjects has a
     * relative standard error of sqrt(2 / 11) = 43 %, over 20 of 32 %).
     */
    public static List<Group> usable(List<Group> real) {
        return real.stream().filter(g -> g.genuine().size() >= ComparisonStats.MIN_GENUINE).toList();
    }

    /**
     * Measures the spread.
     *
     * @param real       calibration subjects
     * @param d          the distance
     * @param duplicates each subject's first genuine sample duplicated at a level, every writer alike
     *                   (groups in the order of {@code real})
     */
    public static WriterSpread of(List<Group> real, Distances d, DoubleFunction<List<Group>> duplicates) {
        double l0 = DsOptions.DEFAULT_LEVEL;
        double[] mr = logMedians(real, d);
        double[] m1 = logMedians(duplicates.apply(l0), d);
        double[] m2 = logMedians(duplicates.apply(2 * l0), d);
        double slope = 0;
        for (int s = 0; s < m1.length; s++) {
            slope += (m2[s] - m1[s]) / Math.log(2) / m1.length;
        }
        Variance v = new Variance();
        double vr = v.evaluate(mr);
        double vd = v.evaluate(m1);
        double sd = slope > MIN_SLOPE ? Math.sqrt(Math.max(0, vr - vd)) / slope : 0;
        return new WriterSpread(sd, Math.sqrt(vr), Math.sqrt(vd), slope, mr.length);
    }

    /** Per group, ln of the median distance between its genuine samples (all pairs). */
    static double[] logMedians(List<Group> groups, Distances d) {
        return groups.parallelStream().mapToDouble(g -> {
            double[][] m = d.between(g.genuine(), g.genuine());
            int n = m.length;
            double[] pairs = new double[n * (n - 1) / 2];
            int q = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairs[q++] = m[i][j];
                }
            }
            return Math.log(Median.of(pairs));
        }).toArray();
    }

    /** One clause for reports. */
    public String describe() {
        return String.format(Locale.ROOT, "writer log-sd %.4f (sd over %d subjects of the log median genuine distance: "
                + "real %.4f, duplicates at one level %.4f; slope in the log level %.3f)", sd, subjects, realSd, dupSd, slope);
    }
}
