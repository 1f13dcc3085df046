package org.sigbench.bench.realism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.sigbench.datasets.random.Streams;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.model.cart.SplitRule;

/**
 * Two-sample tests of real against synthetic data.
 *
 * <ul>
 *   <li>Kolmogorov-Smirnov (commons-math3): the statistic D = sup |F_real - F_synth| and its
 *       p-value (exact for small samples, asymptotic otherwise; ties broken by commons-math3's
 *       deterministic jitter).</li>
 *   <li>Classifier two-sample test (Lopez-Paz and Oquab, ICLR 2017): a Random Forest (Smile)
 *       learns to tell real from synthetic feature vectors; its k-fold cross-validated accuracy is
 *       about 50 % when the two cannot be told apart. Classes are balanced first by subsampling
 *       the larger one, so chance is exactly 50 %. Folds, subsampling and tree seeds come from the
 *       given seed.</li>
 * </ul>
 */
public final class TwoSample {
    private TwoSample() {
    }

    /** KS statistic and p-value. */
    public record Ks(double statistic, double pValue) {
    }

    /** Cross-validated accuracy (%) with the standard deviation over folds and the sample sizes used. */
    public record Classifier(double accuracy, double foldSd, int perClass, int folds, int features) {
    }

    /** Two-sample KS test; NaN values are dropped first. */
    public static Ks ks(double[] a, double[] b) {
        double[] x = finite(a);
        double[] y = finite(b);
        if (x.length < 2 || y.length < 2) {
            return new Ks(Double.NaN, Double.NaN);
        }
        KolmogorovSmirnovTest t = new KolmogorovSmirnovTest();
        double d = t.kolmogorovSmirnovStatistic(x, y);
        double p;
        try {
            p = t.kolmogorovSmirnovTest(x, y);
        } catch (org.apache.commons.math3.exception.MathInternalError e) {
            // commons-math3 3.6.1 can fail in its tie-breaking of heavily tied samples (integer counts):
            // fall back to the asymptotic Kolmogorov distribution of the statistic
            p = t.approximateP(d, x.length, y.length);
        }
        return new Ks(d, p);
    }

    private static double[] finite(double[] a) {
        return Arrays.stream(a).filter(Double::isFinite).toArray();
    }

    /**
     * Classifier two-sample test.
     *
     * @param real  feature rows of real samples
     * @param synth feature rows of synthetic samples
     * @param folds k
     * @param trees trees of the forest
     * @param seed  seed of folds, subsampling and trees
     */
    public static Classifier classifier(double[][] real, double[][] synth, int folds, int trees, long seed) {
        int per = Math.min(real.length, synth.length);
        if (per < folds) {
            throw new IllegalArgumentException("classifier test needs at least " + folds + " samples per class, got " + per);
        }
        UniformRandomProvider rng = Streams.of(seed, 0x5EA1L, 0);
        int[] ri = Arrays.copyOf(PermutationSampler.natural(real.length), real.length);
        int[] si = Arrays.copyOf(PermutationSampler.natural(synth.length), synth.length);
        PermutationSampler.shuffle(rng, ri);
        PermutationSampler.shuffle(rng, si);
        int p = real[0].length;
        int n = 2 * per;
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < per; i++) {
            x[2 * i] = sanitize(real[ri[i]]);
            y[2 * i] = 0;
            x[2 * i + 1] = sanitize(synth[si[i]]);
            y[2 * i + 1] = 1;
        }
        // fold of pair i = i mod k: each fold is balanced
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        double[] acc = new double[folds];
        for (int f = 0; f < folds; f++) {
            List<double[]> trX = new ArrayList<>();
            List<Integer> trY = new ArrayList<>();
            List<double[]> teX = new ArrayList<>();
            List<Integer> teY = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean test = (i / 2) % folds == f;
                (test ? teX : trX).add(x[i]);
                (test ? teY : trY).add(y[i]);
            }
            DataFrame train = DataFrame.of(trX.toArray(double[][]::new), names)
                    .merge(new DataFrame(ValueVector.of("y", trY.stream().mapToInt(Integer::intValue).toArray())));
            long[] seeds = new long[trees];
            for (int t = 0; t < trees; t++) {
                seeds[t] = rng.nextLong();
            }
            int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
            RandomForest.Options opt = new RandomForest.Options(trees, mtry, SplitRule.GINI, 20, Math.max(2, n / 2), 2,
                    1.0, null, seeds, null);
            RandomForest rf = RandomForest.fit(Formula.lhs("y"), train, opt);
            DataFrame test = DataFrame.of(teX.toArray(double[][]::new), names);
            int correct = 0;
            for (int i = 0; i < teX.size(); i++) {
                if (rf.predict(test.get(i)) == teY.get(i)) {
                    correct++;
                }
            }
            acc[f] = 100.0 * correct / teX.size();
        }
        double mean = Arrays.stream(acc).average().orElse(Double.NaN);
        double ss = 0;
        for (double a : acc) {
            ss += (a - mean) * (a - mean);
        }
        return new Classifier(mean, Math.sqrt(ss / Math.max(1, folds - 1)), per, folds, p);
    }

    private static double[] sanitize(double[] r) {
        double[] o = r.clone();
        for (int i = 0; i < o.length; i++) {
            if (!Double.isFinite(o[i])) {
                o[i] = 0;
            }
        }
        return o;
    }
}
