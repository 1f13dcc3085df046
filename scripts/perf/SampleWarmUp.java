import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.fs.*;
import org.sigbench.synth.model.*;
/**
 * Warm-up cost of the sampling paths in a fresh JVM: the SynthBenchmark signature sampled 20,000
 * times with one path, elapsed time printed after 100, 1,000, 5,000 and 20,000 signatures. Usage:
 * java --add-modules jdk.incubator.vector -cp synth/target/classes:datasets/target/classes:bench/target/sigbench.jar scripts/perf/SampleWarmUp.java lanes|scalar
 */
public class SampleWarmUp {
    public static void main(String[] a) {
        SigmaLognormal m = FullSynthesis.plan(FsOptions.defaults().withStrokes(30, 0), CorpusGenerator.stream(42, 1, 0, 0)).toMovement();
        double st = m.strokes().get(0).supportStart(3);
        double[] t = new double[300];
        for (int i = 0; i < t.length; i++) t[i] = st + i / 100.0;
        double[][] b = new double[6][t.length];
        boolean lanes = a[0].equals("lanes");
        long t0 = System.nanoTime();
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= 20000; k++) {
            if (lanes) m.sampleInto(t, 300, b[0], b[1], b[2], b[3], b[4], b[5]); else m.sampleIntoScalar(t, 300, b[0], b[1], b[2], b[3], b[4], b[5]);
            if (k == 100 || k == 1000 || k == 5000 || k == 20000) sb.append(String.format(" first %d: %.2f s;", k, (System.nanoTime() - t0) / 1e9));
        }
        System.out.println(a[0] + sb);
    }
}
