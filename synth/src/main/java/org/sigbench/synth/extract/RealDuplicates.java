package org.sigbench.synth.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.sigbench.datasets.random.Streams;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.ds.Duplicator;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.forgery.Forger;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.model.Trajectory;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;

/**
 * Synthetic samples made from one real sample: DS duplicates and skilled forgeries of its plan (KS
 * re-timings: {@code ks.RealRetiming}). This is the one implementation of DS of a real sample;
 * {@code sigbench synth --from} and the benchmark both call it.
 *
 * <ul>
 *   <li>DS ({@link #duplicates}): the sample's extracted Sigma-Lognormal strokes are perturbed in
 *       two levels ({@link RealDsSettings}: a base per synthetic session, then each duplicate about
 *       its session's base, stroke-wise with {@link Duplicator#perturbStrokes}), rendered by
 *       {@link #render}, then given global time and size factors and sensor noise.</li>
 *   <li>Forgeries ({@link #forgeries}): the plan of the sample ({@link Plan#of}: virtual targets,
 *       arc points, timing) is imitated by {@link Forger#forgerPlan} (forgers keep the
 *       perceptually important points and re-execute them with their own, slower and less fluent
 *       motor program); each forgery is a within-session duplicate of its forger's plan.</li>
 * </ul>
 *
 * <p>Rendering: sampled at the real sample's median rate on the fitted observation's span (widened
 * by 2 % per side); leading and trailing samples slower than {@value #TRIM} of the peak speed are
 * trimmed (the lognormal tails); pen flags and any extra channels are copied from the real sample
 * at the same relative time; points that fall, at the same relative time, inside a recording gap
 * of the real sample (a clock step over {@value #GAP_FACTOR} median periods, such as a tablet's
 * unsampled pen-up) are dropped, so a duplicate is recorded the way its model was.
 *
 * <p>Random streams: duplicate i draws from {@code Streams.of(seed, 1, i)}, the base of session s
 * from {@code Streams.of(seed, 2, s)}, forger w from {@code Streams.of(seed, 3, w)}, forgery i
 * from {@code Streams.of(seed, 4, i)}; so every sample differs and the bytes do not depend on
 * threads.
 */
public final class RealDuplicates {
    /** Tail trim, as a fraction of the peak speed. */
    public static final double TRIM = 0.02;
    /** A step of the real clock longer than this many median sampling periods is a recording gap. */
    public static final double GAP_FACTOR = 3.0;

    private RealDuplicates() {
    }

    /**
     * DS of a real sample: {@code sessions.length} duplicates; duplicate i belongs to synthetic
     * session {@code sessions[i]} (samples of one session share a session base).
     */
    public static List<Signature> duplicates(Signature real, Extraction e, RealDsSettings d, int[] sessions, long seed,
                                             String idPrefix) {
        List<Stroke> base = e.movement().strokes();
        double[] origin = e.movement().origin();
        java.util.Map<Integer, List<Stroke>> bases = new java.util.TreeMap<>();
        List<Signature> out = new ArrayList<>(sessions.length);
        for (int i = 0; i < sessions.length; i++) {
            List<Stroke> b = bases.computeIfAbsent(sessions[i], s -> d.sessionLevel() > 0
                    ? Duplicator.perturbStrokes(base, real.dims(), DsOptions.defaults().withLevel(d.sessionLevel()),
                    Streams.of(seed, 2, s)) : base);
            UniformRandomProvider rng = Streams.of(seed, 1, i);
            List<Stroke> k = Duplicator.perturbStrokes(b, real.dims(), DsOptions.defaults().withLevel(d.withinLevel()),
                    rng);
            Signature s = render(real, SigmaLognormal.of(k, origin), window(e), idPrefix + (i + 1),
                    "DS of " + real.meta().id());
            out.add(globalVariation(s, d, rng));
        }
        return out;
    }

    /** {@code count} duplicates in one session. */
    public static List<Signature> duplicates(Signature real, Extraction e, RealDsSettings d, int count, long seed,
                                             String idPrefix) {
        return duplicates(real, e, d, new int[count], seed, idPrefix);
    }

    /**
     * Skilled forgeries of a real genuine sample: {@code min(count, f.forgersPerSubject())} forgers
     * imitate its plan ({@link Forger#forgerPlan}); forgery i is by forger i mod that number and is
     * a duplicate of its forger's plan at {@code d.withinLevel()}, rendered like a duplicate (time
     * base and pen flags of the genuine sample, by relative time), with the same global and noise
     * terms.
     */
    public static List<Signature> forgeries(Signature genuine, Extraction e, RealDsSettings d, ForgeryOptions f,
                                            int count, long seed, String idPrefix) {
        List<Stroke> strokes = e.movement().strokes();
        Plan plan = Plan.of(e.movement(), penAtPeaks(genuine, strokes), genuine.dims());
        int nf = Math.max(1, Math.min(count, f.forgersPerSubject()));
        Plan[] forgers = new Plan[nf];
        List<Signature> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int w = i % nf;
            if (forgers[w] == null) {
                forgers[w] = Forger.forgerPlan(plan, f, Streams.of(seed, 3, w));
            }
            UniformRandomProvider rng = Streams.of(seed, 4, i);
            List<Stroke> k = Duplicator.perturbStrokes(forgers[w].strokes(), genuine.dims(),
                    DsOptions.defaults().withLevel(d.withinLevel()), rng);
            SigmaLognormal m = SigmaLognormal.of(k, forgers[w].targets()[0]);
            Signature s = render(genuine, m, forgedWindow(window(e), plan, forgers[w]), idPrefix + (i + 1),
                    "forgery of " + genuine.meta().id() + " by forger " + (w + 1));
            out.add(globalVariation(s, d, rng));
        }
        return out;
    }

    /**
     * The genuine sampling window carried into a forger's time frame: the margins before the first
     * and after the last speed peak scale with the forger's overall slow-down (ratio of the peak
     * spans), so a forgery is observed from and to the equivalent moments of its plan (not over
     * the lognormals' whole tails, which a real recording does not hold).
     */
    static double[] forgedWindow(double[] window, Plan genuine, Plan forger) {
        double[] g = genuine.ts();
        double[] f = forger.ts();
        double gs = g[g.length - 1] - g[0];
        double k = gs > 0 ? (f[f.length - 1] - f[0]) / gs : 1;
        return new double[] {f[0] - (g[0] - window[0]) * k, f[f.length - 1] + (window[1] - g[g.length - 1]) * k};
    }

    /**
     * Global variation of one duplicate: time stretch exp(N(0, timeSd)), x and y scales
     * exp(N(0, widthSd)), exp(N(0, heightSd)) about the centroid (z scales with y), a rotation
     * about the centroid (2D: angle N(0, rotationSd); 3D: rotation vector N(0, rotationSd^2 I), by
     * Rodrigues' formula; drawn only when rotationSd > 0), white noise N(0, noiseSd).
     */
    static Signature globalVariation(Signature s, RealDsSettings d, UniformRandomProvider rng) {
        ContinuousSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
        double kt = Math.exp(d.timeSd() * g.sample());
        double kx = Math.exp(d.widthSd() * g.sample());
        double ky = Math.exp(d.heightSd() * g.sample());
        double[][] rot = d.rotationSd() > 0 ? rotation(s.dims(), d.rotationSd(), g) : null;
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
            double px = kx * (x[i] - cx);
            double py = ky * (y[i] - cy);
            double pz = s.dims() == 3 ? ky * (z[i] - cz) : 0;
            if (rot != null) {
                double rx = rot[0][0] * px + rot[0][1] * py + rot[0][2] * pz;
                double ry = rot[1][0] * px + rot[1][1] * py + rot[1][2] * pz;
                double rz = rot[2][0] * px + rot[2][1] * py + rot[2][2] * pz;
                px = rx;
                py = ry;
                pz = rz;
            }
            x[i] = cx + px + d.noiseSd() * g.sample();
            y[i] = cy + py + d.noiseSd() * g.sample();
            z[i] = s.dims() == 3 ? cz + pz + d.noiseSd() * g.sample() : 0;
        }
        return Signature.of(s.meta(), s.dims(), t, x, y, s.dims() == 3 ? z : null, s.pen(), s.channels());
    }

    /**
     * A random rotation matrix: 2D, about z by an angle {@code sd g}; 3D, by the rotation vector
     * {@code sd (g1, g2, g3)} (Rodrigues: {@code R = I + sin a K + (1 - cos a) K^2}, K the
     * cross-product matrix of the unit axis, a the vector's length).
     */
    public static double[][] rotation(int dims, double sd, ContinuousSampler g) {
        if (dims != 3) {
            double a = sd * g.sample();
            double c = Math.cos(a);
            double sn = Math.sin(a);
            return new double[][] {{c, -sn, 0}, {sn, c, 0}, {0, 0, 1}};
        }
        double wx = sd * g.sample();
        double wy = sd * g.sample();
        double wz = sd * g.sample();
        double a = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (a == 0) {
            return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        }
        double kx = wx / a;
        double ky = wy / a;
        double kz = wz / a;
        double sn = Math.sin(a);
        double c1 = 1 - Math.cos(a);
        double[][] k = {{0, -kz, ky}, {kz, 0, -kx}, {-ky, kx, 0}};
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double kk = 0;
                for (int m = 0; m < 3; m++) {
                    kk += k[i][m] * k[m][j];
                }
                r[i][j] = (i == j ? 1 : 0) + sn * k[i][j] + c1 * kk;
            }
        }
        return r;
    }

    /**
     * The time window a regenerated movement is sampled on: the fitted observation's span, widened
     * by 2 % of its duration on each side (the duplicate starts and ends where the real one did;
     * perturbed lognormal tails beyond it are not sampled), but never beyond the strokes' support.
     */
    public static double[] window(Extraction e) {
        double[] t = e.observed().t();
        double a = t[0];
        double b = t[t.length - 1];
        double d = b - a;
        return new double[] {a - 0.02 * d, b + 0.02 * d};
    }

    /** Samples a movement at the real sample's rate, trims the slow tails, copies pen flags by relative time. */
    public static Signature render(Signature real, SigmaLognormal m, double[] window, String id, String source) {
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

    /** Index of the timestamp nearest to v in a sorted array. */
    static int nearest(double[] t, double v) {
        int i = Arrays.binarySearch(t, v);
        if (i >= 0) {
            return i;
        }
        int hi = Math.min(t.length - 1, -i - 1);
        int lo = Math.max(0, hi - 1);
        return v - t[lo] <= t[hi] - v ? lo : hi;
    }

    /** Pen state of the real sample at each stroke's peak time. */
    static boolean[] penAtPeaks(Signature real, List<Stroke> strokes) {
        boolean[] pen = new boolean[strokes.size()];
        double[] t = real.t();
        for (int j = 0; j < pen.length; j++) {
            double tp = strokes.get(j).peakTime();
            int i = java.util.Arrays.binarySearch(t, tp);
            i = i >= 0 ? i : Math.min(t.length - 1, Math.max(0, -i - 1));
            pen[j] = real.pen(i);
        }
        return pen;
    }
}
