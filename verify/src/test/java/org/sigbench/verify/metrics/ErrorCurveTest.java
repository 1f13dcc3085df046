package org.sigbench.verify.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ErrorCurveTest {

    record Case(String name, double[] g, double[] i, double eer, double low, double high, double auc, double dp,
                double thresholdEer) {
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ErrorCurveTest.class.getResourceAsStream("hand-worked.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";");
                out.add(new Case(f[0].strip(), nums(f[1]), nums(f[2]), Double.parseDouble(f[3].strip()),
                        Double.parseDouble(f[4].strip()), Double.parseDouble(f[5].strip()),
                        Double.parseDouble(f[6].strip()), Double.parseDouble(f[7].strip()), Double.parseDouble(f[8].strip())));
            }
        }
        return out;
    }

    private static double[] nums(String s) {
        return Arrays.stream(s.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void handWorkedSets() throws Exception {
        List<Case> cs = cases();
        assertEquals(4, cs.size());
        for (Case c : cs) {
            ErrorCurve e = ErrorCurve.of(c.g(), c.i());
            assertEquals(c.eer(), e.eerConvexHull(), 1e-12, c.name() + " EER");
            double[] fvc = e.eerInterval();
            assertEquals(c.low(), fvc[0], 1e-12, c.name() + " EERlow");
            assertEquals(c.high(), fvc[1], 1e-12, c.name() + " EERhigh");
            assertTrue(fvc[0] <= e.eerConvexHull() + 1e-12 || c.name().equals("A"), c.name());
            assertEquals(c.auc(), e.auc(), 1e-12, c.name() + " AUC");
            assertEquals(c.dp(), e.dPrime(), 1e-12, c.name() + " d'");
            List<Score> scores = new ArrayList<>();
            for (double g : c.g()) {
                scores.add(new Score("S", "S", "g", ProbeKind.GENUINE, g));
            }
            for (double i : c.i()) {
                scores.add(new Score("S", "T", "i", ProbeKind.RANDOM, i));
            }
            ImpostorReport r = Evaluation.evaluate(scores, ProbeKind.RANDOM, EvaluationOptions.DEFAULT.withReplicates(0));
            assertEquals(c.thresholdEer(), r.eerFvc(), 1e-12, c.name() + " threshold EER");
            assertEquals(c.eer(), r.eer(), 1e-12, c.name() + " ROCCH EER in the report");
        }
    }

    @Test
    void ratesAndOperatingPoints() {
        ErrorCurve e = ErrorCurve.of(new double[] {0.9, 0.8, 0.7, 0.4}, new double[] {0.6, 0.5, 0.3, 0.2});
        assertEquals(0.25, e.fmr(0.55));
        assertEquals(0.25, e.fnmr(0.55));
        assertEquals(0.5, e.fmr(0.5)); // accept at >= t: the impostor at 0.5 is accepted
        assertEquals(0.25, e.fnmrAtFmr(0.01));
        assertEquals(0.25, e.fnmrAtFmr(0.25));
        assertEquals(0.0, e.fnmrAtFmr(0.5));
        List<ErrorCurve.Point> p = e.points();
        assertEquals(9, p.size());
        assertEquals(Double.POSITIVE_INFINITY, p.get(0).threshold());
        for (int k = 1; k < p.size(); k++) {
            assertTrue(p.get(k).fmr() >= p.get(k - 1).fmr() && p.get(k).fnmr() <= p.get(k - 1).fnmr());
        }
        assertEquals(9, e.rocPoints().size());
        // DET keeps points strictly inside (0,1)^2 only: (.25,.25) and (.5,.25), on normal deviates.
        List<double[]> det = e.detPoints();
        assertEquals(2, det.size());
        assertEquals(0.0, det.get(1)[0], 1e-9);
        assertEquals(-0.6744897501960817, det.get(0)[0], 1e-9);
    }

    @Test
    void rejectsEmptyAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> ErrorCurve.of(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> ErrorCurve.of(new double[] {Double.NaN}, new double[] {1}));
    }
}
