package org.sigbench.verify.verifier;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sigbench.datasets.Signature;

/** Per-signature cache keyed by object identity (a signature is scored against many subjects). */
final class IdentityCache<V> {
    private record Key(Signature s) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.s == s;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(s);
        }
    }

    private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
    private final Function<Signature, V> f;

    IdentityCache(Function<Signature, V> f) {
        this.f = f;
    }

    V get(Signature s) {
        return map.computeIfAbsent(new Key(s), k -> f.apply(k.s()));
    }
}
