package org.sigbench.bench.port;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/**
 * A small self-contained verification back end, used only when the {@code verify} module offers
 * no API yet (so the runner can be exercised on its own) and as an independent cross-check.
 * Reports name it {@code bench-fallback}; its numbers are never presented as those of {@code verify}.
 *
 * <p>Features: x, y (and z) and their first differences, each z-normalised per sample. Distance:
 * dependent DTW with squared-Euclidean cost and a Sakoe-Chiba band, divided by (n + m). Score
 * (higher = more genuine): {@code -(dmin / dminRef + dmean / dmeanRef)} with the reference
 * statistics computed leave-one-out among the references (K = 1: raw distances). EER by a sweep
 * over all thresholds, taking the point where FMR and FNMR cross (mean of the two at the
 * crossing); 95 % interval by bootstrap over subjects.
 */
public final class FallbackVerification implements Verification {
    private static final double BAND = 0.1;

    @Override
    public String backend() {
        return "bench-fallback (simple DTW; the verify module API was not available)";
    }

    @Override
    public ProtocolResult run(Corpus corpus, String verifier, int refs, long seed, int bootstrap) {
        return run(corpus, verifier, refs, java.util.Map.of(), seed, bootstrap);
    }

    @Override
    public ProtocolResult run(Corpus corpus, String verifier, int refs, java.util.Map<String, List<Signature>> extra,
                              long seed, int bootstrap) {
        if (!verifier.equals("dtw")) {
            throw new org.sigbench.bench.run.CellExecutor.Unavailable("verifier " + verifier
                    + " needs the verify module (bench-fallback only has dtw)");
        }
        long t0 = System.nanoTime();
        List<String> subjects = corpus.subjects();
        int ns = subjects.size();
        // per subject: genuine, skilled and random scores
        double[][][] scores = new double[ns][3][];
        List<String>[][] lines = newLines(ns);
        IntStream.range(0, ns).parallel().forEach(si -> {
            String s = subjects.get(si);
            List<Signature> gen = corpus.of(s, Kind.GENUINE);
            if (gen.size() <= refs) {
                scores[si][0] = new double[0];
                scores[si][1] = new double[0];
                scores[si][2] = new double[0];
                return;
            }
            List<Signature> refSigs = new ArrayList<>(gen.subList(0, refs));
            refSigs.addAll(extra.getOrDefault(s, List.of()));
            List<double[][]> ref = refSigs.stream().map(FallbackVerification::features).toList();
            double[] norm = refStats(ref);
            List<Signature> probes = gen.subList(refs, gen.size());
            List<Signature> skilled = corpus.of(s, Kind.SKILLED_FORGERY);
            List<Signature> random = new ArrayList<>();
            for (String o : subjects) {
                if (!o.equals(s)) {
                    List<Signature> og = corpus.of(o, Kind.GENUINE);
                    if (!og.isEmpty()) {
                        random.add(og.get(og.size() - 1));
                    }
                }
            }
            List<List<Signature>> sets = List.of(probes, skilled, random);
            for (int k = 0; k < 3; k++) {
                List<Signature> set = sets.get(k);
                double[] sc = new double[set.size()];
                for (int i = 0; i < set.size(); i++) {
                    sc[i] = score(features(set.get(i)), ref, norm);
                    lines[si][k].add(s + "\t" + (k == 1 ? "*" : set.get(i).meta().subject()) + "\t"
                            + set.get(i).meta().id() + "\t" + sc[i]);
                }
                scores[si][k] = sc;
            }
        });
        List<ImpostorResult> out = new ArrayList<>();
        long comparisons = 0;
        for (int k = 1; k <= 2; k++) {
            int kk = k;
            int nImp = Arrays.stream(scores).mapToInt(a -> a[kk].length).sum();
            if (nImp == 0) {
                continue;
            }
            double[][] g = new double[ns][];
            double[][] im = new double[ns][];
            for (int i = 0; i < ns; i++) {
                g[i] = scores[i][0];
                im[i] = scores[i][k];
            }
            double[] gAll = concat(g);
            double[] iAll = concat(im);
            double eer = eer(gAll, iAll);
            UniformRandomProvider rng = org.sigbench.bench.run.Streams.of(seed, k, 0);
            double[] boot = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                double[][] gb = new double[ns][];
                double[][] ib = new double[ns][];
                for (int i = 0; i < ns; i++) {
                    int pick = rng.nextInt(ns);
                    gb[i] = g[pick];
                    ib[i] = im[pick];
                }
                boot[b] = eer(concat(gb), concat(ib));
            }
            Arrays.sort(boot);
            double lo = boot[(int) Math.floor(0.025 * (bootstrap - 1))];
            double hi = boot[(int) Math.ceil(0.975 * (bootstrap - 1))];
            double[][] det = det(gAll, iAll);
            comparisons += (long) (gAll.length + iAll.length) * refs;
            out.add(new ImpostorResult(k == 1 ? "skilled" : "random", eer, lo, hi, fnmrAt(gAll, iAll, 1.0),
                    gAll.length, iAll.length, det[0], det[1]));
        }
        List<String> sl = new ArrayList<>();
        sl.add("# corpus: " + corpus.name());
        sl.add("# verifier: bench-fallback dtw");
        sl.add("reference_subject\tprobe_subject\tprobe_id\tscore");
        for (int i = 0; i < ns; i++) {
            for (int k = 0; k < 3; k++) {
                sl.addAll(lines[i][k]);
            }
        }
        return new ProtocolResult(out, "bench-fallback: first " + refs + " genuine enrol; random forgeries = last genuine "
                + "of every other subject; score -(dmin/dmin_ref + dmean/dmean_ref), leave-one-out reference statistics; "
                + "global threshold", comparisons, (System.nanoTime() - t0) / 1e9, sl);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[][] newLines(int ns) {
        List<String>[][] l = new List[ns][3];
        for (int i = 0; i < ns; i++) {
            for (int k = 0; k < 3; k++) {
                l[i][k] = new ArrayList<>();
            }
        }
        return l;
    }

    private static double[] concat(double[][] a) {
        return Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double[] refStats(List<double[][]> ref) {
        int k = ref.size();
        if (k < 2) {
            return new double[] {1, 1};
        }
        double smin = 0;
        double smean = 0;
        for (int i = 0; i < k; i++) {
            double mn = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    double d = dtw(ref.get(i), ref.get(j), BAND);
                    mn = Math.min(mn, d);
                    sum += d;
                }
            }
            smin += mn;
            smean += sum / (k - 1);
        }
        return new double[] {Math.max(smin / k, 1e-12), Math.max(smean / k, 1e-12)};
    }

    private static double score(double[][] q, List<double[][]> ref, double[] norm) {
        double mn = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (double[][] r : ref) {
            double d = dtw(q, r, BAND);
            mn = Math.min(mn, d);
            sum += d;
        }
        return -(mn / norm[0] + sum / ref.size() / norm[1]);
    }

    @Override
    public double[][] distances(List<Signature> probes, List<Signature> refs, double band) {
        double[][][] p = probes.parallelStream().map(FallbackVerification::features).toArray(double[][][]::new);
        double[][][] r = refs.parallelStream().map(FallbackVerification::features).toArray(double[][][]::new);
        double[][] d = new double[p.length][r.length];
        IntStream.range(0, p.length).parallel().forEach(i -> {
            for (int j = 0; j < r.length; j++) {
                d[i][j] = dtw(p[i], r[j], band);
            }
        });
        return d;
    }

    /** Features [channel][time]: x, y, (z), dx, dy, (dz), each z-normalised. */
    static double[][] features(Signature s) {
        List<double[]> ch = new ArrayList<>();
        ch.add(s.x());
        ch.add(s.y());
        if (s.dims() == 3) {
            ch.add(s.z());
        }
        int base = ch.size();
        for (int c = 0; c < base; c++) {
            double[] p = ch.get(c);
            double[] d = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                d[i] = p[Math.min(p.length - 1, i + 1)] - p[Math.max(0, i - 1)];
            }
            ch.add(d);
        }
        double[][] f = ch.toArray(double[][]::new);
        for (double[] c : f) {
            double m = 0;
            for (double v : c) {
                m += v;
            }
            m /= c.length;
            double ss = 0;
            for (double v : c) {
                ss += (v - m) * (v - m);
            }
            double sd = Math.sqrt(ss / c.length);
            sd = sd > 1e-12 ? sd : 1;
            for (int i = 0; i < c.length; i++) {
                c[i] = (c[i] - m) / sd;
            }
        }
        return f;
    }

    /** Dependent DTW, squared-Euclidean cost, Sakoe-Chiba band (widened to cover |n - m|), / (n + m). */
    static double dtw(double[][] a, double[][] b, double band) {
        int n = a[0].length;
        int m = b[0].length;
        int w = Math.max((int) Math.ceil(band * Math.max(n, m)), Math.abs(n - m));
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        Arrays.fill(prev, Double.POSITIVE_INFINITY);
        prev[0] = 0;
        int dims = a.length;
        for (int i = 1; i <= n; i++) {
            Arrays.fill(cur, Double.POSITIVE_INFINITY);
            int lo = Math.max(1, i - w);
            int hi = Math.min(m, i + w);
            for (int j = lo; j <= hi; j++) {
                double c = 0;
                for (int d = 0; d < dims; d++) {
                    double x = a[d][i - 1] - b[d][j - 1];
                    c += x * x;
                }
                cur[j] = c + Math.min(prev[j - 1], Math.min(prev[j], cur[j - 1]));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] / (n + m);
    }

    /**
     * EER %: walking the DET points by ascending threshold, the first point where FNMR reaches FMR
     * and the one before it bracket the crossing; the EER is the linear interpolation there.
     */
    static double eer(double[] gen, double[] imp) {
        double[][] det = det(gen, imp);
        double[] fmr = det[0];
        double[] fnmr = det[1];
        for (int i = 0; i < fmr.length; i++) {
            double d1 = fmr[i] - fnmr[i];
            if (d1 <= 0) {
                if (i == 0) {
                    return (fmr[0] + fnmr[0]) / 2;
                }
                double d0 = fmr[i - 1] - fnmr[i - 1];
                double alpha = d0 / (d0 - d1);
                return fmr[i - 1] + alpha * (fmr[i] - fmr[i - 1]);
            }
        }
        return 50;
    }

    /**
     * DET points (FMR %, FNMR %) for thresholds at every distinct score, ascending threshold
     * (accept when score &gt;= threshold): FMR falls, FNMR rises.
     */
    static double[][] det(double[] gen, double[] imp) {
        double[] all = new double[gen.length + imp.length];
        System.arraycopy(gen, 0, all, 0, gen.length);
        System.arraycopy(imp, 0, all, gen.length, imp.length);
        double[] th = Arrays.stream(all).sorted().distinct().toArray();
        double[] g = gen.clone();
        double[] im = imp.clone();
        Arrays.sort(g);
        Arrays.sort(im);
        double[] fmr = new double[th.length + 1];
        double[] fnmr = new double[th.length + 1];
        for (int i = 0; i < th.length; i++) {
            fnmr[i] = 100.0 * lowerBound(g, th[i]) / g.length;
            fmr[i] = 100.0 * (im.length - lowerBound(im, th[i])) / im.length;
        }
        fmr[th.length] = 0;
        fnmr[th.length] = 100;
        return new double[][] {fmr, fnmr};
    }

    private static double fnmrAt(double[] gen, double[] imp, double targetFmr) {
        double[][] det = det(gen, imp);
        for (int i = 0; i < det[0].length; i++) {
            if (det[0][i] <= targetFmr) {
                return det[1][i];
            }
        }
        return 100;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
