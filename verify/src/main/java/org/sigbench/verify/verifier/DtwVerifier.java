package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.dtw.Dtw;
import org.sigbench.verify.dtw.DtwLanes;
import org.sigbench.verify.features.FeatureSeries;
import org.sigbench.verify.features.FunctionFeatures;

/**
 * Writer-dependent DTW verifier with reference-based score normalisation.
 *
 * <p>Distance: {@code d(a, b) = DTW(a, b) / (n_a + n_b)} on {@link FunctionFeatures}, so long and
 * short signatures are comparable. For a probe q and references R_1..R_K:
 * {@code d_min, d_mean, d_max} of {@code d(q, R_k)}. Reference statistics, leave-one-out: each R_i is
 * compared with the other K-1 references, giving (min_i, mean_i, max_i); {@code dmin_ref},
 * {@code dmean_ref}, {@code dmax_ref} are their averages over i. The score (rule
 * {@link DtwVerifierOptions.ScoreRule#MIN_MEAN}) is {@code -(d_min/dmin_ref + d_mean/dmean_ref)},
 * so higher = more genuine. With K = 1 there is no reference statistic and every divisor is 1
 * (score {@code -(d_min + d_mean)} = {@code -2 d}). Fierrez et al., "Benchmarking desktop and mobile
 * handwriting across COTS devices: the e-BioSign biometric database", PLoS ONE 2017; Tolosana et
 * al., DeepSignDB, IEEE Access 2021.
 *
 * <p>Many pairs at once: the reference pairs of an enrolment and the probe x reference pairs of
 * {@link Enrolment#scores(List)} go through {@link DtwLanes} (one pair per SIMD lane) when they
 * fill at least half of its lanes, single pairs through {@link Dtw}; both give the naive DTW bit
 * for bit, so the scores do not depend on the path taken. Every pair is computed once per instance
 * ({@link PairMemo}): protocols scored by one instance share their comparisons.
 *
 * <p>Duplicates ({@link #enrol(List, List)}): the templates are the real references and the
 * duplicates; the reference statistics come from {@link DtwVerifierOptions#scale()} (by default the
 * real references only, so enrolment costs K(K-1)/2 comparisons whatever the number of duplicates).
 */
public final class DtwVerifier implements Verifier {
    private final DtwVerifierOptions options;
    private final FunctionFeatures features;
    private final IdentityCache<FeatureSeries> cache;
    private final ThreadLocal<Dtw> kernels;
    private final ThreadLocal<DtwLanes> laneKernels;
    private final boolean manyPairs;
    private final PairMemo memo = new PairMemo();

    public DtwVerifier(DtwVerifierOptions options) {
        this(options, true);
    }

    /**
     * @param manyPairs whether blocks of pairs go through {@link DtwLanes} ({@code false}: every
     *                  pair through the single-pair kernel, the baseline of the benchmarks; same values)
     */
    public DtwVerifier(DtwVerifierOptions options, boolean manyPairs) {
        this.options = options;
        this.features = new FunctionFeatures(options.features());
        this.cache = new IdentityCache<>(features::compute);
        this.kernels = ThreadLocal.withInitial(() -> null);
        this.laneKernels = ThreadLocal.withInitial(() -> null);
        this.manyPairs = manyPairs;
    }

    /** Factory for the protocol runner, named {@code dtw}. */
    public static VerifierFactory factory(DtwVerifierOptions options) {
        return factory("dtw", options);
    }

    /** Factory for the protocol runner under a given name (such as {@code dtw-tuned}). */
    public static VerifierFactory factory(String name, DtwVerifierOptions options) {
        return VerifierFactory.writerDependent(name, name + ": features " + options.features().channels()
                + " (z channels dropped in 2D, pressure when not recorded), z-norm " + options.features().zNormalise()
                + ", SG h=" + options.features().sgHalf() + " p=" + options.features().sgOrder() + "; cost "
                + options.dtw().cost() + ", band " + options.dtw().band() + "; distance DTW/(n+m); score " + options.rule()
                + "; templates: real references and duplicates; reference statistics: " + options.scale(),
                () -> new DtwVerifier(options));
    }

    @Override
    public String name() {
        return "dtw";
    }

    /** The function-feature series of a signature (computed once per signature object). */
    public FeatureSeries series(Signature s) {
        return cache.get(s);
    }

    /** Normalised DTW distance {@code DTW(a,b)/(n_a+n_b)} between two signatures. */
    public double distance(Signature a, Signature b) {
        return distance(cache.get(a), cache.get(b));
    }

    private double distance(FeatureSeries a, FeatureSeries b) {
        if (a.dims() != b.dims()) {
            throw new IllegalArgumentException("feature series of " + a.dims() + " and " + b.dims()
                    + " columns: the signatures do not record the same channels");
        }
        Dtw k = kernels.get();
        if (k == null || k.dims() != a.dims()) {
            k = new Dtw(options.dtw(), a.dims());
            kernels.set(k);
        }
        return k.distance(a.data(), a.length(), b.data(), b.length()) / (a.length() + b.length());
    }

    /**
     * Normalised distances of the pairs (xs[p], ys[p]), {@code DTW/(n_x+n_y)}, equal bit for bit to
     * {@link #distance(FeatureSeries, FeatureSeries)} pair by pair; pairs this instance compared
     * before come from its {@link PairMemo}, the others are computed together and remembered.
     */
    private double[] distances(FeatureSeries[] xs, FeatureSeries[] ys) {
        int count = xs.length;
        double[] out = new double[count];
        int[] missing = new int[count];
        int n = 0;
        for (int p = 0; p < count; p++) {
            out[p] = memo.get(xs[p], ys[p]);
            if (Double.isNaN(out[p])) {
                missing[n++] = p;
            }
        }
        if (n == 0) {
            return out;
        }
        FeatureSeries[] mx = new FeatureSeries[n];
        FeatureSeries[] my = new FeatureSeries[n];
        for (int q = 0; q < n; q++) {
            mx[q] = xs[missing[q]];
            my[q] = ys[missing[q]];
        }
        double[] computed = compute(mx, my);
        for (int q = 0; q < n; q++) {
            out[missing[q]] = computed[q];
            memo.put(mx[q], my[q], computed[q]);
        }
        return out;
    }

    /** {@link #distances} without the memo. */
    private double[] compute(FeatureSeries[] xs, FeatureSeries[] ys) {
        int count = xs.length;
        double[] out = new double[count];
        if (count == 0) {
            return out;
        }
        int dims = xs[0].dims();
        DtwLanes k = laneKernels.get();
        if (!manyPairs || 2 * count < (k == null ? DtwLanes.preferredLanes() : k.lanes())) {
            for (int p = 0; p < count; p++) {
                out[p] = distance(xs[p], ys[p]);
            }
            return out;
        }
        double[][] xa = new double[count][];
        double[][] ya = new double[count][];
        int[] nx = new int[count];
        int[] ny = new int[count];
        for (int p = 0; p < count; p++) {
            if (xs[p].dims() != dims || ys[p].dims() != dims) {
                throw new IllegalArgumentException("feature series of " + xs[p].dims() + " and " + ys[p].dims()
                        + " columns: the signatures do not record the same channels");
            }
            xa[p] = xs[p].data();
            ya[p] = ys[p].data();
            nx[p] = xs[p].length();
            ny[p] = ys[p].length();
        }
        if (k == null || k.dims() != dims) {
            k = new DtwLanes(options.dtw(), dims);
            laneKernels.set(k);
        }
        k.distances(xa, nx, ya, ny, count, out);
        for (int p = 0; p < count; p++) {
            out[p] = out[p] / (nx[p] + ny[p]);
        }
        return out;
    }

    @Override
    public Enrolment enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    /**
     * Enrols K real references and extra references (duplicates): the templates are all of them;
     * the reference statistics come from {@link DtwVerifierOptions#scale()}.
     */
    @Override
    public Enrolment enrol(List<Signature> references, List<Signature> duplicates) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("DTW verifier needs at least one reference");
        }
        FeatureSeries[] real = references.stream().map(cache::get).toArray(FeatureSeries[]::new);
        FeatureSeries[] dups = duplicates.stream().map(cache::get).toArray(FeatureSeries[]::new);
        FeatureSeries[] refs = new FeatureSeries[real.length + dups.length];
        System.arraycopy(real, 0, refs, 0, real.length);
        System.arraycopy(dups, 0, refs, real.length, dups.length);
        double[] stats = switch (options.scale()) {
            case REAL -> leaveOneOut(real);
            case ALL -> leaveOneOut(refs);
            case DUPLICATES -> dups.length == 0 ? leaveOneOut(real) : againstDuplicates(real, dups);
        };
        return new Enrolment(refs, stats[0], stats[1], stats[2]);
    }

    /**
     * Leave-one-out statistics of a set: each member against the others gives (min_i, mean_i, max_i);
     * the result is their averages over i, each at least 1e-12; all 1 for a single member.
     */
    private double[] leaveOneOut(FeatureSeries[] set) {
        int k = set.length;
        if (k < 2) {
            return new double[] {1, 1, 1};
        }
        FeatureSeries[] xs = new FeatureSeries[k * (k - 1) / 2];
        FeatureSeries[] ys = new FeatureSeries[xs.length];
        int q = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                xs[q] = set[i];
                ys[q++] = set[j];
            }
        }
        double[] pd = distances(xs, ys);
        double[][] d = new double[k][k];
        q = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                d[i][j] = pd[q++];
                d[j][i] = d[i][j];
            }
        }
        return rowAverages(d, true);
    }

    /** Statistics of each real reference against every duplicate (K x D comparisons). */
    private double[] againstDuplicates(FeatureSeries[] real, FeatureSeries[] dups) {
        int k = real.length;
        int m = dups.length;
        FeatureSeries[] xs = new FeatureSeries[k * m];
        FeatureSeries[] ys = new FeatureSeries[xs.length];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                xs[i * m + j] = real[i];
                ys[i * m + j] = dups[j];
            }
        }
        double[] pd = distances(xs, ys);
        double[][] d = new double[k][m];
        for (int i = 0; i < k; i++) {
            System.arraycopy(pd, i * m, d[i], 0, m);
        }
        return rowAverages(d, false);
    }

    /** Averages over rows of each row's (min, mean, max), skipping the diagonal when asked. */
    private static double[] rowAverages(double[][] d, boolean skipDiagonal) {
        int k = d.length;
        double smin = 0;
        double smean = 0;
        double smax = 0;
        for (int i = 0; i < k; i++) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = 0;
            double sum = 0;
            int n = 0;
            for (int j = 0; j < d[i].length; j++) {
                if (!skipDiagonal || j != i) {
                    mn = Math.min(mn, d[i][j]);
                    mx = Math.max(mx, d[i][j]);
                    sum += d[i][j];
                    n++;
                }
            }
            smin += mn;
            smean += sum / n;
            smax += mx;
        }
        return new double[] {Math.max(smin / k, 1e-12), Math.max(smean / k, 1e-12), Math.max(smax / k, 1e-12)};
    }

    /**
     * An enrolled subject: its references and the leave-one-out reference statistics
     * ({@code dmin_ref, dmean_ref, dmax_ref}; all 1 with a single reference).
     */
    public final class Enrolment implements Model {
        private final FeatureSeries[] refs;
        private final double minRef;
        private final double meanRef;
        private final double maxRef;

        private Enrolment(FeatureSeries[] refs, double minRef, double meanRef, double maxRef) {
            this.refs = refs;
            this.minRef = minRef;
            this.meanRef = meanRef;
            this.maxRef = maxRef;
        }

        /** {dmin_ref, dmean_ref, dmax_ref}. */
        public double[] referenceStatistics() {
            return new double[] {minRef, meanRef, maxRef};
        }

        /** {d_min, d_mean, d_max} of the probe to the references. */
        public double[] distances(Signature probe) {
            return statistics(pairs(List.of(probe)), 0);
        }

        @Override
        public double score(Signature probe) {
            return combine(distances(probe));
        }

        /** Scores of many probes, all probe x reference pairs computed together. */
        @Override
        public double[] scores(List<Signature> probes) {
            double[] d = pairs(probes);
            double[] out = new double[probes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = combine(statistics(d, i * refs.length));
            }
            return out;
        }

        /** Normalised distances of every probe to every reference, probe-major. */
        private double[] pairs(List<Signature> probes) {
            int k = refs.length;
            FeatureSeries[] xs = new FeatureSeries[probes.size() * k];
            FeatureSeries[] ys = new FeatureSeries[xs.length];
            for (int i = 0; i < probes.size(); i++) {
                FeatureSeries q = cache.get(probes.get(i));
                for (int r = 0; r < k; r++) {
                    xs[i * k + r] = q;
                    ys[i * k + r] = refs[r];
                }
            }
            return DtwVerifier.this.distances(xs, ys);
        }

        /** {d_min, d_mean, d_max} of the distances d[from .. from + K) (references in order). */
        private double[] statistics(double[] d, int from) {
            double mn = Double.POSITIVE_INFINITY;
            double mx = 0;
            double sum = 0;
            for (int r = 0; r < refs.length; r++) {
                double v = d[from + r];
                mn = Math.min(mn, v);
                mx = Math.max(mx, v);
                sum += v;
            }
            return new double[] {mn, sum / refs.length, mx};
        }

        private double combine(double[] d) {
            return switch (options.rule()) {
                case MIN_MEAN -> -(d[0] / minRef + d[1] / meanRef);
                case MIN_MEAN_MAX -> -(d[0] / minRef + d[1] / meanRef + d[2] / maxRef);
                case MIN -> -d[0] / minRef;
                case MIN_MEAN_SQRT -> -(d[0] / Math.sqrt(minRef) + d[1] / Math.sqrt(meanRef));
            };
        }
    }
}
