package org.sigbench.bench.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistanceHistogramTest {

    @Test
    void binsAreFixedAndTheLastOneIsOpen() {
        assertEquals(0, DistanceHistogram.bin(0));
        assertEquals(1, DistanceHistogram.bin(DistanceHistogram.WIDTH * 1.5));
        assertEquals(DistanceHistogram.BINS - 1, DistanceHistogram.bin(1e9));
        assertThrows(IllegalArgumentException.class, () -> DistanceHistogram.bin(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DistanceHistogram.bin(-0.1));
    }

    @Test
    void seriesKeepsOnlyTheNonEmptyRangeAndRoundTrips() {
        DistanceHistogram h = new DistanceHistogram();
        h.add(0.0101);
        h.add(0.0101);
        h.add(0.0176);
        double[] s = h.toSeries();
        assertArrayEquals(new double[] {4, 2, 0, 0, 1}, s);
        assertEquals(h, DistanceHistogram.ofSeries(s));
        assertEquals(3, DistanceHistogram.ofSeries(s).total());
        assertEquals(0, new DistanceHistogram().toSeries().length);
    }

    @Test
    void mergingIsExactWhateverTheOrder() {
        DistanceHistogram a = new DistanceHistogram();
        DistanceHistogram b = new DistanceHistogram();
        for (int i = 0; i < 100; i++) {
            a.add(i * 0.013);
            b.add(i * 0.029);
        }
        DistanceHistogram ab = new DistanceHistogram();
        ab.addAll(a);
        ab.addAll(b);
        DistanceHistogram ba = new DistanceHistogram();
        ba.addAll(b);
        ba.addAll(a);
        assertEquals(ab, ba);
        assertEquals(200, ab.total());
    }

    @Test
    void aDamagedSeriesIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistanceHistogram.ofSeries(new double[] {3999, 1, 1}));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DistanceHistogram.ofSeries(new double[] {2, 1.5}));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }
}
