import java.util.*;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.fs.*;
import org.sigbench.synth.model.*;
/**
 * Paired timing of the lanes and scalar sampling paths in one JVM: the 3 s, 100 Hz, 30-stroke FS
 * signature of SynthBenchmark sampled by each path in alternating 100 ms slices after WARMUP slice
 * pairs; prints medians and the median per-slice ratio. Usage:
 * java --add-modules jdk.incubator.vector -cp synth/target/classes:datasets/target/classes:bench/target/sigbench.jar SynthAB.java SLICES WARMUP
 */
public class SynthAB {
    public static void main(String[] a) {
        SigmaLognormal m = FullSynthesis.plan(FsOptions.defaults().withStrokes(30, 0), CorpusGenerator.stream(42, 1, 0, 0)).toMovement();
        double st = m.strokes().get(0).supportStart(3);
        double[] t = new double[300];
        for (int i = 0; i < t.length; i++) t[i] = st + i / 100.0;
        double[][] b = new double[6][t.length];
        int reps = Integer.parseInt(a[0]);
        double[][] r = new double[2][reps];
        for (int rep = -Integer.parseInt(a[1]); rep < reps; rep++) {
            for (int q = 0; q < 2; q++) {
                int arm = (rep + q) & 1;
                long t0 = System.nanoTime(); int n = 0;
                while (System.nanoTime() - t0 < 100_000_000L) {
                    if (arm == 0) m.sampleIntoScalar(t, 300, b[0], b[1], b[2], b[3], b[4], b[5]); else m.sampleInto(t, 300, b[0], b[1], b[2], b[3], b[4], b[5]);
                    n++;
                }
                if (rep >= 0) r[arm][rep] = n / ((System.nanoTime() - t0) / 1e9);
            }
        }
        double[] ratio = new double[reps];
        for (int i = 0; i < reps; i++) ratio[i] = r[1][i] / r[0][i];
        Arrays.sort(ratio); Arrays.sort(r[0]); Arrays.sort(r[1]);
        System.out.printf(Locale.ROOT, "scalar median %.0f max %.0f /s; lanes median %.0f max %.0f /s; lanes/scalar per-slice ratio median %.2f [%.2f, %.2f]%n",
            r[0][reps/2], r[0][reps-1], r[1][reps/2], r[1][reps-1], ratio[reps/2], ratio[0], ratio[reps-1]);
    }
}
