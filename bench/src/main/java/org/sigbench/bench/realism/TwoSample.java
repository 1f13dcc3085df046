package org.sigbench.bench.realism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    /**
     * Cross-validated balanced accuracy (%) with its standard deviation over folds, the sample
     * sizes used and the forest's mean Gini importance of each feature (summing to 1).
     */
    public record Classifier(double accuracy, double foldSd, int perClass, int folds, int features,
                             List<Double> importance) {
        public Classifier {
            importance = List.copyOf(importance);
        }
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
     * Classifier two-sample test with samples split into folds one by one (each row its own
     * group). Rows of one writer then sit on both sides of a split, so a forest can recognise the
     * writer's cluster instead of the difference between real and synthetic: use
     * {@link #classifier(double[][], int[], double[][], int[], int, int, long)} with writer groups.
     */
    public static Classifier classifier(double[][] real, double[][] synth, int folds, int trees, long seed) {
        int[] rg = new int[real.length];
        int[] sg = new int[synth.length];
        for (int i = 0; i < rg.length; i++) {
            rg[i] = i;
        }
        for (int i = 0; i < sg.length; i++) {
            sg[i] = real.length + i;
        }
        return classifier(real, rg, synth, sg, folds, trees, seed);
    }

    /**
     * Classifier two-sample test with folds by group (Lopez-Paz and Oquab's test with grouped
     * k-fold cross-validation). Samples of one writer are not independent, and the test's null
     * hypothesis is about exchangeable samples; so every row of a group (a writer, whose real and
     * synthetic samples share the group number) falls in one fold, and the forest is always
     * tested on writers it has not seen.
     *
     * <p>Procedure: the larger class is subsampled at random to the size of the smaller; groups
     * that hold real rows are shuffled and dealt round-robin to the folds, then the groups with
     * synthetic rows only, so every fold holds both classes; each fold's score is the balanced
     * accuracy (mean of the two recalls), so chance is 50 % whatever the class sizes of a fold.
     *
     * @param real        feature rows of real samples
     * @param realGroups  group of each real row
     * @param synth       feature rows of synthetic samples
     * @param synthGroups group of each synthetic row (same number = same writer as a real group)
     * @param folds       k
     * @param trees       trees of the forest
     * @param seed        seed of subsampling, folds and trees
     */
    public static Classifier classifier(double[][] real, int[] realGroups, double[][] synth, int[] synthGroups,
                                        int folds, int trees, long seed) {
        if (realGroups.length != real.length || synthGroups.length != synth.length) {
            throw new IllegalArgumentException("one group per row is needed");
        }
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
        int[] g = new int[n];
        for (int i = 0; i < per; i++) {
            x[2 * i] = sanitize(real[ri[i]]);
            g[2 * i] = realGroups[ri[i]];
            x[2 * i + 1] = sanitize(synth[si[i]]);
            y[2 * i + 1] = 1;
            g[2 * i + 1] = synthGroups[si[i]];
        }
        Map<Integer, Integer> fold = dealGroups(g, y, folds, rng);
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        double[] acc = new double[folds];
        double[] importance = new double[p];
        for (int f = 0; f < folds; f++) {
            List<double[]> trX = new ArrayList<>();
            List<Integer> trY = new ArrayList<>();
            List<double[]> teX = new ArrayList<>();
            List<Integer> teY = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean test = fold.get(g[i]) == f;
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
            RandomForest.Options opt = new RandomForest.Options(trees, mtry, SplitRule.GINI, 20,
                    Math.max(2, trX.size() / 2), 2, 1.0, null, seeds, null);
            RandomForest rf = RandomForest.fit(Formula.lhs("y"), train, opt);
            double[] imp = rf.importance();
            double sum = Arrays.stream(imp).sum();
            for (int j = 0; j < p && sum > 0; j++) {
                importance[j] += imp[j] / sum / folds;
            }
            DataFrame test = DataFrame.of(teX.toArray(double[][]::new), names);
            int[] hit = new int[2];
            int[] count = new int[2];
            for (int i = 0; i < teX.size(); i++) {
                int c = teY.get(i);
                count[c]++;
                if (rf.predict(test.get(i)) == c) {
                    hit[c]++;
                }
            }
            acc[f] = 50.0 * ((double) hit[0] / count[0] + (double) hit[1] / count[1]);
        }
        double mean = Arrays.stream(acc).average().orElse(Double.NaN);
        double ss = 0;
        for (double a : acc) {
            ss += (a - mean) * (a - mean);
        }
        return new Classifier(mean, Math.sqrt(ss / Math.max(1, folds - 1)), per, folds, p,
                Arrays.stream(importance).boxed().toList());
    }

    /** Fold of every group: groups with real rows first, then synthetic-only groups, each shuffled and dealt round-robin. */
    private static Map<Integer, Integer> dealGroups(int[] g, int[] y, int folds, UniformRandomProvider rng) {
        TreeSet<Integer> withReal = new TreeSet<>();
        TreeSet<Integer> all = new TreeSet<>();
        for (int i = 0; i < g.length; i++) {
            all.add(g[i]);
            if (y[i] == 0) {
                withReal.add(g[i]);
            }
        }
        List<Integer> synthOnly = new ArrayList<>(all);
        synthOnly.removeAll(withReal);
        List<Integer> realList = new ArrayList<>(withReal);
        Map<Integer, Integer> fold = new HashMap<>();
        int next = 0;
        for (List<Integer> list : List.of(realList, synthOnly)) {
            int[] order = PermutationSampler.natural(list.size());
            PermutationSampler.shuffle(rng, order);
            for (int o : order) {
                fold.put(list.get(o), next++ % folds);
            }
        }
        boolean[][] has = new boolean[folds][2];
        for (int i = 0; i < g.length; i++) {
            has[fold.get(g[i])][y[i]] = true;
        }
        for (boolean[] h : has) {
            if (!h[0] || !h[1]) {
                throw new IllegalArgumentException("classifier test needs real and synthetic rows in each of its " + folds
                        + " folds; there are " + realList.size() + " writers with real rows and " + synthOnly.size()
                        + " synthetic-only writers");
            }
        }
        return fold;
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
