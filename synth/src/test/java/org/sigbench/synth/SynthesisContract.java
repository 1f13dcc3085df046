package org.sigbench.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The contract every synthesis variant satisfies, whatever its model: a sample is a function of the
 * seed alone (same seed, same bits; another seed, another sample), its clock increases strictly,
 * every value is finite, a 2D sample lies in z = 0, and it moves (positive duration and path
 * length). Each subclass turns a seed into one sample of its variant.
 */
public abstract class SynthesisContract {
    /** One synthetic sample: its dimensions and its trajectory. */
    public record Sample(int dims, double[] t, double[] x, double[] y, double[] z) {
    }

    /** The variant's sample for this seed. */
    protected abstract Sample make(long seed);

    @Test
    void sameSeedSameBits() {
        Sample a = make(7);
        Sample b = make(7);
        assertEquals(a.dims(), b.dims());
        assertArrayEquals(a.t(), b.t());
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertArrayEquals(a.z(), b.z());
    }

    @Test
    void anotherSeedAnotherSample() {
        Sample a = make(7);
        Sample b = make(8);
        assertFalse(Arrays.equals(a.x(), b.x()) && Arrays.equals(a.t(), b.t()), "seeds 7 and 8 gave the same sample");
    }

    @Test
    void clockIncreasesStrictlyAndEveryValueIsFinite() {
        for (long seed = 1; seed <= 5; seed++) {
            Sample s = make(seed);
            int n = s.t().length;
            assertTrue(n >= 2, "at least 2 points");
            assertEquals(n, s.x().length);
            assertEquals(n, s.y().length);
            assertEquals(n, s.z().length);
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isFinite(s.t()[i]) && Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])
                        && Double.isFinite(s.z()[i]), "seed " + seed + " point " + i);
                assertTrue(i == 0 || s.t()[i] > s.t()[i - 1], "seed " + seed + " t[" + i + "]");
                assertTrue(s.dims() == 3 || s.z()[i] == 0, "seed " + seed + ": a 2D sample has z = 0");
            }
        }
    }

    @Test
    void itMoves() {
        Sample s = make(3);
        double length = 0;
        for (int i = 1; i < s.t().length; i++) {
            length += Math.hypot(Math.hypot(s.x()[i] - s.x()[i - 1], s.y()[i] - s.y()[i - 1]), s.z()[i] - s.z()[i - 1]);
        }
        assertTrue(s.t()[s.t().length - 1] > s.t()[0], "positive duration");
        assertTrue(length > 0, "positive path length");
    }
}
