package org.sigbench.synth.forgery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.fs.FullSynthesis;
import org.sigbench.synth.fs.Plan;

class ForgerTest {
    @Test
    void forgersMakeMoreShorterSlowerStrokesOnTheSameShape() {
        double arcs = 0;
        double time = 0;
        double shape = 0;
        int n = 60;
        ForgeryOptions o = ForgeryOptions.defaults();
        for (int i = 0; i < n; i++) {
            Plan g = FullSynthesis.plan(FsOptions.defaults(), CorpusGenerator.stream(9, 1, i, 0));
            Plan f = Forger.forgerPlan(g, o, CorpusGenerator.stream(9, 3, i, 0));
            arcs += (double) f.size() / g.size() / n;
            time += (f.ts()[f.size() - 1] - f.ts()[0]) / (g.ts()[g.size() - 1] - g.ts()[0]) / n;
            double[] ge = g.extent();
            double[] fe = f.extent();
            shape += Math.abs(fe[0] / ge[0] - 1) / n;
        }
        // expected arcs per genuine arc 1 + 0.15 + 2 * 0.02 = 1.19
        assertTrue(arcs > 1.12 && arcs < 1.26, "arcs ratio " + arcs);
        // slower: slow-down U(1.05, 1.35) times more arcs
        assertTrue(time > 1.25 && time < 1.7, "duration ratio " + time);
        // same shape up to a scale error of a few per cent (log-sd 0.07)
        assertTrue(shape < 0.12, "mean relative width change " + shape);
    }

    /**
     * Rhythm fidelity 1 (no splitting, no irregularity, fixed slow-down s): every interval of the
     * forged plan is s times the genuine one; fidelity 0: every interval is s times the genuine
     * median interval.
     */
    @Test
    void rhythmFidelityBlendsTheTargetsIntervalsWithItsMedian() {
        Plan g = FullSynthesis.plan(FsOptions.defaults(), CorpusGenerator.stream(9, 1, 4, 0));
        for (double fidelity : new double[] {0, 1}) {
            ForgeryOptions o = new ForgeryOptions(1, 1.5, 1.5, 0, 0, 1, 0, 0, 0, 0, 0, fidelity);
            Plan f = Forger.forgerPlan(g, o, CorpusGenerator.stream(9, 3, 4, 0));
            assertEquals(g.size(), f.size());
            double median = Forger.medianInterval(g.ts());
            for (int j = 1; j < g.size(); j++) {
                double own = g.ts()[j] - g.ts()[j - 1];
                double expected = 1.5 * (fidelity == 1 ? own : median);
                assertEquals(Math.max(expected / 4, expected), f.ts()[j] - f.ts()[j - 1], 1e-9 * expected,
                        "fidelity " + fidelity + " arc " + j);
            }
        }
    }
}
