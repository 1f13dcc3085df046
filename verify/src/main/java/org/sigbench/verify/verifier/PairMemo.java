package org.sigbench.verify.verifier;

import java.util.concurrent.ConcurrentHashMap;
import org.sigbench.verify.features.FeatureSeries;

/**
 * Normalised DTW distances already computed, by ordered pair of feature series (compared by
 * identity: a {@link DtwVerifier} computes one feature series per signature object). One
 * verifier instance scoring several protocols over the same signatures (the cells of the
 * duplicates study: M = 0, 5, 10, 20 share the real probes, the real references and the first
 * duplicates) computes each comparison once. Values are the kernel's, so a hit returns the very
 * bits a recomputation would give.
 */
final class PairMemo {
    private record Pair(FeatureSeries a, FeatureSeries b) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(a) + System.identityHashCode(b);
        }
    }

    private final ConcurrentHashMap<Pair, Double> map = new ConcurrentHashMap<>();

    /** The stored distance of (a, b), or NaN when it was not computed yet. */
    double get(FeatureSeries a, FeatureSeries b) {
        Double v = map.get(new Pair(a, b));
        return v == null ? Double.NaN : v;
    }

    void put(FeatureSeries a, FeatureSeries b, double d) {
        map.put(new Pair(a, b), d);
    }

    /** Number of stored pairs. */
    int size() {
        return map.size();
    }
}
