package org.sigbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RngSeedTest {
    @Test
    void rawThreeElementSeedIgnoresTheThirdElement() {
        // the pitfall Streams exists for: XO_RO_SHI_RO_128_PP keeps only seed[0] and seed[1]
        long a = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2, 3}).nextLong();
        long b = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {1, 2, 4}).nextLong();
        assertEquals(a, b);
    }

    @Test
    void streamsUseEveryKeyElement() {
        assertNotEquals(Streams.of(1, 2, 3).nextLong(), Streams.of(1, 2, 4).nextLong());
        assertNotEquals(Streams.of(1, 2).nextLong(), Streams.of(2, 1).nextLong());
        assertEquals(Streams.of(1, 2, 3).nextLong(), Streams.of(1, 2, 3).nextLong());
    }
}
