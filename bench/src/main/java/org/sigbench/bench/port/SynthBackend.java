package org.sigbench.bench.port;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.bench.run.Streams;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.Duplicator;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.profile.Profile;

/**
 * The synthesis back end of the {@code synth} module.
 *
 * <ul>
 *   <li>FS: {@link CorpusGenerator} with {@code Profile.of(real).fsOptions(ds)} (default DS and
 *       forger options of the synth module), as many subjects as the real corpus and, per subject,
 *       the median numbers of genuine samples and forgeries of the real subjects.</li>
 *   <li>DS of a real sample: Sigma-Lognormal parameters extracted by {@link Extractor} (defaults),
 *       perturbed stroke-wise by {@link Duplicator#perturbStrokes} at the calibrated level
 *       ({@link #calibrate}), re-sampled at the real sample's median rate; leading and trailing
 *       samples slower than {@value #TRIM} of the peak speed are trimmed (the lognormal tails);
 *       pen flags and any extra channels are copied from the real sample at the same relative
 *       time (the study drops extra channels from real corpora anyway, see StudyExecutor); points
 *       that fall, at the same relative time, inside a recording gap of the real sample (a clock
 *       step over {@value #GAP_FACTOR} median periods, such as a tablet's unsampled pen-up) are
 *       dropped, so a duplicate is recorded the way its model was.</li>
 *   <li>KS: {@link RealDuplicates#retime} (extract module) with default {@link KsOptions} and a
 *       {@link KsTiming} estimated per corpus and kind ({@link #ksTiming}).</li>
 * </ul>
 */
public final class SynthBackend implements Synthesis {
    /** Tail trim, as a fraction of the peak speed. */
    public static final double TRIM = 0.02;
    /** A step of the real clock longer than this many median sampling periods is a recording gap. */
    public static final double GAP_FACTOR = 3.0;
    /** Calibration: models, duplicates per model, rounds. */
    public static final int CAL_MODELS = 10;
    public static final int CAL_DUPLICATES = 6;
    public static final int CAL_STEPS = 7;
    /** Sakoe-Chiba band of the calibration distances (the DTW verifier's default). */
    public static final double CAL_BAND = 0.10;

    private final int threads;
    private final Extractor extractor = Extractor.defaults();
    private final ConcurrentHashMap<String, Extraction> extractions = new ConcurrentHashMap<>();

    public SynthBackend(int threads) {
        this.threads = threads;
    }

    @Override
    public String backend() {
        return "synth module (FS CorpusGenerator + Profile; DS = extract + Duplicator.perturbStrokes)";
    }

    @Override
    public Corpus fullSynthesis(Corpus real, long seed) {
        int subjects = real.subjects().size();
        int genuine = Math.max(1, medianCount(real, Kind.GENUINE));
        int forgeries = medianCount(real, Kind.SKILLED_FORGERY);
        DsOptions ds = DsOptions.defaults();
        Profile p = Profile.of(real);
        GeneratorOptions o = new GeneratorOptions(real.name() + "-fs", subjects, genuine, forgeries, seed, threads,
                p.fsOptions(ds), ds, ForgeryOptions.defaults());
        return CorpusGenerator.generate(o);
    }

    static int medianCount(Corpus c, Kind k) {
        int[] n = c.subjects().stream().mapToInt(s -> c.of(s, k).size()).sorted().toArray();
        return n.length == 0 ? 0 : n[n.length / 2];
    }

    private Extraction extraction(Signature s) {
        return extractions.computeIfAbsent(s.meta().corpus() + "/" + s.meta().id(), k -> extractor.extract(s));
    }

    @Override
    public List<Signature> duplicates(Signature real, int count, Variability v, long seed, String idPrefix) {
        Variability.DsSettings d = v.ds() != null ? v.ds()
                : new Variability.DsSettings(DsOptions.DEFAULT_LEVEL, 0, 0, 0, 0, "synth defaults");
        return duplicates(real, count, d, seed, idPrefix);
    }

    /**
     * DS of a real sample: extract, perturb stroke-wise at {@code d.level()}, sample, then apply a
     * global time stretch exp(N(0, timeSd)), global x and y scales exp(N(0, widthSd)),
     * exp(N(0, heightSd)) about the centroid (z scales with y), and white noise N(0, noiseSd).
     */
    private List<Signature> duplicates(Signature real, int count, Variability.DsSettings d, long seed, String idPrefix) {
        Extraction e = extraction(real);
        List<Stroke> base = e.movement().strokes();
        double[] origin = e.movement().origin();
        DsOptions o = DsOptions.defaults().withLevel(d.level());
        List<Signature> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UniformRandomProvider rng = Streams.of(seed, i);
            List<Stroke> k = Duplicator.perturbStrokes(base, real.dims(), o, rng);
            Signature s = render(real, SigmaLognormal.of(k, origin), window(e), idPrefix + (i + 1),
                    "DS of " + real.meta().id());
            out.add(globalVariation(s, d, rng));
        }
        return out;
    }

    static Signature globalVariation(Signature s, Variability.DsSettings d, UniformRandomProvider rng) {
        // one sampler per duplicate (the Ziggurat sampler keeps no state besides rng, so the draws
        // are the same as with a sampler per draw, without an allocation per coordinate)
        org.apache.commons.rng.sampling.distribution.ContinuousSampler g =
                org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        double kt = Math.exp(d.timeSd() * g.sample());
        double kx = Math.exp(d.widthSd() * g.sample());
        double ky = Math.exp(d.heightSd() * g.sample());
        double[] t = s.t();
        double[] x = s.x();
        double[] y = s.y();
        double[] z = s.z();
        int n = t.length;
        double cx = 0;
        double cy = 0;
        double cz = 0;
        for (int i = 0; i < n; i++) {
            cx += x[i] / n;
            cy += y[i] / n;
            cz += z[i] / n;
        }
        for (int i = 0; i < n; i++) {
            t[i] *= kt;
            x[i] = cx + kx * (x[i] - cx) + d.noiseSd() * g.sample();
            y[i] = cy + ky * (y[i] - cy) + d.noiseSd() * g.sample();
            z[i] = s.dims() == 3 ? cz + ky * (z[i] - cz) + d.noiseSd() * g.sample() : 0;
        }
        return Signature.of(s.meta(), s.dims(), t, x, y, s.dims() == 3 ? z : null, s.pen(), s.channels());
    }


    /** KS timing: {@link KsTiming#estimate} on the corpus's samples of that kind, default geometry. */
    @Override
    public KsTiming ksTiming(Corpus real, Kind kind) {
        return KsTiming.estimate(real.signatures().stream().filter(s -> s.meta().kind() == kind).toList(), extractor,
                KsOptions.defaults());
    }

    /**
     * KS: {@link RealDuplicates#retime} with {@link KsOptions#defaults()} and the given timing at
     * the real sample's rate (perceptually important points as targets, timing drawn from the
     * timing of the sample's kind; the real timing is ignored).
     */
    @Override
    public Signature retime(Signature real, KsTiming timing, long seed, String newId) {
        return RealDuplicates.retime(real, KsOptions.defaults(), timing,
                real.meta().derived(real.meta().corpus(), newId, 1, "KS of " + real.meta().id()), Streams.of(seed));
    }

    /**
     * The time window a regenerated movement is sampled on: the fitted observation's span, widened
     * by 2 % of its duration on each side (the real sample starts and ends where the real one did;
     * perturbed lognormal tails beyond it are not sampled), but never
     * beyond the strokes' support. Bounded because a stroke's 7-sigma support can be very long.
     */
    static double[] window(Extraction e) {
        double[] t = e.observed().t();
        double a = t[0];
        double b = t[t.length - 1];
        double d = b - a;
        return new double[] {a - 0.02 * d, b + 0.02 * d};
    }

    /** Samples a movement at the real sample's rate, trims the slow tails, copies pen flags by relative time. */
    static Signature render(Signature real, SigmaLognormal m, double[] window, String id, String source) {
        double a0 = Math.max(window[0], m.start());
        double b0 = Math.min(window[1], m.end());
        Trajectory tr = m.sample(SigmaLognormal.grid(a0, b0, real.medianRate()));
        double[] sp = tr.speed();
        double peak = Arrays.stream(sp).max().orElse(0);
        int a = 0;
        int b = sp.length - 1;
        while (a < b - 1 && sp[a] < TRIM * peak) {
            a++;
        }
        while (b > a + 1 && sp[b] < TRIM * peak) {
            b--;
        }
        // keep only the points that fall where the real sample has points: a tablet records nothing
        // during long pen-up gaps, so neither does the duplicate (same relative times)
        double[] rt = real.t();
        double rd = rt[rt.length - 1] - rt[0];
        double gap = GAP_FACTOR / real.medianRate();
        double span = tr.t()[b] - tr.t()[a];
        int[] keep = new int[b - a + 1];
        int n = 0;
        int g = 0;
        for (int i = a; i <= b; i++) {
            double u = span > 0 ? (tr.t()[i] - tr.t()[a]) / span : 0;
            double tu = rt[0] + u * rd;
            while (g < rt.length - 2 && rt[g + 1] <= tu) {
                g++;
            }
            boolean inGap = rt[g + 1] - rt[g] > gap && tu > rt[g] && tu < rt[g + 1];
            if (!inGap) {
                keep[n++] = i;
            }
        }
        if (n < 2) {
            keep = java.util.stream.IntStream.rangeClosed(a, b).toArray();
            n = keep.length;
        }
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        boolean[] rp = real.pen();
        java.util.Map<String, double[]> rc = real.channels();
        java.util.Map<String, double[]> ch = new java.util.LinkedHashMap<>();
        final int len = n;
        rc.forEach((name, v) -> ch.put(name, new double[len]));
        for (int i = 0; i < n; i++) {
            int q = keep[i];
            t[i] = tr.t()[q] - tr.t()[a];
            x[i] = tr.x()[q];
            y[i] = tr.y()[q];
            z[i] = tr.z()[q];
            double u = span > 0 ? (tr.t()[keep[i]] - tr.t()[a]) / span : 0;
            int src = nearest(rt, rt[0] + u * rd);
            pen[i] = rp[src];
            final int ii = i;
            rc.forEach((name, v) -> ch.get(name)[ii] = v[src]);
        }
        return Signature.of(real.meta().derived(real.meta().corpus(), id, 1, source), real.dims(), t, x, y,
                real.dims() == 3 ? z : null, pen, ch);
    }

    /**
     * DS settings from the real intra-subject variability, in two steps. (1) Global variation: at
     * the synth module's default stroke-wise level, duplicates of up to {@value #CAL_MODELS} models
     * ({@value #CAL_DUPLICATES} each) show how much duration, width and height spread the
     * stroke-wise perturbation alone produces (median CV over models); global log-sds make up the
     * rest, {@code sd = sqrt(max(0, CV_real^2 - CV_dup^2))}; sensor noise sd = sqrt((J_real^2 -
     * J_dup^2) / 20), J the robust sd of third differences ({@code Profile.jitter}) of the real
     * samples and of the noise-free duplicates (20 = variance factor of third differences of white
     * noise). (2) Shape: the
     * stroke-wise level is set by bisection (on a log scale, {@value #CAL_STEPS} steps) so that the
     * median DTW distance between two duplicates of a model equals the median DTW distance between
     * two genuine samples of the same real subject (first {@value #CAL_DUPLICATES} of each). Only
     * genuine-versus-genuine spread is matched; no impostor and no error rate is involved.
     */
    @Override
    public Variability calibrate(Variability v, List<List<Signature>> genuine, Verification dist, long seed) {
        List<List<Signature>> gs = genuine.subList(0, Math.min(CAL_MODELS, genuine.size()));
        List<Signature> ms = gs.stream().map(g -> g.get(0)).toList();
        double level = DsOptions.DEFAULT_LEVEL;
        Variability.DsSettings probe = new Variability.DsSettings(level, 0, 0, 0, 0, "");
        double[] dcv = new double[ms.size()];
        double[] wcv = new double[ms.size()];
        double[] hcv = new double[ms.size()];
        List<Signature> clean = new java.util.ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            List<Signature> d = duplicates(ms.get(i), CAL_DUPLICATES, probe, Streams.of(seed, i).nextLong(), "cal");
            clean.addAll(d);
            double[] dur = new double[d.size()];
            double[] w = new double[d.size()];
            double[] h = new double[d.size()];
            for (int j = 0; j < d.size(); j++) {
                Kinematics k = Kinematics.of(d.get(j));
                dur[j] = k.duration();
                w[j] = k.width();
                h[j] = k.height();
            }
            dcv[i] = cv(dur);
            wcv[i] = cv(w);
            hcv[i] = cv(h);
        }
        double sd = median(dcv);
        double sw = median(wcv);
        double sh = median(hcv);
        double jitter = Profile.of("calibration", ms.get(0).dims(), ms).jitter();
        double cleanJitter = Profile.of("calibration", ms.get(0).dims(), clean).jitter();
        double noise = Math.sqrt(Math.max(0, jitter * jitter - cleanJitter * cleanJitter) / 20);
        double ts = Math.sqrt(Math.max(0, v.durationCv() * v.durationCv() - sd * sd));
        double ws = Math.sqrt(Math.max(0, v.widthCv() * v.widthCv() - sw * sw));
        double hs = Math.sqrt(Math.max(0, v.heightCv() * v.heightCv() - sh * sh));
        // (2) shape: match the intra-subject DTW spread
        double[] realSpread = new double[gs.size()];
        for (int i = 0; i < gs.size(); i++) {
            List<Signature> g = gs.get(i).subList(0, Math.min(CAL_DUPLICATES, gs.get(i).size()));
            realSpread[i] = medianPairwise(dist.distances(g, g, CAL_BAND));
        }
        double target = median(realSpread);
        double lo = Math.log(0.05);
        double hi = Math.log(maxLevel());
        StringBuilder trace = new StringBuilder();
        for (int step = 0; step < CAL_STEPS; step++) {
            double mid = 0.5 * (lo + hi);
            Variability.DsSettings s = new Variability.DsSettings(Math.exp(mid), ts, ws, hs, noise, "");
            double[] spread = new double[ms.size()];
            for (int i = 0; i < ms.size(); i++) {
                List<Signature> d = duplicates(ms.get(i), CAL_DUPLICATES, s, Streams.of(seed, 100 + step, i).nextLong(), "cal");
                spread[i] = medianPairwise(dist.distances(d, d, CAL_BAND));
            }
            double got = median(spread);
            trace.append(String.format(Locale.ROOT, "%.2f->%.3g ", Math.exp(mid), got));
            if (got < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        level = Math.exp(0.5 * (lo + hi));
        String note = String.format(Locale.ROOT, "stroke-wise level %.3f: median DTW distance between duplicates matched to "
                + "the real median between two samples of one calibration group (one subject's genuine samples, or its forgeries) (%.3g; bisection level->distance: %s); at the "
                + "default level %.2f duplicates spread CV duration %.3f, width %.3f, height %.3f against real %.3f, %.3f, "
                + "%.3f, so global log-sd time %.3f, x %.3f, y %.3f; sensor noise sd %.3g = sqrt((real jitter %.3g^2 - "
                + "noise-free duplicates' jitter %.3g^2) / 20)",
                level, target, trace.toString().strip(), DsOptions.DEFAULT_LEVEL, sd, sw, sh, v.durationCv(), v.widthCv(),
                v.heightCv(), ts, ws, hs, noise, jitter, cleanJitter);
        return v.withDs(new Variability.DsSettings(level, ts, ws, hs, noise, note));
    }

    /** Median of the upper triangle (i &lt; j) of a square distance matrix. */
    static double medianPairwise(double[][] d) {
        int n = d.length;
        double[] v = new double[Math.max(0, n * (n - 1) / 2)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                v[k++] = d[i][j];
            }
        }
        return median(v);
    }

    /** Index of the timestamp nearest to v in a sorted array. */
    static int nearest(double[] t, double v) {
        int i = java.util.Arrays.binarySearch(t, v);
        if (i >= 0) {
            return i;
        }
        int hi = Math.min(t.length - 1, -i - 1);
        int lo = Math.max(0, hi - 1);
        return v - t[lo] <= t[hi] - v ? lo : hi;
    }

    /** The largest level DsOptions accepts (D and sigma must stay positive), with a 10 % margin. */
    static double maxLevel() {
        DsOptions d = DsOptions.defaults();
        return 0.9 / Math.max(-d.dLo(), -d.sigmaLo());
    }

    static double cv(double[] a) {
        double m = Arrays.stream(a).average().orElse(0);
        double ss = 0;
        for (double x : a) {
            ss += (x - m) * (x - m);
        }
        return m != 0 ? Math.sqrt(ss / Math.max(1, a.length - 1)) / Math.abs(m) : 0;
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Override
    public String describe(Variability v) {
        return "DS: synth DsOptions.defaults() ranges, stroke-wise; " + (v.ds() == null ? "" : v.ds().note());
    }
}
