package org.sigbench.synth.ks;

import org.junit.jupiter.api.BeforeAll;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.SynthesisContract;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Trajectory;

/** The {@link SynthesisContract} for Kinematic Synthesis: a timing-free 2D path re-timed with a timing estimated on toy movements. */
class KinematicSynthesisContractTest extends SynthesisContract {
    private static KsTiming timing;

    @BeforeAll
    static void estimate() {
        timing = KsTiming.estimate(KsToy.corpus(1, 20, 0.04, 0.45, 0, Kind.GENUINE), Extractor.defaults(), KsOptions.defaults());
    }

    @Override
    protected Sample make(long seed) {
        double[][] p = KinematicSynthesisTest.path();
        Trajectory tr = KinematicSynthesis.of(KsOptions.defaults()).retime(p[0], p[1], p[2], null, 2, timing, Streams.of(seed, 2, 3))
                .trajectory();
        return new Sample(2, tr.t(), tr.x(), tr.y(), tr.z());
    }
}
