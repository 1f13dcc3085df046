package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.verify.dtw.DtwOptions;
import org.sigbench.verify.dtw.LocalCost;
import org.sigbench.verify.features.Channel;
import org.sigbench.verify.features.FunctionFeatureOptions;

/**
 * {@link DtwVerifier} with duplicates against the hand-worked scores of {@code hand-worked-dtw.txt}:
 * which distances give the score scale ({@link DtwVerifierOptions.Scale}) and the score rules.
 */
class DtwVerifierHandWorkedTest {
    private static final Map<String, double[]> X = Map.of(
            "A", new double[] {0, 0, 2, 2},
            "B", new double[] {0, 2, 2, 0},
            "C", new double[] {2, 2, 0, 0},
            "D", new double[] {0, 2, 0, 2});

    record Case(String name, List<String> real, List<String> dups, String probe, DtwVerifierOptions.Scale scale,
                DtwVerifierOptions.ScoreRule rule, double[] stats, double score) {
    }

    private static Signature sig(String name) {
        double[] x = X.get(name);
        double[] t = new double[x.length];
        boolean[] pen = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = i * 0.01;
            pen[i] = true;
        }
        return Signature.of(SignatureMeta.genuine("hand", "S", name, 1, "hand-worked"), 2, t, x, new double[x.length], null,
                pen, Map.of());
    }

    private static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DtwVerifierHandWorkedTest.class.getResourceAsStream("hand-worked-dtw.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";");
                out.add(new Case(f[0].strip(), names(f[1]), names(f[2]), f[3].strip(),
                        DtwVerifierOptions.Scale.valueOf(f[4].strip()), DtwVerifierOptions.ScoreRule.valueOf(f[5].strip()),
                        Arrays.stream(f[6].strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray(),
                        Double.parseDouble(f[7].strip())));
            }
        }
        return out;
    }

    private static List<String> names(String s) {
        return s.strip().equals("-") ? List.of() : List.of(s.strip().split("\\s+"));
    }

    @Test
    void scoresAndScalesMatchTheHandWorkedValues() throws Exception {
        List<Case> cases = cases();
        assertFalse(cases.isEmpty());
        for (Case c : cases) {
            DtwVerifierOptions o = new DtwVerifierOptions(
                    new FunctionFeatureOptions(List.of(Channel.X), 1, 2, true), new DtwOptions(LocalCost.ABSOLUTE, 1.0),
                    c.rule(), c.scale());
            DtwVerifier v = new DtwVerifier(o);
            DtwVerifier.Enrolment e = v.enrol(c.real().stream().map(DtwVerifierHandWorkedTest::sig).toList(),
                    c.dups().stream().map(DtwVerifierHandWorkedTest::sig).toList());
            assertArrayEquals(c.stats(), e.referenceStatistics(), 1e-12, c.name());
            assertEquals(c.score(), e.score(sig(c.probe())), 1e-12, c.name());
            assertEquals(c.score(), e.scores(List.of(sig(c.probe())))[0], 1e-12, c.name());
        }
    }

    @Test
    void withoutDuplicatesEveryScaleGivesTheSameModel() {
        List<Signature> refs = List.of(sig("A"), sig("B"), sig("D"));
        double[] expected = null;
        for (DtwVerifierOptions.Scale s : DtwVerifierOptions.Scale.values()) {
            DtwVerifier v = new DtwVerifier(DtwVerifierOptions.DEFAULT.withScale(s));
            double[] got = v.enrol(refs, List.of()).referenceStatistics();
            if (expected == null) {
                expected = got;
            }
            assertArrayEquals(expected, got, 0.0, s.name());
        }
    }
}
