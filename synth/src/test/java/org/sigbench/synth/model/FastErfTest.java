package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class FastErfTest {

    @Test
    void matchesCommonsMath3OnADenseGrid() {
        double worst = 0;
        for (int i = -800_000; i <= 800_000; i++) {
            double x = i * 1e-5 + 3.7e-7; // off the table nodes
            worst = Math.max(worst, Math.abs(FastErf.erf(x) - Erf.erf(x)));
        }
        assertEquals(0, worst, 2e-15, "max |fast - commons-math3| on [-8, 8]");
    }

    @Test
    void gaussMatchesMathExp() {
        double worst = 0;
        for (int i = -700_000; i <= 700_000; i++) {
            double x = i * 1e-5 + 3.7e-7;
            worst = Math.max(worst, Math.abs(FastErf.gauss(x) - Math.exp(-x * x)));
        }
        assertEquals(0, worst, 1e-13, "max |table gauss - exp(-x^2)| on [-7, 7]");
    }

    @Test
    void matchesTabulatedValues() {
        // erf values to 20 digits, Abramowitz and Stegun table 7.1 / DLMF 7.2 (computed in high precision)
        assertEquals(0.52049987781304653768, FastErf.erf(0.5), 1e-15);
        assertEquals(0.84270079294971486934, FastErf.erf(1.0), 1e-15);
        assertEquals(0.99532226501895273416, FastErf.erf(2.0), 1e-15);
        assertEquals(0.99997790950300141456, FastErf.erf(3.0), 1e-15);
        assertEquals(-0.84270079294971486934, FastErf.erf(-1.0), 1e-15);
        assertEquals(0.0, FastErf.erf(0.0), 0.0);
        assertEquals(1.0, FastErf.erf(7.0), 0.0);
        assertEquals(-1.0, FastErf.erf(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(Double.NaN, FastErf.erf(Double.NaN));
    }

    @Test
    void isOddAndMonotone() {
        double prev = -1;
        for (int i = -6000; i <= 6000; i++) {
            double x = i * 1e-3;
            double e = FastErf.erf(x);
            assertEquals(-e, FastErf.erf(-x), 0.0);
            assertEquals(true, e >= prev - 1e-16, "monotone at " + x);
            prev = e;
        }
    }
}
