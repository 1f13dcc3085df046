package org.sigbench.synth.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;

/**
 * The calibration recovers a known DS level: a "real" corpus is made of DS duplicates of
 * synthetic models at a known within level (one session), and the fit, on a plain resampled
 * Euclidean distance, must find a level close to it; the objective must fall from its start.
 */
class CalibratorTest {

    /** Mean point distance after resampling both samples to 64 points (uniform in index). */
    static final Distances EUCLID = (a, b) -> {
        double[][] d = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                d[i][j] = gap(a.get(i), b.get(j));
            }
        }
        return d;
    };

    static double gap(Signature a, Signature b) {
        int n = 64;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) ((long) k * (a.size() - 1) / (n - 1));
            int j = (int) ((long) k * (b.size() - 1) / (n - 1));
            sum += Math.hypot(a.x(i) - b.x(j), a.y(i) - b.y(j));
        }
        return sum / n;
    }

    @Test
    void recoversAKnownWithinLevelAndNoSessionEffect() {
        double truth = 0.3;
        GeneratorOptions o = GeneratorOptions.of(6, 1, 0, 11);
        o = o.withFs(o.fs().withDims(2));
        List<Signature> models = CorpusGenerator.generate(o).signatures();
        Extractor ex = Extractor.defaults();
        List<Group> real = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Signature m = models.get(i);
            Extraction e = ex.extract(m);
            List<Signature> g = new ArrayList<>(RealDuplicates.duplicates(m, e, RealDsSettings.strokeWise(truth), 6,
                    1000 + i, m.meta().subject() + "-g"));
            real.add(new Group(g.stream().map(s -> s.withMeta(SignatureMeta.genuine("toy", m.meta().subject(),
                    s.meta().id(), 1, "toy"))).toList(), List.of()));
        }
        Calibrator.Result r = Calibrator.calibrate(real, ex::extract, EUCLID, new Calibrator.Options(3, 10, 16, 8), 5);
        double fitted = r.ds().withinLevel();
        // no session information: two halves are assumed, and the fit must find them alike
        assertTrue(r.ds().sessionLevel() < 0.5 * truth, "session level " + r.ds().sessionLevel());
        assertTrue(fitted > truth / 1.6 && fitted < truth * 1.6, "fitted within level " + fitted + " for " + truth);
        assertTrue(r.levels().objective() <= r.levels().startObjective(), r.levels().describe());
        assertEquals(null, r.forgers());
    }
}
