package org.sigbench.synth.forgery;

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
}
