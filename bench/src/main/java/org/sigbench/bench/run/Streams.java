package org.sigbench.bench.run;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Deterministic random streams keyed by any number of longs (seed, stream id, index, ...).
 *
 * <p>Why not {@code RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, streamId, index})}
 * directly: that generator's state is two longs, and commons-rng 1.6 uses only the first two
 * elements of a longer seed array, so the third (the index) is silently ignored and every index
 * gets the same stream ({@code RngSeedTest} shows it). Here every key element is folded in with
 * SplitMix64 before seeding.
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

    /** SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014). */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
