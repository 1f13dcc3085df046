import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sigbench.bench.port.VerifyBackend;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;

/**
 * How far a writer's genuine samples lie from each other by acquisition order (synth/README.md,
 * "Repetition drift"): for every subject with at least N genuine samples, the DTW distances of the
 * verifier (band 0.1, as the calibration) among its first N samples, each over the subject's median
 * pair distance; printed: the geometric mean over subjects of that ratio for every pair (i, j).
 *
 * <pre>
 * ./mvnw -B -q -o -pl bench -am package -DskipTests
 * SIGBENCH_DATA=../shared/datasets java --add-modules jdk.incubator.vector \
 *     -cp bench/target/sigbench.jar scripts/analysis/LagDistances.java leap-airsig 10
 * </pre>
 */
public class LagDistances {
    public static void main(String[] a) {
        Corpus c = Corpora.load(Corpora.root(null), a[0]);
        int n = Integer.parseInt(a[1]);
        VerifyBackend vb = new VerifyBackend(Runtime.getRuntime().availableProcessors());
        double[][] sums = new double[n][n];
        int subjects = 0;
        for (String s : c.subjects()) {
            List<Signature> g = c.of(s, Kind.GENUINE);
            if (g.size() < n) {
                continue;
            }
            g = g.subList(0, n);
            double[][] d = vb.distances(g, g, 0.1);
            List<Double> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    all.add(d[i][j]);
                }
            }
            Collections.sort(all);
            double med = all.get(all.size() / 2);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        sums[i][j] += Math.log(d[i][j] / med);
                    }
                }
            }
            subjects++;
        }
        System.out.println(a[0] + ": " + subjects + " subjects with " + n + " genuine samples");
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < n; j++) {
                b.append(String.format(Locale.ROOT, "%6.2f", i == j ? 0 : Math.exp(sums[i][j] / subjects)));
            }
            System.out.println(b);
        }
        System.exit(0);
    }
}
