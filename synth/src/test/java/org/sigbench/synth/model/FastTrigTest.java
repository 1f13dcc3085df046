package org.sigbench.synth.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FastTrigTest {
    @Test
    void matchesTheJdkOnStrokeAngles() {
        double worst = 0;
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            double x = i * 1e-5 + 1.3e-7; // [-20, 20] rad
            worst = Math.max(worst, Math.abs(FastTrig.sin(x) - Math.sin(x)));
            worst = Math.max(worst, Math.abs(FastTrig.cos(x) - Math.cos(x)));
        }
        assertEquals(0, worst, 1e-15);
    }

    @Test
    void exactAtQuadrantPoints() {
        assertEquals(0.0, FastTrig.sin(0.0), 0.0);
        assertEquals(1.0, FastTrig.cos(0.0), 0.0);
        assertEquals(1.0, FastTrig.sin(Math.PI / 2), 1e-16);
        assertEquals(-1.0, FastTrig.cos(-Math.PI), 1e-16);
        assertEquals(Math.sin(1e5), FastTrig.sin(1e5), 1e-11);
    }
}
