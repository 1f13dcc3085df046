package org.sigbench.synth.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;

/**
 * The writer spread is recovered: "real" writers are duplicates of 30 synthetic models at level
 * 0.3 with a known writer log-sd, the estimate sees them and duplicates of the same models at one
 * level ({@link CalibratorTest#EUCLID} distance). With 30 writers the sampling error of a
 * variance is about sqrt(2 / 29) = 26 %, so the bounds are a factor 1.6 on the sd, and a writer
 * spread of 0 must come out below 0.2. Fixed seeds.
 */
class WriterSpreadTest {
    static final int WRITERS = 30;
    static List<Signature> models;
    static Extraction[] extractions;

    static synchronized void setUp() {
        if (models != null) {
            return;
        }
        GeneratorOptions o = GeneratorOptions.of(WRITERS, 1, 0, 21);
        o = o.withFs(o.fs().withDims(2));
        models = CorpusGenerator.generate(o).signatures();
        Extractor ex = Extractor.defaults();
        extractions = models.parallelStream().map(ex::extract).toArray(Extraction[]::new);
    }

    static List<Group> writers(RealDsSettings s, long seed) {
        return IntStream.range(0, WRITERS).mapToObj(i -> new Group(RealDuplicates.duplicates(models.get(i),
                extractions[i], s, 8, seed + i, "w" + i), List.of())).toList();
    }

    static WriterSpread estimate(double truth) {
        setUp();
        List<Group> real = writers(RealDsSettings.strokeWise(0.3).withWriterSd(truth), 1000);
        return WriterSpread.of(real, CalibratorTest.EUCLID, level -> writers(RealDsSettings.strokeWise(level), 5000));
    }

    @Test
    void recoversAKnownWriterSpread() {
        WriterSpread w = estimate(0.5);
        assertTrue(w.sd() > 0.5 / 1.6 && w.sd() < 0.5 * 1.6, w.describe());
        assertTrue(w.slope() > 0.3, "the distance grows with the level: " + w.describe());
    }

    @Test
    void equallyConsistentWritersGiveASmallSpread() {
        WriterSpread w = estimate(0);
        assertTrue(w.sd() < 0.2, w.describe());
    }
}
