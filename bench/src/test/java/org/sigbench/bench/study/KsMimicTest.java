package org.sigbench.bench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.bench.io.SuiteReader;
import org.sigbench.bench.port.Backends;
import org.sigbench.bench.port.SynthBackend;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.ks.KsTiming;

/** The KS mimic re-times each sample with the timing of its kind: forgeries keep a forger's timing. */
class KsMimicTest {

    @Test
    void forgeriesAreReTimedWithTheForgersTiming() {
        // toy corpus whose forgeries are written 1.5 x slower than the genuine samples
        Corpus real = corpus(8, 6, 4);
        SynthBackend syn = new SynthBackend(1);
        StudyExecutor ex = new StudyExecutor(SuiteReader.parse("{\"name\": \"t\", \"seed\": 3}".getBytes(StandardCharsets.UTF_8),
                "t.json"), null, syn, Backends.verification(1), (f, l) -> { });
        KsTiming genuine = ex.ksTiming(real, Kind.GENUINE);
        KsTiming forgery = ex.ksTiming(real, Kind.SKILLED_FORGERY);
        assertTrue(genuine.source().contains("genuine") && forgery.source().contains("skilled_forgery"));
        assertTrue(ex.ksTiming(real, Kind.GENUINE) == genuine, "estimated once per corpus and kind");

        Corpus ks = new Mimics(ex).ks(real, "toy~0/ks");
        assertEquals(real.signatures().size(), ks.signatures().size());
        double realRatio = median(real, Kind.SKILLED_FORGERY) / median(real, Kind.GENUINE);
        double ksRatio = median(ks, Kind.SKILLED_FORGERY) / median(ks, Kind.GENUINE);
        assertTrue(realRatio > 1.3, "toy forgeries are slower: " + realRatio);
        assertTrue(ksRatio > 1.3, "KS forgeries are slower than KS genuine samples: " + ksRatio + " (real " + realRatio + ")");

        // the same forgeries re-timed with the genuine writers' timing are faster
        List<Signature> forgeries = real.signatures().stream().filter(s -> s.meta().kind() == Kind.SKILLED_FORGERY).toList();
        double[] own = new double[forgeries.size()];
        double[] other = new double[forgeries.size()];
        for (int i = 0; i < forgeries.size(); i++) {
            Signature s = forgeries.get(i);
            own[i] = Kinematics.of(syn.retime(s, forgery, 10 + i, "a")).duration();
            other[i] = Kinematics.of(syn.retime(s, genuine, 10 + i, "b")).duration();
        }
        assertTrue(median(own) > 1.2 * median(other), "forger's timing " + median(own) + " s, genuine timing " + median(other) + " s");
    }

    /**
     * Zig-zags of 10-15 straight strokes (length D in [10, 40], turns of 1.6-2.6 rad), one
     * lognormal per bell (sigma 0.2, 1 %-99 % span one bell), bells back to back lasting
     * 0.04 D^0.45 s for genuine samples and 1.5 times that for forgeries; 100 Hz.
     */
    static Corpus corpus(int subjects, int genuine, int forgeries) {
        List<Signature> all = new java.util.ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            for (int i = 0; i < genuine + forgeries; i++) {
                boolean f = i >= genuine;
                var r = org.sigbench.datasets.random.Streams.of(77, s, i);
                List<Stroke> strokes = new java.util.ArrayList<>();
                int n = 10 + r.nextInt(6);
                double theta = 2 * Math.PI * r.nextDouble();
                double bell = 0;
                for (int j = 0; j < n; j++) {
                    double d = 10 + 30 * r.nextDouble();
                    double delta = (f ? 1.5 : 1) * 0.04 * Math.pow(d, 0.45);
                    double mu = Math.log(delta / (2 * Math.sinh(2.326 * 0.2)));
                    strokes.add(Stroke.planar(bell + 0.5 * delta - Math.exp(mu - 0.04), mu, 0.2, d, 0, 0, theta, theta));
                    bell += delta;
                    theta += (j % 2 == 0 ? 1 : -1) * (1.6 + r.nextDouble());
                }
                SigmaLognormal m = SigmaLognormal.of(strokes, new double[] {0, 0, 0});
                double a = strokes.get(0).supportStart(2.326);
                double b = strokes.stream().mapToDouble(k -> k.supportEnd(2.326)).max().orElseThrow();
                Trajectory tr = m.sample(SigmaLognormal.grid(a, b, 100));
                double[] t = tr.t().clone();
                for (int k = 0; k < t.length; k++) {
                    t[k] -= a;
                }
                String subj = "S" + s;
                SignatureMeta meta = f ? SignatureMeta.forgery("toy", subj, subj + "F" + i, i, "toy")
                        : SignatureMeta.genuine("toy", subj, subj + "G" + i, i + 1, "toy");
                all.add(Signature.of(meta, 2, t, tr.x(), tr.y(), null, null, null));
            }
        }
        return Corpus.of("toy", all);
    }

    static double median(Corpus c, Kind k) {
        return median(c.signatures().stream().filter(s -> s.meta().kind() == k).mapToDouble(s -> Kinematics.of(s).duration()).toArray());
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
