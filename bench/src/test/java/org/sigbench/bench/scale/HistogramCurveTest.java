package org.sigbench.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramCurveTest {
    private static DistanceHistogram of(double... d) {
        DistanceHistogram h = new DistanceHistogram();
        for (double x : d) {
            h.add(x);
        }
        return h;
    }

    @Test
    void separatedDistancesGiveZeroErrors() {
        HistogramCurve c = HistogramCurve.of(of(0.1, 0.2, 0.3), of(1.0, 1.1, 1.2, 1.3));
        assertEquals(0, c.eer(), 1e-12);
        assertEquals(0, c.fnmrAtFmr(1), 1e-12);
    }

    @Test
    void identicalDistancesGiveFiftyPercent() {
        HistogramCurve c = HistogramCurve.of(of(0.5, 0.7), of(0.5, 0.7));
        assertEquals(50, c.eer(), 1e-9);
    }

    @Test
    void crossingIsInterpolatedBetweenEdges() {
        // genuine 0.1, 0.1, 0.1, 0.6; impostor 0.6, 0.9, 0.9, 0.9: at the edge after 0.1 FMR 0, FNMR 25;
        // after 0.6 FMR 25, FNMR 0; the segment crosses FMR = FNMR at 12.5
        HistogramCurve c = HistogramCurve.of(of(0.1, 0.1, 0.1, 0.6), of(0.6, 0.9, 0.9, 0.9));
        assertEquals(12.5, c.eer(), 1e-9);
        assertEquals(25, c.fnmrAtFmr(1), 1e-9);
        assertEquals(100, c.points().getFirst().fnmr());
        assertEquals(100, c.points().getLast().fmr());
    }

    @Test
    void emptySideIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HistogramCurve.of(of(), of(1.0)));
    }

    @Test
    void thinningKeepsBothEnds() {
        double[] d = new double[1000];
        for (int i = 0; i < d.length; i++) {
            d[i] = i * 0.005;
        }
        HistogramCurve c = HistogramCurve.of(of(d), of(d));
        var t = c.thinned(10);
        assertEquals(10, t.size());
        assertEquals(c.points().getFirst(), t.getFirst());
        assertEquals(c.points().getLast(), t.getLast());
    }
}
