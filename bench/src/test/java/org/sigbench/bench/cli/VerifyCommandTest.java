package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.io.InterchangeFormat;
import org.sigbench.datasets.random.Streams;

/** {@code sigbench verify} on small synthetic corpora in the interchange format. */
class VerifyCommandTest {
    @TempDir
    Path root;

    /** Subjects with their own random-walk template; forgeries are distorted copies. */
    static Corpus corpus(String name, int subjects, int genuine, int forgeries, int dims) {
        List<Signature> l = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            UniformRandomProvider tr = Streams.of(7, s, 0);
            double[][] tmpl = new double[3][80];
            for (int k = 0; k < 3; k++) {
                double v = 0;
                for (int i = 0; i < 80; i++) {
                    v += tr.nextDouble() - 0.5;
                    tmpl[k][i] = 10 * v;
                }
            }
            for (int g = 0; g < genuine + forgeries; g++) {
                boolean forged = g >= genuine;
                UniformRandomProvider r = Streams.of(7, s, 1 + g);
                double noise = forged ? 4 : 0.5;
                double[] t = new double[80];
                double[] x = new double[80];
                double[] y = new double[80];
                double[] z = dims == 3 ? new double[80] : null;
                for (int i = 0; i < 80; i++) {
                    t[i] = i * 0.02;
                    x[i] = tmpl[0][i] + noise * (r.nextDouble() - 0.5);
                    y[i] = tmpl[1][i] + noise * (r.nextDouble() - 0.5);
                    if (z != null) {
                        z[i] = tmpl[2][i] + noise * (r.nextDouble() - 0.5);
                    }
                }
                String subj = "P" + (s + 1);
                SignatureMeta m = forged ? SignatureMeta.forgery(name, subj, subj + "f" + g, g - genuine + 1, "synthetic")
                        : SignatureMeta.genuine(name, subj, subj + "g" + g, g + 1, "synthetic");
                l.add(Signature.of(m, dims, t, x, y, z, null, null));
            }
        }
        return Corpus.of(name, l);
    }

    @Test
    void csvRowsPerImpostorKindOnASyntheticCorpusAndScoreFileRoundTrip() throws Exception {
        InterchangeFormat.write(corpus("synthx", 6, 5, 3, 3), root.resolve("synthx"));
        Path scores = root.resolve("out/scores.tsv");
        DatasetsCommandTest.Run r = DatasetsCommandTest.run("verify", "--data", root.toString(), "--corpus", "synthx",
                "--verifier", "dtw", "--refs", "2", "--format", "csv", "--threads", "2", "--bootstrap", "50",
                "--scores", scores.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith("impostor,eer,eer_lo,eer_hi,"), lines[0]);
        assertTrue(lines[1].startsWith("skilled,"), lines[1]);
        assertTrue(lines[2].startsWith("random,"), lines[2]);
        // 6 subjects x (3 genuine + 3 skilled + 5 random) comparisons.
        assertTrue(lines[1].contains(",66,"), lines[1]);
        assertTrue(Files.exists(scores));
        DatasetsCommandTest.Run again = DatasetsCommandTest.run("verify", "--from-scores", scores.toString(),
                "--format", "csv", "--bootstrap", "50", "--curves", root.resolve("curves.csv").toString());
        List<String> curve = Files.readAllLines(root.resolve("curves.csv"));
        assertEquals("impostor,threshold,fmr,fnmr,det_fmr,det_fnmr", curve.get(0));
        assertTrue(curve.get(1).startsWith("skilled,Infinity,0.0,100.0,,"), curve.get(1));
        assertEquals(0, again.code(), again.err());
        String[] l2 = again.out().split("\n");
        // Same metrics from the score file alone (throughput column aside).
        for (int k = 1; k <= 2; k++) {
            assertEquals(lines[k].substring(0, lines[k].indexOf(",66,")), l2[k].substring(0, l2[k].indexOf(",66,")));
        }
    }

    @Test
    void corpusWithoutForgeriesSaysNotApplicable() throws Exception {
        InterchangeFormat.write(corpus("airlike", 5, 4, 0, 3), root.resolve("airlike"));
        DatasetsCommandTest.Run r = DatasetsCommandTest.run("verify", "--data", root.toString(), "--corpus", "airlike",
                "--verifier", "wd-features", "--refs", "1", "--format", "csv", "--bootstrap", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nskilled,n/a,n/a,n/a,"), r.out());
        assertTrue(r.err().contains("no skilled forgeries"), r.err());
    }

    @Test
    void badArgumentsFailClearly() {
        DatasetsCommandTest.Run r = DatasetsCommandTest.run("verify", "--data", root.toString(), "--corpus", "nothing");
        assertTrue(r.code() != 0);
        DatasetsCommandTest.Run v = DatasetsCommandTest.run("verify", "--corpus", "x", "--verifier", "knn");
        assertTrue(v.code() != 0 && v.err().contains("unknown verifier"), v.err());
    }
}
