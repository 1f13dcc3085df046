package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;

class ClassifierFusionVerifierTest extends VerifierContractTest {
    /** A smaller forest keeps the contract tests quick; the fusion rule is the same. */
    private static final ClassifierFusionOptions SMALL = new ClassifierFusionOptions(MeanTemplateOptions.DEFAULT,
            new ClassifierOptions(ClassifierOptions.Kind.RANDOM_FOREST, DtwVerifierOptions.DEFAULT, 3, 3000, 1.0, 1.0, 40), 2);

    @Override
    VerifierFactory factory() {
        return ClassifierFusionVerifier.factory("dtw-mean-rf", SMALL);
    }

    @Test
    void scoreIsTheMeanTemplateScorePlusTwiceTheClassifierPosterior() {
        // development subjects S1..S5, evaluated subject S8; the same development protocol and seed give
        // the same forest, so the fused score must be the parts' weighted sum
        Corpus dev = Corpus.of("dev", CORPUS.signatures().stream()
                .filter(s -> Set.of("S1", "S2", "S3", "S4", "S5").contains(s.meta().subject())).toList());
        Protocol p = Protocol.of(dev, ProtocolOptions.of(3));
        Verifier fused = factory().create(p, 9);
        Verifier rf = DissimilarityClassifierVerifier.factory(SMALL.classifier()).create(p, 9);
        MeanTemplateVerifier mean = new MeanTemplateVerifier(SMALL.dtw());
        List<Signature> g = CORPUS.of("S8", Kind.GENUINE);
        List<Signature> refs = g.subList(0, 3);
        for (Signature q : List.of(g.get(4), CORPUS.of("S8", Kind.SKILLED_FORGERY).get(0), CORPUS.of("S2", Kind.GENUINE).get(0))) {
            double p1 = rf.enrol(refs).score(q);
            double want = mean.enrol(refs).score(q) + 2 * p1;
            assertEquals(want, fused.enrol(refs).score(q), 1e-12 * Math.abs(want));
            assertEquals(want, fused.enrol(refs).scores(List.of(q))[0], 1e-12 * Math.abs(want));
        }
    }
}
