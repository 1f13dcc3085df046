package org.sigbench.synth.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.profile.Profile;

/**
 * FS calibration recovers a known identity level and forger shape factor: the "real" corpus is
 * itself FS (2D, 10 identities, 8 genuine samples and 6 forgeries each, one session) at level
 * 0.25 with the default forger's shape errors times 3; the fit starts from the default level 0.5,
 * session level 0.2 and factor 1,
 * sees only that corpus (its profile and its distances, {@link CalibratorTest#EUCLID}) and must
 * land within a factor 1.6 (level) and 2 (shape) of the truth, with a session level below half the
 * level, with objectives below their start.
 * Fixed seeds.
 */
class FsCalibratorTest {

    @Test
    void recoversAKnownLevelAndShapeFactor() {
        double level = 0.25;
        double shape = 3;
        GeneratorOptions o = GeneratorOptions.of(10, 8, 6, 77);
        o = o.withFs(o.fs().withDims(2)).withDs(DsOptions.defaults().withLevel(level))
                .withForgery(FsCalibrator.shaped(ForgeryOptions.defaults(), shape));
        List<Group> real = FsCalibrator.identities(o);
        List<Signature> genuine = real.stream().flatMap(g -> g.genuine().stream()).toList();
        FsCalibrator.Result r = FsCalibrator.calibrate(real, Profile.of("toy", 2, genuine), ForgeryOptions.defaults(),
                CalibratorTest.EUCLID, new Calibrator.Options(3, 10, 30, 8), 5);
        assertTrue(r.consistency().sessionLevel() < 0.5 * level, "session level for none: " + r.describe());
        assertTrue(r.level() > level / 1.6 && r.level() < level * 1.6, "fitted level " + r.level() + " for " + level);
        double a = r.forgers().values()[0];
        assertTrue(a > shape / 2 && a < shape * 2, "fitted shape factor " + a + " for " + shape + ": " + r.describe());
        assertTrue(r.levels().objective() <= r.levels().startObjective(), r.levels().describe());
        assertTrue(r.forgers().objective() <= r.forgers().startObjective(), r.forgers().describe());
        assertEquals(ForgeryOptions.defaults().shapeSd() * a, r.forger().shapeSd(), 1e-12);
    }

    @Test
    void withoutForgeriesTheForgerIsNotFitted() {
        GeneratorOptions o = GeneratorOptions.of(4, 5, 0, 3);
        o = o.withFs(o.fs().withDims(2));
        List<Group> real = FsCalibrator.identities(o);
        List<Signature> genuine = real.stream().flatMap(g -> g.genuine().stream()).toList();
        FsCalibrator.Result r = FsCalibrator.calibrate(real, Profile.of("toy", 2, genuine), ForgeryOptions.defaults(),
                CalibratorTest.EUCLID, new Calibrator.Options(3, 10, 8, 8), 5);
        assertEquals(null, r.forgers());
        assertEquals(ForgeryOptions.defaults(), r.forger());
    }
}
