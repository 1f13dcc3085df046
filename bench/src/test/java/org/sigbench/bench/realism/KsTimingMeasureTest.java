package org.sigbench.bench.realism;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sigbench.bench.port.SynthBackend;
import org.sigbench.datasets.random.Streams;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.ks.RealRetiming;

/**
 * KS against the real data (the table of the KS section of synth/README.md): per corpus and kind,
 * the timing is estimated as the study does ({@link SynthBackend#ksTiming}), then every k-th real
 * sample (k = max(1, n / 200)) is re-timed once (stream {@code Streams.of(1, i)}) and the median
 * duration and number of speed bells ({@link Kinematics}) of the real samples and of their
 * re-timings are compared. Runs only with {@code -Dsigbench.ks.measure=true} and SIGBENCH_DATA
 * (about a minute): {@code SIGBENCH_DATA=../shared/datasets ./mvnw -B -q -o -pl bench -am test
 * -Dtest=KsTimingMeasureTest -Dsigbench.ks.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sigbench.ks.measure", matches = "true")
class KsTimingMeasureTest {

    @Test
    void reTimingsMatchTheRealMediansWithinTenPercent() {
        String d = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(d != null && Files.isDirectory(Path.of(d)), "SIGBENCH_DATA not set");
        SynthBackend syn = new SynthBackend(1);
        List<String> failures = new ArrayList<>();
        System.out.println("| corpus | kind | samples | real duration s | KS duration s | real bells | KS bells | KS shape SNRt dB |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String name : List.of("leap-airsig", "svc2004-task2")) {
            Corpus c = Corpora.load(Path.of(d), name);
            for (Kind k : List.of(Kind.GENUINE, Kind.SKILLED_FORGERY)) {
                List<Signature> all = c.signatures().stream().filter(s -> s.meta().kind() == k).toList();
                if (all.isEmpty()) {
                    continue;
                }
                KsTiming timing = syn.ksTiming(c, k);
                int step = Math.max(1, all.size() / 200);
                List<double[]> rows = new ArrayList<>();
                for (int i = 0; i < all.size(); i += step) {
                    Signature s = all.get(i);
                    RealRetiming.Retimed r = RealRetiming.retimeWithShapeSnr(s, KsOptions.defaults(), timing,
                            s.meta().derived(s.meta().corpus(), s.meta().id() + "-ks", 1, "KS"), null, Streams.of(1, i));
                    Kinematics a = Kinematics.of(s);
                    Kinematics b = Kinematics.of(r.signature());
                    rows.add(new double[] {a.duration(), b.duration(), a.bells(), b.bells(), r.snrT()});
                }
                double[] m = new double[5];
                for (int j = 0; j < m.length; j++) {
                    final int col = j;
                    m[j] = median(rows.stream().mapToDouble(x -> x[col]).toArray());
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.0f | %.0f | %.1f |%n", name, k.token(),
                        rows.size(), m[0], m[1], m[2], m[3], m[4]);
                System.out.println("  " + timing.describe());
                if (Math.abs(m[1] / m[0] - 1) > 0.10 || Math.abs(m[3] / m[2] - 1) > 0.10) {
                    failures.add(name + " " + k.token());
                }
            }
        }
        assertTrue(failures.isEmpty(), "medians off by more than 10 %: " + failures);
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
