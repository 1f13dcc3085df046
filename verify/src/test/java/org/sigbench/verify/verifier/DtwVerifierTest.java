package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

class DtwVerifierTest extends VerifierContractTest {
    @Override
    VerifierFactory factory() {
        return DtwVerifier.factory(DtwVerifierOptions.DEFAULT);
    }

    @Test
    void scoreIsTheDocumentedNormalisedCombination() {
        DtwVerifier v = new DtwVerifier(DtwVerifierOptions.DEFAULT);
        List<Signature> g = CORPUS.of("S1", Kind.GENUINE);
        List<Signature> refs = g.subList(0, 3);
        Signature q = g.get(5);
        // Leave-one-out reference statistics by hand.
        double d01 = v.distance(refs.get(0), refs.get(1));
        double d02 = v.distance(refs.get(0), refs.get(2));
        double d12 = v.distance(refs.get(1), refs.get(2));
        double minRef = (Math.min(d01, d02) + Math.min(d01, d12) + Math.min(d02, d12)) / 3;
        double meanRef = ((d01 + d02) / 2 + (d01 + d12) / 2 + (d02 + d12) / 2) / 3;
        double a = v.distance(q, refs.get(0));
        double b = v.distance(q, refs.get(1));
        double c = v.distance(q, refs.get(2));
        double want = -(Math.min(a, Math.min(b, c)) / minRef + ((a + b + c) / 3) / meanRef);
        assertEquals(want, v.enrol(refs).score(q), 1e-12);
        // One reference: no normalisation, -(d + d).
        assertEquals(-2 * a, v.enrol(refs.subList(0, 1)).score(q), 1e-12);
    }
}
