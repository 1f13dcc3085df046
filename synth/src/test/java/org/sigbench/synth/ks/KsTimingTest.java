package org.sigbench.synth.ks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.model.Trajectory;

/** The KS timing is estimated from samples, recovers a known timing, and drives KS durations. */
class KsTimingTest {
    static final double SCALE = 0.04;
    static final double EXPONENT = 0.45;
    static List<Signature> fluent;
    static List<Signature> slow;
    static KsTiming fluentTiming;
    static KsTiming slowTiming;

    @BeforeAll
    static void estimate() {
        fluent = KsToy.corpus(1, 40, SCALE, EXPONENT, 0, Kind.GENUINE);
        // slower (x 1.6) and paused (a 0.6-1.0 s rest before 20 % of the strokes)
        slow = KsToy.corpus(2, 40, 1.6 * SCALE, EXPONENT, 0.2, Kind.SKILLED_FORGERY);
        fluentTiming = KsTiming.estimate(fluent, Extractor.defaults(), KsOptions.defaults());
        slowTiming = KsTiming.estimate(slow, Extractor.defaults(), KsOptions.defaults());
    }

    @Test
    void recoversAKnownTiming() {
        KsTiming t = fluentTiming;
        assertEquals(40, t.samples());
        // speed as a function of length: bell time = 0.04 D^0.45
        assertEquals(EXPONENT, t.slope(), 0.1, t.describe());
        for (double d : new double[] {12, 25, 38}) {
            double truth = SCALE * Math.pow(d, EXPONENT);
            assertEquals(truth, t.typicalDuration(d), 0.15 * truth, "bell time at D = " + d);
        }
        // one arc per stroke of the zig-zags (10-15 strokes), no pauses
        double g = 12;
        int[] arcs = new int[200];
        var rng = RandomSource.SPLIT_MIX_64.create(3);
        for (int i = 0; i < arcs.length; i++) {
            arcs[i] = t.arcs((int) g, rng);
        }
        assertEquals(g, median(Arrays.stream(arcs).asDoubleStream().toArray()), 1.0);
        assertTrue(t.pauseFraction() < 0.02, "pauses " + t.pauseFraction());
        // lognormal shape: span of one bell (1 %-99 % span = spacing), sigma 0.2 within the extractor's reach
        assertEquals(1.0, median(t.spanRatio()), 0.2);
        double sigma = median(t.sigma());
        assertTrue(sigma > 0.08 && sigma < 0.3, "sigma " + sigma);
    }

    @Test
    void reTimingsMatchTheRealDurationsAndBells() {
        for (List<Signature> corpus : List.of(fluent, slow)) {
            KsTiming t = corpus == fluent ? fluentTiming : slowTiming;
            double[] real = new double[corpus.size()];
            double[] ks = new double[corpus.size()];
            double[] realBells = new double[corpus.size()];
            double[] ksBells = new double[corpus.size()];
            double[] snr = new double[corpus.size()];
            for (int i = 0; i < corpus.size(); i++) {
                Signature s = corpus.get(i);
                KsResult r = KinematicSynthesis.of(KsOptions.defaults()).retime(s.x(), s.y(), s.z(), s.pen(), 2, t,
                        RandomSource.SPLIT_MIX_64.create(1000 + i));
                Trajectory tr = r.trajectory();
                real[i] = s.duration();
                ks[i] = tr.t()[tr.size() - 1];
                realBells[i] = SpeedBells.of(s.t(), s.x(), s.y(), s.z()).bells();
                ksBells[i] = SpeedBells.of(tr.t(), tr.x(), tr.y(), tr.z()).bells();
                snr[i] = r.snrT();
            }
            assertTrue(median(snr) > 25, "median shape SNR " + median(snr));
            assertEquals(median(real), median(ks), 0.12 * median(real), "median duration, " + t.describe());
            assertEquals(median(realBells), median(ksBells), 0.12 * median(realBells), "median speed bells");
        }
    }

    @Test
    void slowPausedTimingGivesLongerReTimingsOfTheSamePath() {
        assertTrue(slowTiming.pauseFraction() > 0.05 && slowTiming.pauseFraction() > 3 * fluentTiming.pauseFraction(),
                "pauses: slow " + slowTiming.pauseFraction() + ", fluent " + fluentTiming.pauseFraction());
        Signature s = fluent.get(0);
        KinematicSynthesis ks = KinematicSynthesis.of(KsOptions.defaults());
        double[] a = new double[30];
        double[] b = new double[30];
        for (int i = 0; i < a.length; i++) {
            Trajectory f = ks.retime(s.x(), s.y(), s.z(), s.pen(), 2, fluentTiming, RandomSource.SPLIT_MIX_64.create(i)).trajectory();
            Trajectory w = ks.retime(s.x(), s.y(), s.z(), s.pen(), 2, slowTiming, RandomSource.SPLIT_MIX_64.create(i)).trajectory();
            a[i] = f.t()[f.size() - 1];
            b[i] = w.t()[w.size() - 1];
        }
        // 1.6 x slower bells plus rests: well over 1.6 x the fluent duration
        assertTrue(median(b) > 1.6 * median(a), "slow " + median(b) + " s, fluent " + median(a) + " s");
        // and the spread of the durations comes from the drawn timing, not a constant
        assertTrue(Arrays.stream(b).max().orElse(0) > 1.1 * Arrays.stream(b).min().orElse(0));
    }

    @Test
    void valleyInversionIsConsistent() {
        for (double sigma : new double[] {0.1, 0.25, 0.5}) {
            double previous = -1;
            for (double rho : new double[] {0.05, 0.3, 0.6, 0.9}) {
                double k = TwoLognormalValley.overlapFor(sigma, rho);
                assertEquals(rho, TwoLognormalValley.valley(sigma, k), 0.02, "sigma " + sigma + " valley " + rho);
                assertTrue(k > previous, "shallower valleys need more overlap");
                previous = k;
            }
        }
    }

    @Test
    void estimatesFromFewSamplesAndRejectsNone() {
        assertThrows(IllegalArgumentException.class,
                () -> KsTiming.estimate(List.of(), Extractor.defaults(), KsOptions.defaults()));
        List<Signature> few = fluent.subList(0, 3);
        assertEquals(3, KsTiming.estimate(few, Extractor.defaults(), KsOptions.defaults()).samples());
    }

    @Test
    void retimingChecksTheGeometry() {
        Signature s = fluent.get(0);
        KsOptions other = new KsOptions(100, 0.9, 0.01, 0.02, 256);
        assertThrows(IllegalArgumentException.class, () -> KinematicSynthesis.of(other).retime(s.x(), s.y(), s.z(),
                s.pen(), 2, fluentTiming, RandomSource.SPLIT_MIX_64.create(1)));
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
