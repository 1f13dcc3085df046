package org.sigbench.synth.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.ds.DsOptions;

/**
 * Identity consistency ({@link Consistency}) does what it says: with a session level the second
 * half of an identity's genuine samples lies farther from the first half than the samples of a
 * half lie from each other (and not without it); without sessions the samples are byte for
 * byte those of the code before consistency existed (a pinned digest). Fixed seeds; the statistics are medians over 30 identities.
 */
class ConsistencyTest {
    static final int N = 30;

    static GeneratorOptions options(Consistency c) {
        GeneratorOptions o = GeneratorOptions.of(N, 8, 0, 5);
        return o.withFs(o.fs().withDims(2)).withDs(DsOptions.defaults().withLevel(0.2)).withConsistency(c);
    }

    /** Mean point distance after resampling to 64 points. */
    static double gap(Signature a, Signature b) {
        double sum = 0;
        for (int k = 0; k < 64; k++) {
            int i = (int) ((long) k * (a.size() - 1) / 63);
            int j = (int) ((long) k * (b.size() - 1) / 63);
            sum += Math.hypot(a.x(i) - b.x(j), a.y(i) - b.y(j));
        }
        return sum / 64;
    }

    /** Per identity: {mean distance within halves, mean distance across halves}. */
    static double[][] spreads(GeneratorOptions o) {
        double[][] out = new double[N][];
        for (int s = 0; s < N; s++) {
            List<Signature> g = CorpusGenerator.subject(o, s);
            double within = 0;
            double across = 0;
            int nw = 0;
            int na = 0;
            for (int i = 0; i < 8; i++) {
                for (int j = i + 1; j < 8; j++) {
                    double d = gap(g.get(i), g.get(j));
                    if ((i < 4) == (j < 4)) {
                        within += d;
                        nw++;
                    } else {
                        across += d;
                        na++;
                    }
                }
            }
            out[s] = new double[] {within / nw, across / na};
        }
        return out;
    }

    static double medianRatio(double[][] s) {
        return org.sigbench.datasets.stat.Median.of(Arrays.stream(s).mapToDouble(r -> r[1] / r[0]).toArray());
    }

    @Test
    void sessionsSetTheHalvesApart() {
        double none = medianRatio(spreads(options(Consistency.NONE)));
        double two = medianRatio(spreads(options(new Consistency(1.0))));
        assertTrue(none < 1.1, "without sessions the halves are alike: " + none);
        assertTrue(two > 1.2, "with sessions the halves differ: " + two);
    }

    /** The samples record their synthetic session: 1 then 2 (halves) with a session level, all 1 without. */
    @Test
    void samplesRecordTheirSession() {
        List<Signature> two = CorpusGenerator.subject(options(new Consistency(0.5)), 0);
        List<Signature> one = CorpusGenerator.subject(options(Consistency.NONE), 0);
        assertArrayEquals(new int[] {1, 1, 1, 1, 2, 2, 2, 2}, two.stream().mapToInt(x -> x.meta().session()).toArray());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, one.stream().mapToInt(x -> x.meta().session()).toArray());
    }

    /**
     * SHA-256 over t, x, y (big-endian doubles, in sample order) of the first 3 subjects of
     * {@code GeneratorOptions.of(30, 8, 2, 5)}, 2D, DS level 0.2, genuine samples and forgeries:
     * produced by the code of commit 853230c~1, before identity consistency existed (a scratch
     * program calling {@code CorpusGenerator.subject} on that commit's classes).
     */
    static final String BEFORE_CONSISTENCY = "0d074bf60fb4e348a80c4eececdbc8d3b81164ec675fd43b1048dfcfd3fff0ea";

    @Test
    void noConsistencyTermsLeaveTheBytesUnchanged() throws Exception {
        GeneratorOptions o = GeneratorOptions.of(30, 8, 2, 5);
        o = o.withFs(o.fs().withDims(2)).withDs(DsOptions.defaults().withLevel(0.2)).withConsistency(Consistency.NONE);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        for (int s = 0; s < 3; s++) {
            for (Signature x : CorpusGenerator.subject(o, s)) {
                for (double[] c : new double[][] {x.t(), x.x(), x.y()}) {
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * c.length);
                    for (double v : c) {
                        b.putDouble(v);
                    }
                    md.update(b.array());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(BEFORE_CONSISTENCY, java.util.HexFormat.of().formatHex(md.digest()));
        assertThrows(IllegalArgumentException.class, () -> new Consistency(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new Consistency(Double.NaN));
    }
}
