package org.sigbench.bench.study;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** A thread-safe memo: each key is computed once, by the first caller; others wait for it. */
public final class Memo<K, V> {
    private final ConcurrentHashMap<K, FutureTask<V>> map = new ConcurrentHashMap<>();

    public V get(K key, Supplier<V> compute) {
        FutureTask<V> f = new FutureTask<>(compute::get);
        FutureTask<V> prior = map.putIfAbsent(key, f);
        if (prior == null) {
            f.run();
            prior = f;
        }
        try {
            return prior.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
