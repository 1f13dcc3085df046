package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.features.GlobalFeatures;

/**
 * Writer-dependent global-feature verifier: a Manhattan distance with per-user spread (Nanni and
 * Lumini's "per-user normalised Manhattan"; Kholmatov and Yanikoglu 2005 use the same idea).
 * With references mean {@code mu_k} and standard deviation {@code s_k} of feature k, the spread is
 * {@code sigma_k = sqrt(s_k^2 + floor_k^2)}, {@code floor_k = rel |mu_k| + abs} (it keeps one or two
 * references usable, where {@code s_k} is 0 or unreliable). Score:
 * {@code -(1/F) sum_k |f_k(q) - mu_k| / sigma_k}, higher = more genuine.
 *
 * <p>With duplicates ({@link #enrol(List, List)}): {@code mu_k} stays the mean of the real
 * references, and {@code s_k} is the sample standard deviation of the real references and the
 * duplicates together about that mean, {@code s_k^2 = sum_i (f_k(x_i) - mu_k)^2 / (N - 1)} over all N
 * enrolled samples: the per-feature spread that one real reference cannot give comes from the
 * duplicates (the floor still applies).
 */
public final class FeatureDistanceVerifier implements Verifier {
    private final FeatureDistanceOptions options;
    private final GlobalFeatures features = new GlobalFeatures();
    private final IdentityCache<double[]> cache = new IdentityCache<>(features::compute);

    public FeatureDistanceVerifier(FeatureDistanceOptions options) {
        this.options = options;
    }

    public static VerifierFactory factory(FeatureDistanceOptions options) {
        return VerifierFactory.writerDependent("wd-features", "wd-features: " + GlobalFeatures.NAMES.size()
                + " global features, per-user Manhattan, floor " + options.relativeFloor() + "|mu| + "
                + options.absoluteFloor(), () -> new FeatureDistanceVerifier(options));
    }

    @Override
    public String name() {
        return "wd-features";
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        int k = references.size();
        if (k == 0) {
            throw new IllegalArgumentException("feature verifier needs at least one reference");
        }
        int f = GlobalFeatures.NAMES.size();
        double[] mu = new double[f];
        double[] sd = new double[f];
        double[][] v = references.stream().map(cache::get).toArray(double[][]::new);
        double[][] dup = duplicates.stream().map(cache::get).toArray(double[][]::new);
        int n = k + dup.length;
        for (int j = 0; j < f; j++) {
            double m = 0;
            for (double[] r : v) {
                m += r[j];
            }
            m /= k;
            double s = 0;
            for (double[] r : v) {
                s += (r[j] - m) * (r[j] - m);
            }
            for (double[] r : dup) {
                s += (r[j] - m) * (r[j] - m);
            }
            double var = n > 1 ? s / (n - 1) : 0;
            double floor = options.relativeFloor() * Math.abs(m) + options.absoluteFloor();
            mu[j] = m;
            sd[j] = Math.sqrt(var + floor * floor);
        }
        return probe -> {
            double[] q = cache.get(probe);
            double d = 0;
            for (int j = 0; j < f; j++) {
                d += Math.abs(q[j] - mu[j]) / sd[j];
            }
            return -d / f;
        };
    }
}
