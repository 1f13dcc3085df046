package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.port.Variability;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

class VariabilityEstimatorTest {
    /** A straight stroke along x of the given duration and length, at 100 Hz. */
    static Signature line(String subject, String id, double seconds, double length) {
        int n = (int) Math.round(seconds * 100) + 1;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 100.0;
            x[i] = length * i / (n - 1.0);
            y[i] = 0.5 * x[i];
        }
        return Signature.of(SignatureMeta.genuine("c", subject, id, 1, "test"), 2, t, x, y, null, null, null);
    }

    @Test
    void medianOverSubjectsOfTheCoefficientOfVariation() {
        List<Signature> l = new ArrayList<>();
        // subject A: durations 1, 2, 3 s -> CV = 1 / 2 = 0.5; widths 10, 20, 30 -> 0.5
        l.add(line("A", "a1", 1, 10));
        l.add(line("A", "a2", 2, 20));
        l.add(line("A", "a3", 3, 30));
        // subject B: durations 2, 2 s -> 0; widths 10, 30 -> sd 14.14 / 20 = 0.707
        l.add(line("B", "b1", 2, 10));
        l.add(line("B", "b2", 2, 30));
        // subject C: durations 1, 3 -> 1.414 / 2 = 0.707; widths 20, 20 -> 0
        l.add(line("C", "c1", 1, 20));
        l.add(line("C", "c2", 3, 20));
        Variability v = VariabilityEstimator.estimate(Corpus.of("c", l));
        assertEquals(3, v.subjects());
        assertEquals(7, v.samples());
        assertEquals(0.5, v.durationCv(), 1e-9);
        assertEquals(0.5, v.widthCv(), 1e-9);
        assertEquals(0.5, v.heightCv(), 1e-9);
    }

    @Test
    void toyCorpusHasSomeVariability() {
        Variability v = VariabilityEstimator.estimate(new ToyData(4, 5, 0, 2).load("toy"));
        assertTrue(v.durationCv() > 0 && v.pathCv() > 0, v.describe());
    }
}
