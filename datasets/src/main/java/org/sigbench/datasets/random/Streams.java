package org.sigbench.datasets.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Deterministic random streams keyed by any number of longs (seed, stream id, index, ...): the
 * only place in sigbench that creates a generator (see the package documentation).
 *
 * <p>Algorithm (fixed: changing it changes every result's bytes): start from
 * {@code a = 0x9E3779B97F4A7C15, b = 0xD1B54A32D192ED03}; for each key word {@code k} in order,
 * {@code a = mix(a ^ k); b = mix(b + a)}, where {@code mix} is the SplitMix64 step and finaliser
 * (Steele, Lea and Flood, OOPSLA 2014); then seed {@code XO_RO_SHI_RO_128_PP} with
 * {@code {a, b}}. Every key word and its position matter; {@code of(1, 2)} and
 * {@code of(1, 2, 0)} are different streams.
 *
 * <p>Why not {@code RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, stream, index})}
 * directly: that generator's state is two longs and commons-rng 1.6 uses only the first two
 * elements of a longer seed array, so the third is silently ignored and every index gets the
 * same stream.
 */
public final class Streams {
    private Streams() {
    }

    /** A generator for the given key; equal keys give equal streams, whatever the thread. */
    public static UniformRandomProvider of(long... key) {
        long a = 0x9E3779B97F4A7C15L;
        long b = 0xD1B54A32D192ED03L;
        for (long k : key) {
            a = mix(a ^ k);
            b = mix(b + a);
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, b});
    }

    /** The generator of {@code (seed, hash(key))}: for keys that are names, such as {@code "ds/cell/U1S1"}. */
    public static UniformRandomProvider of(long seed, String key) {
        return of(seed, hash(key));
    }

    /**
     * A derived seed for the given key: the first {@code nextLong()} of {@link #of(long...) of(key)}.
     * Use it where an API takes a {@code long} seed rather than a generator.
     */
    public static long seed(long... key) {
        return of(key).nextLong();
    }

    /** A derived seed for {@code (seed, hash(key))}: the first {@code nextLong()} of {@link #of(long, String)}. */
    public static long seed(long seed, String key) {
        return of(seed, hash(key)).nextLong();
    }

    /**
     * A stable 64-bit hash of a string key: FNV-1a 64 (offset basis {@code 0xcbf29ce484222325},
     * prime {@code 0x100000001b3}) of its UTF-8 bytes. Stable across JVMs and runs, unlike
     * {@link String#hashCode()} mixing; not cryptographic.
     */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte x : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** One SplitMix64 step: add the golden gamma, then the finaliser (a bijection on 64-bit words). */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
