package org.sigbench.synth.ds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.fs.FsOptions;
import org.sigbench.synth.fs.FullSynthesis;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.fs.Specimen;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.Vec;

class DuplicatorTest {
    static final Plan PLAN = FullSynthesis.plan(FsOptions.defaults(), CorpusGenerator.stream(3, 1, 0, 0));

    @Test
    void levelZeroGivesAnExactCopy() {
        Specimen s = Duplicator.duplicate(PLAN, DsOptions.defaults().withLevel(0), CorpusGenerator.stream(3, 2, 0, 0));
        double[] t = SigmaLognormal.grid(0, 3, 100);
        Trajectory a = s.movement().sample(t);
        Trajectory b = PLAN.toMovement().sample(t);
        assertArrayEquals(b.x(), a.x(), 0.0);
        assertArrayEquals(b.z(), a.z(), 0.0);
    }

    @Test
    void strokeWisePerturbationStaysInTheScaledRanges() {
        DsOptions o = DsOptions.literature().withLevel(0.5);
        List<Stroke> ref = PLAN.strokes();
        for (int rep = 0; rep < 20; rep++) {
            List<Stroke> p = Duplicator.perturbStrokes(ref, 3, o, CorpusGenerator.stream(3, 2, 0, rep));
            for (int j = 0; j < ref.size(); j++) {
                Stroke a = ref.get(j);
                Stroke b = p.get(j);
                double rd = b.d() / a.d() - 1;
                assertTrue(rd >= -0.05 - 1e-12 && rd <= 0.05 + 1e-12, "D change " + rd);
                double rs = b.sigma() / a.sigma() - 1;
                assertTrue(rs >= -0.14375 - 1e-12 && rs <= 0.1625 + 1e-12, "sigma change " + rs);
                double dth = (b.thetaS() - a.thetaS()) / Math.PI;
                assertTrue(dth >= -0.0075 - 1e-12 && dth <= 0.015 + 1e-12);
                // plane turned a little, still orthonormal
                assertEquals(0.0, Vec.dot(b.u(), b.w()), 1e-12);
            }
        }
    }

    @Test
    void variationGrowsWithTheLevel() {
        double[] t = SigmaLognormal.grid(0, 3, 100);
        Trajectory ref = PLAN.toMovement().sample(t);
        double prev = 0;
        for (double level : new double[] {0.25, 0.5, 1.0}) {
            double sum = 0;
            for (int rep = 0; rep < 30; rep++) {
                Specimen s = Duplicator.duplicate(PLAN, DsOptions.literature().withLevel(level),
                        CorpusGenerator.stream(5, 2, 0, rep));
                Trajectory d = s.movement().sample(t);
                for (int i = 0; i < t.length; i++) {
                    sum += Math.hypot(d.x()[i] - ref.x()[i], d.y()[i] - ref.y()[i]) / (30.0 * t.length);
                }
            }
            assertTrue(sum > 1.3 * prev, "mean deviation " + sum + " at level " + level + " vs " + prev);
            prev = sum;
        }
    }

    @Test
    void globalTempoScalesTheDurationWithTheRequestedSpread() {
        DsOptions o = DsOptions.literature().withModes(false, false); // only the global factors, level 1
        int n = 120;
        double[] ref = org.sigbench.synth.corpus.SignatureSampler.span(PLAN.toMovement());
        double s = 0;
        double ss = 0;
        for (int rep = 0; rep < n; rep++) {
            Specimen d = Duplicator.duplicate(PLAN, o, CorpusGenerator.stream(8, 2, 0, rep));
            double[] span = org.sigbench.synth.corpus.SignatureSampler.span(d.movement());
            double l = Math.log((span[1] - span[0]) / (ref[1] - ref[0]));
            s += l;
            ss += l * l;
        }
        double mean = s / n;
        double sd = Math.sqrt(ss / n - mean * mean);
        // every time scales by exp(N(0, 0.2^2)): sd of ln(duration ratio) = 0.2 (3 standard errors: 0.04)
        assertEquals(0.2, sd, 0.04);
        assertEquals(0.0, mean, 3 * 0.2 / Math.sqrt(n));
    }

    @Test
    void badOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DsOptions.defaults().withLevel(-1));
        assertThrows(IllegalArgumentException.class, () -> DsOptions.defaults().withLevel(20));
    }
}
