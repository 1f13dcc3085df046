package org.sigbench.bench.port;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.synth.corpus.CorpusGenerator;
import org.sigbench.synth.corpus.GeneratorOptions;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.model.SigmaLognormal;
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
 *       pen flags are copied from the real sample at the same relative time.</li>
 * </ul>
 */
public final class SynthBackend implements Synthesis {
    /** Tail trim, as a fraction of the peak speed. */
    public static final double TRIM = 0.01;
    /** Calibration: models, duplicates per model, rounds. */
    public static final int CAL_MODELS = 10;
    public static final int CAL_DUPLICATES = 6;
    public static final int CAL_ROUNDS = 3;

    private final int threads;

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

    @Override
    public List<Signature> duplicates(Signature real, int count, Variability v, long seed, String idPrefix) {
        throw new org.sigbench.bench.run.CellExecutor.Unavailable(
                "DS of real samples needs the extract module (parameter extraction), not merged yet");
    }

    @Override
    public Signature retime(Signature real, long seed, String newId) {
        throw new org.sigbench.bench.run.CellExecutor.Unavailable("KS needs the extract module's KS API, not merged yet");
    }

    /** Samples a movement at the real sample's rate, trims the slow tails, copies pen flags by relative time. */
    static Signature render(Signature real, SigmaLognormal m, String id, String source) {
        Trajectory tr = m.sample(real.medianRate());
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
        int n = b - a + 1;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        boolean[] pen = new boolean[n];
        boolean[] rp = real.pen();
        for (int i = 0; i < n; i++) {
            t[i] = tr.t()[a + i] - tr.t()[a];
            x[i] = tr.x()[a + i];
            y[i] = tr.y()[a + i];
            z[i] = tr.z()[a + i];
            pen[i] = rp[(int) Math.round((double) i / Math.max(1, n - 1) * (rp.length - 1))];
        }
        return Signature.of(real.meta().derived(real.meta().corpus(), id, 1, source), real.dims(), t, x, y,
                real.dims() == 3 ? z : null, pen, null);
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
        return "DS level " + String.format(Locale.ROOT, "%.3f", v.dsLevel()) + " (synth DsOptions.defaults() ranges, "
                + "stroke-wise); calibration: " + v.dsNote();
    }
}
