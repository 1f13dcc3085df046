package org.sigbench.synth.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/** {@link ComparisonStats} against the hand-worked values of {@code comparison-stats-hand-worked.txt}. */
class ComparisonStatsTest {

    /** A 20-point horizontal stroke starting at x (its first x is its position on the toy line). */
    private static Signature at(String subject, String id, double x, boolean forgery) {
        int n = 20;
        double[] t = new double[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.01;
            xs[i] = x + i * Math.sin(i);
            ys[i] = Math.cos(i);
        }
        xs[0] = x;
        SignatureMeta m = forgery ? SignatureMeta.forgery("toy", subject, id, 1, "toy")
                : SignatureMeta.genuine("toy", subject, id, 1, "toy");
        return Signature.of(m, 2, t, xs, ys, null, null, null);
    }

    private static Map<String, double[]> expected() throws Exception {
        Map<String, double[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ComparisonStatsTest.class
                .getResourceAsStream("comparison-stats-hand-worked.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                out.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
            }
        }
        return out;
    }

    @Test
    void matchesTheHandWorkedValues() throws Exception {
        Group a = new Group(List.of(at("A", "a1", 0, false), at("A", "a2", 2, false), at("A", "a3", 3, false),
                at("A", "a4", 6, false)), List.of(at("A", "af", 10, true)));
        Group b = new Group(List.of(at("B", "b1", 100, false), at("B", "b2", 101, false), at("B", "b3", 103, false)),
                List.of());
        Distances d = (p, q) -> {
            double[][] m = new double[p.size()][q.size()];
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < q.size(); j++) {
                    m[i][j] = Math.abs(p.get(i).x(0) - q.get(j).x(0));
                }
            }
            return m;
        };
        ComparisonStats s = ComparisonStats.of(List.of(a, b), d, 2);
        Map<String, double[]> e = expected();
        assertArrayEquals(e.get("refRef"), sorted(s.refRef()), 1e-12);
        assertArrayEquals(e.get("refProbe"), sorted(s.refProbe()), 1e-12);
        assertArrayEquals(e.get("forgery"), sorted(s.forgery()), 1e-12);
        assertArrayEquals(e.get("random"), sorted(s.random()), 1e-12);
        assertArrayEquals(e.get("probeOne"), sorted(s.probeOne()), 1e-12);
        assertArrayEquals(e.get("forgeryOne"), sorted(s.forgeryOne()), 1e-12);
        assertEquals(2, s.subjects());
        assertEquals(1, s.forgeryTempo().length);
    }

    private static double[] sorted(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}
