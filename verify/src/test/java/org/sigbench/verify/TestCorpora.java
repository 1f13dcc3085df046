package org.sigbench.verify;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;

/**
 * Small in-memory corpora for tests: each subject has a smooth "template" path (a sum of random
 * sinusoids); a genuine sample is the template with a mild time warp and noise; a skilled forgery
 * is the template with a larger warp, a distorted shape and slower writing; another subject's
 * samples follow another template. XO_SHI_RO_256_PP: its 4-long state takes all three seed
 * elements (a 128-bit generator would silently ignore the third).
 */
public final class TestCorpora {
    private TestCorpora() {
    }

    /** A 2D corpus with a pressure channel. */
    public static Corpus make(String name, int subjects, int genuine, int forgeries, int dims, long seed) {
        List<Signature> all = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            UniformRandomProvider tr = Streams.of(seed, s, 0);
            double[][] tmpl = template(tr);
            String subj = "S" + (s + 1);
            for (int g = 0; g < genuine; g++) {
                UniformRandomProvider r = Streams.of(seed, s, 1 + g);
                SignatureMeta m = SignatureMeta.genuine(name, subj, subj + "G" + (g + 1), g + 1, "test");
                all.add(sample(m, tmpl, r, 0.03, 0.01, 1.0, dims));
            }
            for (int f = 0; f < forgeries; f++) {
                UniformRandomProvider r = Streams.of(seed, s, 1000 + f);
                SignatureMeta m = SignatureMeta.forgery(name, subj, subj + "F" + (f + 1), f + 1, "test");
                all.add(sample(m, tmpl, r, 0.15, 0.08, 1.4, dims));
            }
        }
        return Corpus.of(name, all);
    }

    private static double[][] template(UniformRandomProvider r) {
        double[][] t = new double[3][12];
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 12; j++) {
                t[k][j] = r.nextDouble() * 2 - 1;
            }
        }
        return t;
    }

    private static Signature sample(SignatureMeta m, double[][] tmpl, UniformRandomProvider r, double warp, double shape,
                                    double slow, int dims) {
        int n = (int) ((120 + r.nextInt(20)) * slow);
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = dims == 3 ? new double[n] : null;
        double[] p = new double[n];
        double a = warp * (r.nextDouble() * 2 - 1);
        double[] d = new double[12];
        for (int j = 0; j < 12; j++) {
            d[j] = shape * (r.nextDouble() * 2 - 1);
        }
        for (int i = 0; i < n; i++) {
            double u = (double) i / (n - 1);
            double w = u + a * Math.sin(Math.PI * u);
            t[i] = i * 0.01;
            x[i] = 100 * curve(tmpl[0], d, w) + 0.3 * (r.nextDouble() - 0.5);
            y[i] = 100 * curve(tmpl[1], d, w) + 0.3 * (r.nextDouble() - 0.5);
            if (z != null) {
                z[i] = 50 * curve(tmpl[2], d, w) + 0.3 * (r.nextDouble() - 0.5);
            }
            p[i] = 500 + 300 * Math.sin(2 * Math.PI * w * (1 + tmpl[2][0]));
        }
        return Signature.of(m, dims, t, x, y, z, null, dims == 2 ? java.util.Map.of("pressure", p) : null);
    }

    private static double curve(double[] c, double[] d, double w) {
        double v = 0;
        for (int j = 0; j < 6; j++) {
            v += (c[j] + d[j]) * Math.sin(Math.PI * (j + 1) * w + (c[j + 6] + d[j + 6]) * 3);
        }
        return v;
    }
}
