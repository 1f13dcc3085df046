import java.nio.file.Path;
import java.util.*;
import org.sigbench.datasets.*;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.extract.*;

/**
 * Extraction cost against movement length: the median-length sample of a corpus tiled 1, 2, 4 and
 * 8 times end to end (times shifted, positions continued from the end of the previous copy), each
 * extracted REPS times after a warm-up; prints the fastest time per second of movement. Linear cost
 * gives a constant ms per second. Usage:
 * java --add-modules jdk.incubator.vector -cp synth/target/classes:datasets/target/classes:bench/target/sigbench.jar scripts/perf/ExtractScaling.java CORPUS REPS
 */
public class ExtractScaling {
    public static void main(String[] a) {
        Corpus c = Corpora.load(Corpora.root(""), a[0]);
        int reps = Integer.parseInt(a[1]);
        List<Signature> all = new ArrayList<>(c.signatures());
        all.sort(Comparator.comparingInt(Signature::size).thenComparing(s -> s.meta().id()));
        Signature s = all.get(all.size() / 2);
        Extractor ex = Extractor.defaults();
        for (int w = 0; w < 3; w++) {
            for (int k : new int[] {1, 2, 4}) {
                double[][] in = tile(s, k);
                ex.extract(in[0], in[1], in[2], in[3], s.dims());
            }
        }
        for (int k : new int[] {1, 2, 4, 8}) {
            double[][] in = tile(s, k);
            double best = Double.POSITIVE_INFINITY;
            Extraction e = null;
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                e = ex.extract(in[0], in[1], in[2], in[3], s.dims());
                best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%s x%d: %.1f s, %d strokes, SNRv %.1f dB: best %.1f ms = %.2f ms per s of movement%n",
                    s.meta().id(), k, e.duration(), e.strokes(), e.snrV(), best, best / e.duration());
        }
    }

    static double[][] tile(Signature s, int k) {
        int n = s.size();
        double[] t = s.t(), x = s.x(), y = s.y(), z = s.dims() == 3 ? s.z() : new double[n];
        double span = t[n - 1] - t[0] + (t[n - 1] - t[0]) / (n - 1);
        double[][] out = new double[4][n * k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < n; i++) {
                int j = c * n + i;
                out[0][j] = t[i] + c * span;
                out[1][j] = x[i] + c * (x[n - 1] - x[0]);
                out[2][j] = y[i] + c * (y[n - 1] - y[0]);
                out[3][j] = z[i] + c * (z[n - 1] - z[0]);
            }
        }
        return out;
    }
}
