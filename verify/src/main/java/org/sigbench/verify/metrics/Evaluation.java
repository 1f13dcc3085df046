package org.sigbench.verify.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.random.Streams;

/**
 * Turns a list of {@link Score}s into one {@link ImpostorReport} per impostor kind present:
 * genuine versus skilled and genuine versus random are always computed separately, never pooled.
 *
 * <p>Bootstrap (Bolle et al., "Guide to Biometrics", subjects as the resampling unit because the
 * scores of one subject are correlated): each replicate draws as many reference subjects as there
 * are, with replacement, pools the genuine and impostor scores of the drawn subjects (with
 * multiplicity) and computes the ROCCH EER; the interval is the percentile interval. The stream is
 * {@code XO_RO_SHI_RO_128_PP(seed, kind ordinal, 0)}, so results do not depend on threads.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Reports for SKILLED and RANDOM (a kind without impostor scores is absent from the map). */
    public static Map<ProbeKind, ImpostorReport> evaluate(List<Score> scores, EvaluationOptions options) {
        Map<ProbeKind, ImpostorReport> out = new EnumMap<>(ProbeKind.class);
        for (ProbeKind kind : new ProbeKind[] {ProbeKind.SKILLED, ProbeKind.RANDOM}) {
            ImpostorReport r = evaluate(scores, kind, options);
            if (r != null) {
                out.put(kind, r);
            }
        }
        return out;
    }

    /** Report of genuine versus one impostor kind, or null when there is no score of that kind. */
    public static ImpostorReport evaluate(List<Score> scores, ProbeKind kind, EvaluationOptions options) {
        if (kind == ProbeKind.GENUINE) {
            throw new IllegalArgumentException("impostor kind must be skilled or random");
        }
        Map<String, double[][]> bySubject = split(scores, kind);
        if (bySubject.isEmpty()) {
            return null;
        }
        double[] g = concat(bySubject, 0, null);
        double[] im = concat(bySubject, 1, null);
        if (im.length == 0) {
            return null;
        }
        if (g.length == 0) {
            throw new IllegalArgumentException("no genuine scores to compare with " + kind.token() + " impostors");
        }
        ErrorCurve c = ErrorCurve.of(g, im);
        double[] fvc = c.eerInterval();
        double perUser = perUserEer(bySubject);
        double[] ci = bootstrap(bySubject, kind, options);
        return new ImpostorReport(kind, c.eerConvexHull(), ci[0], ci[1], fvc[0], fvc[1], fvc[2], perUser,
                c.fnmrAtFmr(0.01), c.fnmrAtFmr(0.001), c.auc(), c.dPrime(), g.length, im.length, bySubject.size());
    }

    /** Error curve of genuine versus one impostor kind (global threshold), or null without such impostors. */
    public static ErrorCurve curve(List<Score> scores, ProbeKind kind) {
        Map<String, double[][]> bySubject = split(scores, kind);
        double[] g = concat(bySubject, 0, null);
        double[] im = concat(bySubject, 1, null);
        return g.length == 0 || im.length == 0 ? null : ErrorCurve.of(g, im);
    }

    /** Per reference subject: {genuine scores, impostor scores of the kind}; subjects in first-seen order. */
    static Map<String, double[][]> split(List<Score> scores, ProbeKind kind) {
        Map<String, List<Double>[]> tmp = new LinkedHashMap<>();
        for (Score s : scores) {
            if (s.kind() != ProbeKind.GENUINE && s.kind() != kind) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Double>[] l = tmp.computeIfAbsent(s.referenceSubject(), k -> new List[] {new ArrayList<>(), new ArrayList<>()});
            l[s.kind() == ProbeKind.GENUINE ? 0 : 1].add(s.score());
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        tmp.forEach((k, v) -> out.put(k, new double[][] {
            v[0].stream().mapToDouble(Double::doubleValue).toArray(),
            v[1].stream().mapToDouble(Double::doubleValue).toArray()}));
        return out;
    }

    private static double[] concat(Map<String, double[][]> m, int side, int[] pick) {
        List<double[][]> vals = new ArrayList<>(m.values());
        int n = 0;
        int count = pick == null ? vals.size() : pick.length;
        for (int k = 0; k < count; k++) {
            n += vals.get(pick == null ? k : pick[k])[side].length;
        }
        double[] out = new double[n];
        int o = 0;
        for (int k = 0; k < count; k++) {
            double[] a = vals.get(pick == null ? k : pick[k])[side];
            System.arraycopy(a, 0, out, o, a.length);
            o += a.length;
        }
        return out;
    }

    private static double perUserEer(Map<String, double[][]> bySubject) {
        double s = 0;
        int n = 0;
        for (double[][] v : bySubject.values()) {
            if (v[0].length > 0 && v[1].length > 0) {
                s += ErrorCurve.of(v[0], v[1]).eerConvexHull();
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static double[] bootstrap(Map<String, double[][]> bySubject, ProbeKind kind, EvaluationOptions o) {
        int b = o.bootstrapReplicates();
        if (b == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        UniformRandomProvider rng = Streams.of(o.seed(), kind.ordinal(), 0);
        int s = bySubject.size();
        int[] pick = new int[s];
        double[] eers = new double[b];
        int kept = 0;
        for (int r = 0; r < b; r++) {
            for (int k = 0; k < s; k++) {
                pick[k] = rng.nextInt(s);
            }
            double[] g = concat(bySubject, 0, pick);
            double[] im = concat(bySubject, 1, pick);
            if (g.length == 0 || im.length == 0) {
                continue; // a replicate without one side has no EER; counted out, not replaced
            }
            eers[kept++] = ErrorCurve.of(g, im).eerConvexHull();
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] e = Arrays.copyOf(eers, kept);
        Arrays.sort(e);
        double alpha = (1 - o.confidence()) / 2;
        return new double[] {quantile(e, alpha), quantile(e, 1 - alpha)};
    }

    /**
     * Quantile with linear interpolation between order statistics (Hyndman and Fan type 7, as R and
     * NumPy default), of sorted, non-empty, finite values {@code s} of length n:
     * <pre>  h = (n - 1) p,  Q(p) = s[floor(h)] + (h - floor(h)) (s[floor(h) + 1] - s[floor(h)])</pre>
     * (the upper index clamped to n - 1). Used for the percentile interval of the bootstrap EERs.
     *
     * <p>Not shared with the other two quantile helpers of the project, on purpose:
     * {@code synth.ks.KsTiming.quantile} has the same definition and arithmetic (verify does not
     * depend on synth, and synth is left unchanged by the readability pass; a shared type-7 quantile
     * would belong in {@code datasets.stat} beside {@code Median}); {@code bench.cli.ExtractCommand}
     * uses the nearest rank (type 1, a value of the sample), which gives other numbers (for an even
     * count its median is the lower middle value, not the midpoint), and the published
     * {@code reports/extract.md} was computed with it.
     */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
