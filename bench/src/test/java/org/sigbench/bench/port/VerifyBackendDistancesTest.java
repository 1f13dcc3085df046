package org.sigbench.bench.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.study.ToyData;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.verify.dtw.Dtw;
import org.sigbench.verify.features.FeatureSeries;
import org.sigbench.verify.features.FunctionFeatures;
import org.sigbench.verify.verifier.DtwVerifierOptions;

/**
 * {@link VerifyBackend#distances} (references in SIMD lanes) equals the single-pair kernel pair by
 * pair, bit for bit: on a toy corpus (2D and 3D) and, with SIGBENCH_DATA, on svc2004-task2 subjects.
 */
class VerifyBackendDistancesTest {

    private static void assertSameAsSinglePair(List<Signature> probes, List<Signature> refs, double band) {
        double[][] got = new VerifyBackend(2).distances(probes, refs, band);
        FunctionFeatures ff = new FunctionFeatures(DtwVerifierOptions.DEFAULT.features());
        assertEquals(probes.size(), got.length);
        for (int i = 0; i < probes.size(); i++) {
            FeatureSeries p = ff.compute(probes.get(i));
            Dtw dtw = new Dtw(DtwVerifierOptions.DEFAULT.dtw().withBand(band), p.dims());
            for (int j = 0; j < refs.size(); j++) {
                FeatureSeries r = ff.compute(refs.get(j));
                double want = dtw.distance(p.data(), p.length(), r.data(), r.length());
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got[i][j]),
                        "probe " + i + " reference " + j + ": " + want + " vs " + got[i][j]);
            }
        }
    }

    @Test
    void toyCorpusDistancesIdentical() {
        for (int dims : new int[] {2, 3}) {
            List<Signature> all = new ToyData(4, 5, 2, dims).load("toy").signatures();
            assertTrue(all.size() == 28);
            assertSameAsSinglePair(all.subList(0, 11), all, 0.1);
            assertSameAsSinglePair(all, all, 0.25);
        }
    }

    @Test
    void svc2004Task2DistancesIdentical() {
        String env = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(env != null && !env.isBlank(), "SIGBENCH_DATA not set");
        List<Signature> all = Corpora.load(Path.of(env), "svc2004-task2").signatures();
        assertSameAsSinglePair(all.subList(0, 12), all.subList(0, 80), 0.1);
    }
}
