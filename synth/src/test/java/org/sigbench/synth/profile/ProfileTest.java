package org.sigbench.synth.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;

class ProfileTest {

    @Test
    void statisticsOfAKnownMovement() {
        // 2 s at 100 Hz on a circle of radius 10 at one turn per second (speed 20 pi), 3D tilt z = 0.5 x
        int n = 201;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 100.0;
            x[i] = 10 * Math.cos(2 * Math.PI * t[i]);
            y[i] = 10 * Math.sin(2 * Math.PI * t[i]);
            z[i] = 0.5 * x[i];
            pen[i] = i < 150;
        }
        Signature s = Signature.of(SignatureMeta.genuine("c", "s", "s1", 1, "test"), 3, t, x, y, z, pen, null);
        Profile p = Profile.of("c", 3, List.of(s));
        assertEquals(2.0, p.duration(), 1e-12);
        assertEquals(100.0, p.rate(), 1e-9);
        assertEquals(20, p.width(), 1e-9);
        assertEquals(20, p.height(), 0.02);
        assertEquals(10, p.depth(), 1e-9);
        // path / duration with the tilt: |v| varies, mean over the circle of sqrt(1 + 0.25 sin^2) * 20 pi
        assertEquals(20 * Math.PI * 1.0607, p.speed(), 0.2);
        // |v| = 20 pi sqrt(1 + 0.25 sin^2(2 pi t)) has interior minima at t = 0.5, 1.0, 1.5 s
        assertEquals(1.5, p.minimaPerSecond(), 1e-12);
        assertEquals(51.0 / 201, p.penUpFraction(), 1e-12, "samples 150..200 are pen-up");
    }

    /** The synthetic corpus made with a real corpus' profile matches its statistics. */
    @Test
    void syntheticCorporaMimicRealOnes() {
        String data = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(data != null, "SIGBENCH_DATA not set");
        for (String name : List.of("svc2004-task2", "leap-airsig")) {
            Corpus real = Corpora.load(Path.of(data), name);
            Profile r = Profile.of(real);
            Corpus syn = CorpusGenerator.generate(GeneratorOptions.of(40, 3, 0, 5).withFs(r.fsOptions()).withThreads(2));
            Profile s = Profile.of(syn);
            assertEquals(real.dims(), syn.dims());
            assertEquals(r.rate(), s.rate(), 1e-6);
            // 40 identities with log-sd ~0.4: the median's standard error is about 8 %
            assertEquals(1, s.duration() / r.duration(), 0.2, name + " duration " + s.describe());
            assertEquals(1, s.speed() / r.speed(), 0.2, name + " speed " + s.describe());
            assertEquals(1, s.minimaPerSecond() / r.minimaPerSecond(), 0.15, name + " minima " + s.describe());
            assertEquals(1, s.width() / r.width(), 0.25, name + " width " + s.describe());
            assertEquals(1, s.height() / r.height(), 0.25, name + " height " + s.describe());
            if (real.dims() == 3) {
                // depth is noisier: over seeds 1..10 its ratio has sd ~0.12 (0.96..1.34 for leap-airsig), so 3 sd
                assertEquals(1, s.depth() / r.depth(), 0.35, name + " depth " + s.describe());
            }
            assertEquals(r.penUpFraction(), s.penUpFraction(), 0.05, name + " pen-up " + s.describe());
        }
    }
}
