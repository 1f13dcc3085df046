package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

class MeanTemplateVerifierTest extends VerifierContractTest {
    @Override
    VerifierFactory factory() {
        return MeanTemplateVerifier.factory("dtw-mean", MeanTemplateOptions.DEFAULT);
    }

    @Test
    void oneReferenceIsItsOwnTemplateWithScaleOne() {
        // K = 1, no duplicates: T = the reference, m_T = 1, so the score is a s_dtw - b d(q, r), and
        // s_dtw = -(d + d) for dtw-tuned with one reference: -(2a + b) d.
        MeanTemplateOptions o = MeanTemplateOptions.DEFAULT;
        DtwVerifier dtw = new DtwVerifier(o.dtw());
        List<Signature> g = CORPUS.of("S2", Kind.GENUINE);
        Signature r = g.get(0);
        Signature q = g.get(4);
        double d = dtw.distance(q, r);
        double want = -(2 * o.multiWeight() + o.templateWeight()) * d;
        assertEquals(want, new MeanTemplateVerifier(o).enrol(List.of(r)).score(q), 1e-12 * Math.abs(want));
    }

    @Test
    void templateOnlyScoreIsTheDistanceToTheDbaTemplateOverItsScale() {
        // multi weight 0: the score is -e(q) / sqrt(m_T), whatever the DTW part would say.
        MeanTemplateOptions o = new MeanTemplateOptions(DtwVerifierOptions.TUNED, 0, 0, 1, 0);
        DtwVerifier dtw = new DtwVerifier(o.dtw());
        List<Signature> g = CORPUS.of("S3", Kind.GENUINE);
        List<Signature> refs = g.subList(0, 3);
        Signature q = g.get(6);
        // 0 iterations: T is the medoid, the reference with the least summed distance to the others.
        double[] sum = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sum[i] += i == j ? 0 : dtw.distance(refs.get(i), refs.get(j));
            }
        }
        int medoid = sum[0] <= sum[1] && sum[0] <= sum[2] ? 0 : sum[1] <= sum[2] ? 1 : 2;
        Signature t = refs.get(medoid);
        double scale = 0;
        for (Signature r : refs) {
            scale += r == t ? 0 : dtw.distance(r, t);
        }
        scale /= 3;
        double want = -dtw.distance(q, t) / Math.sqrt(scale);
        assertEquals(want, new MeanTemplateVerifier(o).enrol(refs).score(q), 1e-9 * Math.abs(want));
        // with averaging the template moves: another score
        MeanTemplateOptions averaged = new MeanTemplateOptions(DtwVerifierOptions.TUNED, 3, 0, 1, 0);
        assertNotEquals(want, new MeanTemplateVerifier(averaged).enrol(refs).score(q));
    }
}
