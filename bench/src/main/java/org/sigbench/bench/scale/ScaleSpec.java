package org.sigbench.bench.scale;

import java.util.List;

/**
 * What a scale study computes: the populations (N identities each, nested: the first N of the
 * largest), the tile side and the seed. Every N must be a multiple of the tile side, so that the
 * tiles of a smaller N are tiles of the larger ones and are computed once.
 *
 * @param identities the values of N, increasing, each &gt;= 2 and a multiple of {@code block}
 * @param block      subjects per tile side (a tile: block probes x block references)
 * @param seed       the master seed of the synthesis
 */
public record ScaleSpec(List<Integer> identities, int block, long seed) {
    /** Genuine samples per identity: one reference and one probe. */
    public static final int GENUINE = 2;
    /** Skilled forgeries per identity. */
    public static final int FORGERIES = 1;

    public ScaleSpec {
        identities = List.copyOf(identities);
        if (block < 1) {
            throw new IllegalArgumentException("--block must be >= 1, got " + block);
        }
        if (identities.isEmpty()) {
            throw new IllegalArgumentException("--identities needs at least one N");
        }
        int prev = 0;
        for (int n : identities) {
            if (n < 2 || n % block != 0 || n <= prev) {
                throw new IllegalArgumentException("--identities " + n + ": each N must be >= 2, a multiple of --block "
                        + block + " and larger than the one before");
            }
            prev = n;
        }
    }

    /** The largest N. */
    public int largest() {
        return identities.getLast();
    }

    /** Tiles per side for N identities. */
    public int tiles(int n) {
        return n / block;
    }

    /** Comparisons of N identities: N genuine, N skilled and N (N - 1) random. */
    public static long comparisons(long n) {
        return n * (n + 1);
    }
}
