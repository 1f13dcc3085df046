package org.sigbench.verify.verifier;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.random.Streams;
import org.sigbench.verify.features.GlobalFeatures;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.SubjectTrials;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.kernel.GaussianKernel;

/**
 * Writer-independent verifier: a two-class classifier ("same writer" or not; Smile SVM with a
 * Gaussian kernel, or a random forest) on a dissimilarity vector between a probe q and a
 * subject's references R_1..R_K (the dissimilarity framework of Santos et al. 2004 and Eskander et
 * al. 2013; DTW statistics as classifier inputs as in Kholmatov and Yanikoglu's SVC2004 winner):
 * <ol>
 *   <li>{@code d_min/dmin_ref, d_mean/dmean_ref, d_max/dmax_ref}, {@code log d_min}, {@code log d_mean},
 *       {@code log dmin_ref} and {@code log dmean_ref} from {@link DtwVerifier} (reference statistics
 *       leave-one-out; 1 with one reference), so the classifier can learn a per-user calibration;</li>
 *   <li>the {@link FeatureDistanceVerifier} distance (per-user normalised Manhattan);</li>
 *   <li>for each global feature k, {@code mean_r |f_k(q) - f_k(r)| / s_k}, s_k the feature's
 *       standard deviation over the development signatures.</li>
 * </ol>
 * Training uses development subjects only. For each, {@link ClassifierOptions#enrolments()}
 * reference sets are taken as consecutive blocks of K genuine samples (K = the protocol's); each
 * set is compared with the subject's other genuine samples (label "same writer"), its skilled
 * forgeries and its random-forgery probes (label "different"). Each class is capped at
 * {@link ClassifierOptions#maxPairsPerClass()} comparisons drawn with the training seed; when
 * skilled forgeries exist, half of the impostor budget goes to them. Vectors are standardised
 * with the training mean and standard deviation. Score: SVM decision value, or the forest's
 * posterior probability of "same writer".
 *
 * <p>Training with duplicates: when the protocol gives subjects extra references (duplicates of
 * their K real references), the development subjects keep theirs. A development subject's first
 * reference set (its K real references) is then enrolled with its duplicates, as the evaluated
 * subjects are, and each duplicate is compared with the subject's other reference sets as an extra
 * "same writer" comparison. At evaluation, the DTW part uses the duplicates as templates (score scale
 * from the real references, {@link DtwVerifierOptions.Scale}) and the feature-distance part takes
 * its per-feature spread from them ({@link FeatureDistanceVerifier}); the global-feature part
 * compares the probe with the real references only.
 */
public final class DissimilarityClassifierVerifier implements Verifier {
    private static final int DTW_PART = 7;

    private final ClassifierOptions options;
    private final GlobalFeatures features = new GlobalFeatures();
    private final IdentityCache<double[]> cache = new IdentityCache<>(features::compute);
    private final DtwVerifier dtw;
    private final FeatureDistanceVerifier wd = new FeatureDistanceVerifier(FeatureDistanceOptions.DEFAULT);
    private final double[] scale;
    private final double[] mu;
    private final double[] sd;
    private final SVM<double[]> svm;
    private final RandomForest forest;
    private final StructType schema;

    /**
     * Trains on the development protocol: the global features' spread over the development
     * signatures, the training comparisons and their labels, the raw comparison vectors, their
     * standardisation, then the classifier.
     */
    private DissimilarityClassifierVerifier(ClassifierOptions options, Protocol dev, long seed) {
        this.options = options;
        this.dtw = new DtwVerifier(options.dtw());
        GlobalFeatures g = new GlobalFeatures();
        scale = meanAndSpread(developmentSignatures(dev).stream().map(g::compute).toList())[1];
        TrainingSet train = TrainingSet.of(dev, options, seed);
        // Enrol each reference set once.
        List<Enrolled> enrolled = train.sets().parallelStream().map(this::enrolRaw).toList();
        List<Comparison> all = train.comparisons();
        double[][] x = java.util.stream.IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> enrolled.get(all.get(i).set()).raw(all.get(i).probe())).toArray(double[][]::new);
        boolean isSvm = options.kind() == ClassifierOptions.Kind.SVM;
        int[] y = train.labels(isSvm ? -1 : 0);
        double[][] standardisation = meanAndSpread(List.of(x));
        mu = standardisation[0];
        sd = standardisation[1];
        for (double[] r : x) {
            standardise(r);
        }
        int dim = x[0].length;
        if (isSvm) {
            svm = fitSvm(x, y, options, seed);
            forest = null;
            schema = null;
        } else {
            String[] names = new String[dim];
            for (int j = 0; j < dim; j++) {
                names[j] = "f" + j;
            }
            forest = fitForest(x, y, names, options, seed);
            schema = DataFrame.of(new double[][] {x[0]}, names).schema();
            svm = null;
        }
    }

    /** The development subjects' real references, genuine samples and skilled forgeries. */
    private static List<Signature> developmentSignatures(Protocol dev) {
        List<Signature> devSigs = new ArrayList<>();
        for (SubjectTrials t : dev.subjects()) {
            devSigs.addAll(t.realReferences());
            devSigs.addAll(t.genuine());
            devSigs.addAll(t.skilled());
        }
        return devSigs;
    }

    /**
     * Smile's SVM with a Gaussian kernel of width {@code svmSigma sqrt(dim)}; Smile's LASVM
     * shuffles with MathEx's per-thread generator, seeded here for repeatable models.
     */
    private static SVM<double[]> fitSvm(double[][] x, int[] y, ClassifierOptions options, long seed) {
        double sigma = options.svmSigma() * Math.sqrt(x[0].length);
        smile.math.MathEx.setSeed(Streams.seed(seed, 19, 0));
        return SVM.fit(x, y, new GaussianKernel(sigma), new SVM.Options(options.svmC()));
    }

    /** Smile's random forest: Gini splits, mtry {@code floor(sqrt(dim))}, max depth 20, seeded trees. */
    private static RandomForest fitForest(double[][] x, int[] y, String[] names, ClassifierOptions options, long seed) {
        DataFrame df = DataFrame.of(x, names).merge(new DataFrame(new IntVector("y", y)));
        long[] seeds = new long[options.trees()];
        UniformRandomProvider tr = Streams.of(seed, 18, 0);
        for (int t = 0; t < seeds.length; t++) {
            seeds[t] = tr.nextLong();
        }
        int mtry = (int) Math.max(1, Math.floor(Math.sqrt(names.length)));
        RandomForest.Options o = new RandomForest.Options(options.trees(), mtry, smile.model.cart.SplitRule.GINI,
                20, 500, 1, 1.0, null, seeds, null);
        return RandomForest.fit(Formula.lhs("y"), df, o);
    }

    /**
     * The training comparisons: reference sets, and the "same writer" ({@code positive}) and
     * impostor ({@code negative}) comparisons kept after the per-class cap.
     */
    private record TrainingSet(List<ReferenceSet> sets, List<Comparison> positive, List<Comparison> negative) {
        /**
         * Per development subject, up to {@code enrolments} reference sets of K consecutive genuine
         * samples, each compared with the subject's other genuine samples (and, from the second set
         * on, its duplicates), its skilled forgeries and its random probes; each class capped at
         * {@code maxPairsPerClass} by the seeded draw (half of the impostor budget to skilled
         * forgeries when there are any).
         */
        static TrainingSet of(Protocol dev, ClassifierOptions options, long seed) {
            int k = dev.options().references();
            List<Comparison> pos = new ArrayList<>();
            List<Comparison> skilled = new ArrayList<>();
            List<Comparison> random = new ArrayList<>();
            List<ReferenceSet> sets = new ArrayList<>();
            for (SubjectTrials t : dev.subjects()) {
                List<Signature> g = new ArrayList<>(t.realReferences().subList(0, Math.min(k, t.realReferences().size())));
                g.addAll(t.genuine());
                for (int b = 0; b < options.enrolments() && (b + 1) * k < g.size(); b++) {
                    List<Signature> refs = g.subList(b * k, (b + 1) * k);
                    int set = sets.size();
                    sets.add(new ReferenceSet(refs, b == 0 ? t.extraReferences() : List.of()));
                    for (Signature s : g) {
                        if (!refs.contains(s)) {
                            pos.add(new Comparison(set, s));
                        }
                    }
                    if (b > 0) {
                        for (Signature s : t.extraReferences()) {
                            pos.add(new Comparison(set, s)); // duplicates as extra genuine comparisons
                        }
                    }
                    for (Signature s : t.skilled()) {
                        skilled.add(new Comparison(set, s));
                    }
                    for (Signature s : t.random()) {
                        random.add(new Comparison(set, s));
                    }
                }
            }
            UniformRandomProvider rng = Streams.of(seed, 17, 0);
            int cap = options.maxPairsPerClass();
            List<Comparison> p = sample(pos, cap, rng);
            List<Comparison> neg = new ArrayList<>();
            if (skilled.isEmpty()) {
                neg.addAll(sample(random, cap, rng));
            } else {
                neg.addAll(sample(skilled, cap / 2, rng));
                neg.addAll(sample(random, cap - cap / 2, rng));
            }
            if (p.isEmpty() || neg.isEmpty()) {
                throw new IllegalArgumentException("development subjects give " + p.size() + " genuine and " + neg.size()
                        + " impostor training comparisons; both are needed");
            }
            return new TrainingSet(sets, p, neg);
        }

        /** Positive comparisons, then negative ones. */
        List<Comparison> comparisons() {
            List<Comparison> all = new ArrayList<>(positive);
            all.addAll(negative);
            return all;
        }

        /** Labels in {@link #comparisons()} order: 1 for "same writer", {@code impostor} otherwise. */
        int[] labels(int impostor) {
            int[] y = new int[positive.size() + negative.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = i < positive.size() ? 1 : impostor;
            }
            return y;
        }
    }

    /** A training reference set: real references and their duplicates (maybe none). */
    private record ReferenceSet(List<Signature> references, List<Signature> duplicates) {
    }

    /** A training comparison: reference set number and probe. */
    private record Comparison(int set, Signature probe) {
    }

    /**
     * Column means and population standard deviations of the rows ({@code mean_j = sum_r r_j / n},
     * {@code sd_j = sqrt(sum_r (r_j - mean_j)^2 / n)}, each term divided by n as it is added; an sd
     * <= 1e-12 becomes 1): {@code {mean, sd}}.
     */
    private static double[][] meanAndSpread(List<double[]> v) {
        int f = v.get(0).length;
        double[] mean = new double[f];
        double[] s = new double[f];
        for (double[] r : v) {
            for (int j = 0; j < f; j++) {
                mean[j] += r[j] / v.size();
            }
        }
        for (double[] r : v) {
            for (int j = 0; j < f; j++) {
                s[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / v.size();
            }
        }
        for (int j = 0; j < f; j++) {
            s[j] = Math.sqrt(s[j]) > 1e-12 ? Math.sqrt(s[j]) : 1;
        }
        return new double[][] {mean, s};
    }

    private static List<Comparison> sample(List<Comparison> l, int cap, UniformRandomProvider rng) {
        if (l.size() <= cap) {
            return l;
        }
        List<Comparison> c = new ArrayList<>(l);
        for (int i = 0; i < cap; i++) {
            int j = i + rng.nextInt(c.size() - i);
            Comparison t = c.get(i);
            c.set(i, c.get(j));
            c.set(j, t);
        }
        return new ArrayList<>(c.subList(0, cap));
    }

    private void standardise(double[] r) {
        for (int j = 0; j < r.length; j++) {
            r[j] = (r[j] - mu[j]) / sd[j];
        }
    }

    /** An enrolled reference set that gives raw (unstandardised) comparison vectors. */
    private final class Enrolled {
        final DtwVerifier.Enrolment dtwModel;
        final Verifier.Model wdModel;
        final List<double[]> refs;

        Enrolled(List<Signature> references, List<Signature> duplicates) {
            dtwModel = dtw.enrol(references, duplicates);
            wdModel = wd.enrol(references, duplicates);
            refs = references.stream().map(cache::get).toList();
        }

        double[] raw(Signature probe) {
            double[] q = cache.get(probe);
            int f = q.length;
            double[] v = new double[DTW_PART + 1 + f];
            double[] d = dtwModel.distances(probe);
            double[] ref = dtwModel.referenceStatistics();
            v[0] = d[0] / ref[0];
            v[1] = d[1] / ref[1];
            v[2] = d[2] / ref[2];
            v[3] = Math.log(Math.max(d[0], 1e-12));
            v[4] = Math.log(Math.max(d[1], 1e-12));
            v[5] = Math.log(ref[0]);
            v[6] = Math.log(ref[1]);
            v[DTW_PART] = -wdModel.score(probe);
            for (double[] r : refs) {
                for (int j = 0; j < f; j++) {
                    v[DTW_PART + 1 + j] += Math.abs(q[j] - r[j]) / scale[j] / refs.size();
                }
            }
            return v;
        }
    }

    private Enrolled enrolRaw(ReferenceSet set) {
        return new Enrolled(set.references(), set.duplicates());
    }

    /** Factory: trains on the development protocol it is given. */
    public static VerifierFactory factory(ClassifierOptions options) {
        return new VerifierFactory() {
            @Override
            public String name() {
                return options.kind() == ClassifierOptions.Kind.SVM ? "svm" : "rf";
            }

            @Override
            public boolean writerIndependent() {
                return true;
            }

            @Override
            public Verifier create(Protocol development, long seed) {
                if (development == null) {
                    throw new IllegalArgumentException(name() + " is writer-independent and needs development subjects");
                }
                return new DissimilarityClassifierVerifier(options, development, seed);
            }

            @Override
            public String describe() {
                return name() + ": writer-independent on [DTW d_min/mean/max ratios, log d_min, wd-features distance, "
                        + GlobalFeatures.NAMES.size() + " |f(q)-f(r)|/s], " + options.enrolments()
                        + " enrolments per dev subject, <= " + options.maxPairsPerClass() + " comparisons/class, "
                        + (options.kind() == ClassifierOptions.Kind.SVM
                        ? "Gaussian kernel sigma " + options.svmSigma() + " sqrt(dim), C " + options.svmC()
                        : options.trees() + " trees, mtry sqrt(dim), max depth 20")
                        + "; DTW as dtw verifier";
            }
        };
    }

    @Override
    public String name() {
        return options.kind() == ClassifierOptions.Kind.SVM ? "svm" : "rf";
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        Enrolled e = new Enrolled(references, duplicates);
        return probe -> {
            double[] v = e.raw(probe);
            standardise(v);
            if (svm != null) {
                return svm.score(v);
            }
            double[] post = new double[2];
            forest.predict(Tuple.of(schema, v), post);
            return post[1];
        };
    }
}
